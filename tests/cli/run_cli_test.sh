#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Runs the real binary in a folder and compares its whole output with a file:
#   run_cli_test.sh BINARY DIR EXPECTED ARGS...
# The expected file holds standard output, then standard error, then the exit
# code. With LAGESBILD_UPDATE_GOLDEN=1 the expected file is (re)written.
set -u
binary=$1 dir=$2 expected=$3
shift 3
actual=$(mktemp)
trap 'rm -f "$actual" "$actual.err"' EXIT
cd "$dir" || exit 1
# cron's environment: no locale, no terminal
env -i PATH=/usr/bin:/bin "$binary" "$@" >"$actual" 2>"$actual.err"
code=$?
{
  echo "--- stderr"
  cat "$actual.err"
  echo "--- exit $code"
} >>"$actual"
if [ "${LAGESBILD_UPDATE_GOLDEN:-}" = 1 ]; then
  mkdir -p "$(dirname "$expected")"
  cp "$actual" "$expected"
  echo "updated $expected"
  exit 0
fi
if ! diff -u "$expected" "$actual"; then
  echo "FAILED: output of 'lagesbild $*' in $dir differs from $expected (- expected, + actual)"
  exit 1
fi
