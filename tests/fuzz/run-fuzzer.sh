#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Builds the libFuzzer target with clang (AddressSanitizer + UBSan) and runs
# it for a bounded time over a seed corpus made of the project's own test
# files. Anything it finds is copied to tests/fuzz/regressions/, where the
# regular test suite replays it for ever after.
#   tests/fuzz/run-fuzzer.sh [SECONDS]        (default 60)
# Needs: clang, libclang-rt-14-dev (Debian 12), and the build dependencies.
set -euo pipefail
seconds=${1:-60}
root=$(cd "$(dirname "$0")/../.." && pwd)
build="$root/build-fuzz"
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -DLAGESBILD_FUZZ=ON -DLAGESBILD_TESTS=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j2 --target fuzz_load_validate >/dev/null

corpus="$build/corpus"
rm -rf "$build/artifacts"
mkdir -p "$corpus" "$build/artifacts"
cp -f "$root"/examples/*.yaml "$root"/tests/cli/validate/*.yaml "$root"/tests/cli/render/*.yaml \
  "$root"/tests/cli/merge/*.yaml "$corpus/" 2>/dev/null || true
cp -f "$root"/tests/fuzz/regressions/* "$corpus/" 2>/dev/null || true

status=0
"$build/fuzz_load_validate" "$corpus" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
  -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$build/artifacts/" \
  -dict="$root/tests/fuzz/yaml.dict" 2>"$build/fuzz.log" || status=$?
grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb|^#[0-9]+.*DONE" "$build/fuzz.log" || true
found=$(find "$build/artifacts" -type f | wc -l)
if [ "$found" -gt 0 ]; then
  cp "$build"/artifacts/* "$root/tests/fuzz/regressions/"
  echo "fuzzer: $found finding(s) copied to tests/fuzz/regressions/; see $build/fuzz.log"
  exit 1
fi
if [ "$status" -ne 0 ]; then
  tail -20 "$build/fuzz.log"
  exit "$status"
fi
echo "fuzzer: no findings in $seconds s"
