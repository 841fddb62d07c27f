#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Every input the fuzzer ever found (tests/fuzz/regressions/) is replayed
# through validate, merge and render: an answer (exit 1 or 2, or 0), never a
# crash or a hang.
source "$(dirname "$0")/lib.bash"
shopt -s nullglob
for input in "$SOURCE_DIR"/tests/fuzz/regressions/*; do
  name=$(basename "$input")
  cp "$input" case.yaml
  for command in "validate case.yaml" "render case.yaml -o case.html" "merge case.yaml -o joint.yaml"; do
    # shellcheck disable=SC2086
    timeout 20 env -i PATH=/usr/bin:/bin "$LAGESBILD" $command >/dev/null 2>&1
    code=$?
    case $code in
      0 | 1 | 2) ;;
      *) echo "FAIL: lagesbild $command on $name exited $code"; failures=$((failures + 1)) ;;
    esac
  done
  rm -f case.html joint.yaml
done
finish
