#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The accessibility check over the HTML the real binary writes: an own
# picture, a joint picture, two summaries (one a county's) and a year, each through axe-check.mjs at
# desktop and phone widths (and on A4). Run by ctest as "a11y: axe".
#   run-axe.sh LAGESBILD SOURCE_DIR
source "$(dirname "$0")/../cli/scenarios/lib.bash"
A11Y="$SOURCE_DIR/tests/a11y"
if [ ! -d "$A11Y/node_modules/axe-core" ] || [ ! -d "$A11Y/node_modules/puppeteer-core" ]; then
  echo "FAIL: axe-core and puppeteer-core are not installed in tests/a11y (run .ci/install-deps)"
  exit 1
fi
run 0 render --format html "$SOURCE_DIR/examples/2026-10_alvdalen_kommun.yaml" -o own-2026-10_alvdalen_kommun.html
run 0 render --format html "$SOURCE_DIR/examples/2026-09_alvdalen_gemensam.yaml" -o joint-2026-09_alvdalen_gemensam.html
# The test archive has a broken file and overdue actions on purpose: exit 1.
(cd "$SOURCE_DIR/tests/cli/summary/arkiv" &&
  env -i PATH=/usr/bin:/bin "$LAGESBILD" summary --to 2026-11 --today 2026-11-28 --format html \
    -o "$WORK/summary-arkiv.html" 2>/dev/null)
check "summary writes its HTML" test -s summary-arkiv.html
# A county's folder: the summary's county section (Länets bild) with every kind of delivery.
(cd "$SOURCE_DIR/tests/cli/summary/lan" &&
  env -i PATH=/usr/bin:/bin "$LAGESBILD" summary --to 2026-11 --today 2026-11-28 --months 4 --format html \
    -o "$WORK/summary-lan.html" 2>/dev/null)
check "summary writes the county's HTML" test -s summary-lan.html
# The generated year has a missing month, a broken file and a draft on purpose: exit 1.
(cd "$SOURCE_DIR/tests/cli/year/arkiv" &&
  env -i PATH=/usr/bin:/bin "$LAGESBILD" year --kommun Älvdalen --from 2026-01 --to 2026-12 \
    -o "$WORK/year-arkiv.html" 2>/dev/null)
check "year writes its HTML" test -s year-arkiv.html
node "$A11Y/axe-check.mjs" own-2026-10_alvdalen_kommun.html joint-2026-09_alvdalen_gemensam.html summary-arkiv.html \
  summary-lan.html year-arkiv.html
check "axe finds no violation and nothing scrolls sideways" test $? = 0
finish
