#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# doctest names become CMake test names (doctest_discover_tests), and CMake
# splits a name at ';' into two tests that run nothing and so cannot fail.
# Exit 1, naming them, if any test case or suite has ';' in its name.
set -euo pipefail
cd "$(dirname "$0")/../.."
if grep -nE '(TEST_CASE|TEST_SUITE)\("[^"]*;' tests/unit/*.cpp; then
  echo "a ';' in a test name above: CMake would split it into tests that run nothing; write ',' instead"
  exit 1
fi
echo "test names: ok"
