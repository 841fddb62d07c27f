#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The county's picture (Länsstyrelsen's): summary over a folder of several
# municipalities gives "totalt", and its figures are the files' own, counted
# again here without lagesbild's code (tests/cli/summary/county_totals.py).
source "$(dirname "$0")/lib.bash"
LAN="$SOURCE_DIR/tests/cli/summary/lan"
(cd "$LAN" && env -i PATH=/usr/bin:/bin "$LAGESBILD" summary --to 2026-11 --today 2026-11-28 --months 4 \
  --format json) >lan.json 2>lan.err
check "a broken file and missing parties need attention (exit 1)" test $? = 1
check "the JSON has the county's totals" grep -qF '"totalt": {"kommuner": 3' lan.json
python3 "$SOURCE_DIR/tests/cli/summary/county_totals.py" "$LAGESBILD" "$LAN" lan.json
check "totalt is what the files say, counted again" test $? = 0
# One municipality is its own picture: no totals, no county section.
run 1 summary --to 2026-11 --today 2026-11-28 --months 4 --kommun Orsa --format json "$LAN"
check "no totalt for one municipality" test "$(grep -c '"totalt"' <<<"$out")" = 0
run 0 summary --to 2026-11 --today 2026-11-28 --months 4 --kommun Falun "$LAN"
check "no county section for one municipality" test "$(grep -c 'Länets bild' <<<"$out")" = 0
run 1 summary --to 2026-11 --today 2026-11-28 --months 4 --format html -o lan.html "$LAN"
check "the HTML has the county section" grep -qF '>Länets bild</h2>' lan.html
check "its tables are captioned" test "$(grep -c '<caption id="tabell-lan-text">' lan.html)" = 1
finish
