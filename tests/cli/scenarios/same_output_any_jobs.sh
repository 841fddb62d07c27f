#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# validate, status and summary read many files on every core (-j N): what
# they print, to standard output and standard error, and their exit code
# must be the same bytes as with one core. Checked on the test archive and
# on a county's generated year (bench/generate.py: 360 files, a few broken;
# status reads a folder as summary does, so the archive is enough for it).
source "$(dirname "$0")/lib.bash"

# same DESCRIPTION ARGS...: runs the command with -j1 and with -j3 (more
# workers than cores on a 2-core machine, so they interleave) and compares.
same() {
  local what=$1
  shift
  env -i PATH=/usr/bin:/bin "$LAGESBILD" "$@" -j1 >one.out 2>one.err
  echo "exit $?" >>one.err
  env -i PATH=/usr/bin:/bin "$LAGESBILD" "$@" -j3 >many.out 2>many.err
  echo "exit $?" >>many.err
  check "$what: the same standard output with -j1 and -j3" cmp -s one.out many.out
  check "$what: the same standard error and exit code with -j1 and -j3" cmp -s one.err many.err
  check "$what: something was printed" test -s one.out
}

cp -r "$SOURCE_DIR/tests/cli/summary/arkiv" arkiv
same "validate of the test archive" validate arkiv/*.yaml
same "validate --format json of the test archive" validate --format json arkiv/*.yaml
same "status of the test archive" status --period 2026-06 arkiv
same "summary of the test archive" summary --to 2026-11 --today 2026-11-28 --format json arkiv

# 360 files: a few seconds here, a minute under Wine, where the test archive
# above already runs the workers.
if not_on_windows "the county's year takes a minute under Wine; the test archive checks the workers there"; then
  python3 "$SOURCE_DIR/bench/generate.py" county lan >/dev/null
  check "the county's year is generated" test "$(ls lan | wc -l)" = 360
  same "validate of a county's year" validate lan/*.yaml
  same "summary of a county's year" summary --to 2026-12 --today 2027-01-15 --format json lan
  check "the county's broken file is found" grep -qF ": 1 fel" <(env -i PATH=/usr/bin:/bin "$LAGESBILD" validate lan/*.yaml)
fi
finish
