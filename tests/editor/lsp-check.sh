#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# A report made with `new`, opened in the real yaml-language-server with no
# setting: a wrong trend gets a diagnostic on its line, completion after
# `trend: ` offers the four trends. Run by ctest as "editor: lsp".
#   lsp-check.sh LAGESBILD SOURCE_DIR
source "$(dirname "$0")/../cli/scenarios/lib.bash"
EDITOR_TESTS="$SOURCE_DIR/tests/editor"
if [ ! -f "$EDITOR_TESTS/node_modules/yaml-language-server/bin/yaml-language-server" ]; then
  echo "FAIL: yaml-language-server is not installed in tests/editor (run .ci/install-deps)"
  exit 1
fi
run 0 new --kommun Älvdalen --part polis --period 2026-11 --upprattad 2026-12-02
run 0 merge "$SOURCE_DIR/examples/2026-10_alvdalen_kommun.yaml" "$SOURCE_DIR/examples/2026-10_alvdalen_polis.yaml" \
  -o 2026-10_alvdalen_gemensam.yaml
file=2026-11_alvdalen_polis.yaml
# The first area's trend misspelt, as an official might; the second's left
# as `trend: ` with the cursor after it.
trends=($(grep -n '^    trend:' "$file" | cut -d: -f1))
sed -i -e "${trends[0]}s/^    trend: */    trend: ökad/" -e "${trends[1]}s/^    trend:.*/    trend: /" "$file"
node "$EDITOR_TESTS/lsp-check.mjs" "$file" "${trends[0]}" "${trends[1]}" 2026-10_alvdalen_gemensam.yaml
check "yaml-language-server checks and completes the file through its modeline" test $? = 0
finish
