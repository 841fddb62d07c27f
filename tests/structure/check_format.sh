#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Every C++ file as .clang-format lays it out, so that a diff shows only what
# changed. Prints the files that differ (and how to fix them); exit 1 if any.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v clang-format >/dev/null || { echo "clang-format is missing: .ci/install-deps installs it"; exit 1; }
mapfile -t files < <(git ls-files '*.cpp' '*.hpp' 2>/dev/null || find src tests -name '*.[ch]pp')
differ=()
for f in "${files[@]}"; do
  clang-format --style=file "$f" | cmp -s - "$f" || differ+=("$f")
done
if [ ${#differ[@]} -gt 0 ]; then
  printf '%s differs from .clang-format\n' "${differ[@]}"
  echo "Fix with: clang-format -i ${differ[*]}"
  exit 1
fi
echo "format: ok (${#files[@]} files)"
