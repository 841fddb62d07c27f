#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# `lagesbild year` over the generated year in tests/cli/year/arkiv (a missing
# month, a broken file, a draft, two municipalities): the JSON against counts
# made independently from the files, the output's permissions and atomicity,
# and the PDF's pages looked at.
source "$(dirname "$0")/lib.bash"
cp "$SOURCE_DIR"/tests/cli/year/arkiv/*.yaml .
chmod 0600 2026-05_alvdalen_kommun.yaml  # the most protected input: no output is more readable

run 2 year --from 2026-01 --to 2026-12
expect_output "har lägesbilder från 2 kommuner (Mora, Älvdalen)"
expect_output "ange vilken med --kommun"
run 2 year --kommun Orsa --from 2026-01 --to 2026-12
run 2 year --kommun Älvdalen --from 2026-13
run 2 year --kommun Älvdalen --from 2026-12 --to 2026-01
run 2 year --kommun Älvdalen --from 2024-01 --to 2026-12
run 2 år --kommun Älvdalen -o year.yaml
check "no file for a refused extension" test ! -e year.yaml

# The JSON, counted again from the YAML by a script that shares no code with lagesbild.
run 1 year --kommun Älvdalen --from 2026-01 --to 2026-12 -o year.json
expect_output "lagesbild year: Älvdalen: ingen slutlig gemensam lägesbild för juli 2026 (saknas)"
invalid=()
for f in *_alvdalen_*.yaml; do
  env -i PATH=/usr/bin:/bin "$LAGESBILD" validate "$f" >/dev/null 2>&1 || invalid+=("$f")
done
check "exactly one broken file" test "${invalid[*]}" = "2026-04_alvdalen_polis.yaml"
check "the JSON agrees with counts made from the files" \
  python3 "$SOURCE_DIR/tests/cli/year/check_year_json.py" year.json . Älvdalen 2026-01 2026-12 "${invalid[@]}"
check "the JSON is valid JSON" jq -e '.kommun == "Älvdalen" and (.["månader"] | length) == 12' year.json

# One of --from and --to alone: the twelve months from or up to it.
env -i PATH=/usr/bin:/bin "$LAGESBILD" year --kommun Älvdalen --to 2026-06 --format json >to.json 2>/dev/null
check "--to alone: the twelve months up to it" jq -e '.["från"] == "2025-07" and .till == "2026-06"' to.json
env -i PATH=/usr/bin:/bin "$LAGESBILD" year --kommun Älvdalen --from 2026-03 --format json >from.json 2>/dev/null
check "--from alone: the twelve months from it" jq -e '.["från"] == "2026-03" and .till == "2027-02"' from.json

# The same bytes however many files are read at once.
run 1 year --kommun Älvdalen --from 2026-01 --to 2026-12 -j 1 -o j1.json
run 1 year --kommun Älvdalen --from 2026-01 --to 2026-12 -j 4 -o j4.json
check "-j 1 and -j 4 give the same JSON" cmp -s j1.json j4.json

# The Swedish alias gives the same bytes.
run 1 år --kommun Älvdalen --from 2026-01 --to 2026-12 -o år.json
check "år is year" cmp -s year.json år.json

# Written atomically and never more readable than the inputs.
run 1 year --kommun Älvdalen --from 2026-01 --to 2026-12 -o year.html
not_on_windows "POSIX file modes (on Windows the folder's ACL protects the file)" &&
  check "the HTML is no more readable than the most protected input" test "$(stat -c %a year.html)" = 600
check "no temporary files are left" test "$(ls -A | grep -c tmp)" = 0
mkdir locked && chmod 0500 locked
if [ "$(id -u)" != 0 ] && not_on_windows "POSIX folder modes"; then
  run 3 year --kommun Älvdalen --from 2026-01 --to 2026-12 -o locked/year.html
  check "nothing is written where it cannot be" test -z "$(ls -A locked)"
fi

# PDF, as render makes it: the marking on every page, and the pages look like pages.
if (command -v weasyprint >/dev/null || command -v chromium >/dev/null) &&
  not_on_windows "making a PDF: Wine has neither WeasyPrint nor Edge"; then
  run 1 year --kommun Älvdalen --from 2026-01 --to 2026-12 -o year.pdf
  pages=$(pdfinfo year.pdf | awk '/^Pages:/ {print $2}')
  check "several pages" test "${pages:-0}" -gt 3
  for page in $(seq 1 "${pages:-0}"); do
    pdftotext -f "$page" -l "$page" -layout year.pdf page.txt
    check "page $page: the marking" grep -qF "SEKRETESS" page.txt
  done
  pdftotext -f 1 -l 1 -layout year.pdf first.txt
  check "the first page names the law" grep -qF "2023:196" first.txt
  check "the first page names the holes" grep -qF "Underlaget är ofullständigt" first.txt
  pdftoppm -r 30 -png year.pdf pagebild
  check "every page is drawn" test "$(ls pagebild*.png | wc -l)" = "$pages"
  for png in pagebild*.png; do
    check "$png is not blank" test "$(stat -c %s "$png")" -gt 2000
  done
  run 1 year --kommun Älvdalen --from 2026-01 --to 2026-12 -o again.pdf
  check "the same input gives the same PDF" cmp -s year.pdf again.pdf
else
  echo "neither WeasyPrint nor Chromium: PDF checks skipped"
fi
# The browser's PDF, as on a Windows PC with Edge: the marking on every page there too.
if command -v chromium >/dev/null && not_on_windows "Wine has no Edge or Chrome"; then
  run 1 year --kommun Älvdalen --from 2026-01 --to 2026-12 --pdf-engine chromium -o edge.pdf
  pages=$(pdfinfo edge.pdf | awk '/^Pages:/ {print $2}')
  check "the browser's PDF has several pages" test "${pages:-0}" -gt 3
  for page in $(seq 1 "${pages:-0}"); do
    pdftotext -f "$page" -l "$page" -layout edge.pdf page.txt
    check "browser page $page: the marking and the running header" \
      grep -qF "UNDERLAGET ÄR OFULLSTÄNDIGT · Älvdalen · lägesbild 2026" page.txt
  done
fi

# One municipality's folder needs no --kommun; a whole year with final
# pictures only, and nothing broken, exits 0.
mkdir mora && cp 2026-05_mora_kommun.yaml mora/
run 1 year --from 2026-05 --to 2026-05 mora -o mora.md
expect_output "lagesbild year: Mora: lägesbild saknas för maj 2026 från polis"
finish
