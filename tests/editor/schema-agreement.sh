#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The schemas against validate over every example, golden and error-case
# file of the project, and over fresh files from `new` and `merge` (with
# their modeline). Run by ctest as "editor: schema".
#   schema-agreement.sh LAGESBILD SOURCE_DIR
source "$(dirname "$0")/../cli/scenarios/lib.bash"
EDITOR_TESTS="$SOURCE_DIR/tests/editor"
if [ ! -x "$EDITOR_TESTS/node_modules/.bin/ajv" ] || [ ! -d "$EDITOR_TESTS/node_modules/yaml" ]; then
  echo "FAIL: ajv-cli and yaml are not installed in tests/editor (run .ci/install-deps)"
  exit 1
fi
mkdir schemas
run 0 schema --mapp schemas
run 0 new --kommun Älvdalen --part polis --period 2026-11 --upprattad 2026-12-02
run 0 merge "$SOURCE_DIR/examples/2026-10_alvdalen_kommun.yaml" "$SOURCE_DIR/examples/2026-10_alvdalen_polis.yaml" \
  --previous "$SOURCE_DIR/examples/2026-09_alvdalen_gemensam.yaml" -o 2026-10_alvdalen_gemensam.yaml
files=("$WORK"/*.yaml "$SOURCE_DIR"/examples/*.yaml "$SOURCE_DIR"/tests/cli/{new,merge,validate,render}/*.yaml
  "$SOURCE_DIR"/tests/cli/summary/arkiv/*.yaml)
# validate exits 1 for the error cases; its JSON is what counts.
env -i PATH=/usr/bin:/bin "$LAGESBILD" validate --format json "${files[@]}" >validate.json 2>/dev/null
node "$EDITOR_TESTS/schema-agreement.mjs" "$WORK/schemas" validate.json "$WORK" "${files[@]}"
check "the schema and validate agree on every file" test $? = 0
finish
