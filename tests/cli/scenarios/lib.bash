# SPDX-License-Identifier: EUPL-1.2
# Helpers for scenario tests: each scenario runs the real binary as an
# official would, in a fresh temporary folder, and checks what happened.
set -u
LAGESBILD=$1
SOURCE_DIR=$2
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK" || exit 1
failures=0

# run EXPECTED_EXIT CMD...: runs lagesbild in cron's bare environment, keeps output in $out.
run() {
  local expected=$1
  shift
  out=$(env -i PATH=/usr/bin:/bin "$LAGESBILD" "$@" 2>&1)
  local code=$?
  if [ "$code" != "$expected" ]; then
    echo "FAIL: lagesbild $* exited $code, expected $expected. Output:"
    echo "$out"
    failures=$((failures + 1))
  fi
}

# expect_output TEXT: the last run's output contains TEXT.
expect_output() {
  if ! grep -qF -- "$1" <<<"$out"; then
    echo "FAIL: expected output to contain: $1"
    echo "--- output was:"
    echo "$out"
    failures=$((failures + 1))
  fi
}

# not_on_windows REASON: true for the Linux build; for lagesbild.exe under Wine
# (LAGESBILD_TEST_WINDOWS=1, set by tests/CMakeLists.txt) it says which check
# is left out and why, and is false: `not_on_windows "why" && check ...`.
not_on_windows() {
  [ "${LAGESBILD_TEST_WINDOWS:-}" = 1 ] || return 0
  echo "not on Windows: $1"
  return 1
}

check() {  # check DESCRIPTION TEST-COMMAND...
  local what=$1
  shift
  if ! "$@"; then
    echo "FAIL: $what"
    failures=$((failures + 1))
  fi
}

# same_as_golden GOLDEN FILE SCHEMA: FILE is GOLDEN after a first line that
# names the schema file SCHEMA for editors (the modeline of `new` and
# `merge`). The golden file leaves that line out: the schema's place differs
# from machine to machine.
same_as_golden() {
  local first
  first=$(head -1 "$2")
  if [[ $first != "# yaml-language-server: \$schema=file://"*"/$3" ]]; then
    echo "the first line is not the modeline for $3: $first"
    return 1
  fi
  local file=${first#*\$schema=file://}
  file=${file#/[A-Z]:}  # lagesbild.exe under Wine: file:///Z:/work/... is /work/...
  [ -f "$file" ] || { echo "the modeline names no file: $first"; return 1; }
  diff -u "$1" <(tail -n +2 "$2")
}

finish() {
  if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed"
    exit 1
  fi
  echo "all checks passed"
}
