#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Ctrl-C or SIGTERM (cron's timeout, a shutdown) in the middle of writing
# leaves no temporary file or folder behind, and every existing file as it was.
source "$(dirname "$0")/lib.bash"
cp "$SOURCE_DIR/examples/2026-09_alvdalen_gemensam.yaml" joint.yaml
mkdir tmp
echo "gammal pdf" >joint.pdf
for delay in 0.05 0.2 0.5; do
  env -i PATH=/usr/bin:/bin TMPDIR="$WORK/tmp" "$LAGESBILD" render joint.yaml -o joint.pdf >/dev/null 2>&1 &
  pid=$!
  sleep "$delay"
  kill -TERM "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  sleep 0.3  # let a stopped WeasyPrint go
  check "no temporary folder left in TMPDIR (after $delay s)" test "$(ls -A tmp | wc -l)" = 0
  check "no temporary file left beside the output (after $delay s)" test "$(ls -A | grep -c '\.tmp-')" = 0
  check "the old PDF is intact or wholly replaced (after $delay s)" \
    bash -c 'head -c 5 joint.pdf | grep -q "%PDF-" || grep -q "gammal pdf" joint.pdf'
done
finish
