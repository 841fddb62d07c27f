#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# PDF through a Chromium-based browser (--pdf-engine chromium), as on a
# Windows PC with Edge: the running header (with UTKAST) and the marking on
# every page, page numbers, hostile text as typed, and the same bytes twice.
source "$(dirname "$0")/lib.bash"
if ! command -v chromium >/dev/null; then
  echo "chromium is not installed (apt-get install chromium): skipped"
  exit 77
fi
HOSTILE="$SOURCE_DIR/tests/cli/render/fientlig.yaml"
cp "$SOURCE_DIR"/examples/*.yaml .
run 0 merge 2026-10_alvdalen_kommun.yaml 2026-10_alvdalen_polis.yaml --previous 2026-09_alvdalen_gemensam.yaml -o joint.yaml
run 0 render --pdf-engine chromium joint.yaml -o joint.pdf
pages=$(pdfinfo joint.pdf | awk '/^Pages:/ {print $2}')
check "several pages" test "${pages:-0}" -gt 1
for page in $(seq 1 "${pages:-0}"); do
  pdftotext -f "$page" -l "$page" -layout joint.pdf page.txt
  check "page $page: the marking at the top and the bottom" test "$(grep -c 'Klassificering: INTERN' page.txt)" -ge 2
  check "page $page: the running header, marked UTKAST, with the meeting date and registry number" \
    grep -qF "UTKAST · Älvdalen · oktober 2026 · möte 2026-11-11 · dnr KS 2026/118 · INTERN" page.txt
  check "page $page: Sida $page av $pages" grep -qF "Sida $page av $pages" page.txt
done
run 0 render --pdf-engine chromium joint.yaml -o again.pdf
check "the same input gives the same PDF" cmp -s joint.pdf again.pdf
check "the PDF is dated by the picture, not by the clock" bash -c "pdfinfo joint.pdf | grep -q 'CreationDate:.*2026'"

# A browser named with --chromium (or in lagesbild.toml), and auto without WeasyPrint.
run 0 render --pdf-engine chromium --chromium "$(command -v chromium)" joint.yaml -o named.pdf
check "--chromium names the browser" cmp -s joint.pdf named.pdf
out=$(env -i PATH=/usr/bin:/bin LAGESBILD_WEASYPRINT=/nonexistent/weasyprint "$LAGESBILD" render joint.yaml -o auto.pdf 2>&1)
check "auto: the browser when WeasyPrint is missing" cmp -s joint.pdf auto.pdf
run 4 render --pdf-engine chromium --chromium /nonexistent/msedge.exe joint.yaml -o none.pdf
expect_output "ingen hittades (sökte: /nonexistent/msedge.exe)"
check "no PDF without the browser" test ! -e none.pdf

# Hostile text in the marking cannot break the margin boxes' CSS.
run 0 render --pdf-engine chromium "$HOSTILE" -o hostile.pdf
pdftotext -f 1 -l 1 -layout hostile.pdf hostile.txt
check "hostile marking as typed on the page" grep -qF "Klassificering: SEKRETESS, OSL 35 kap. 1 § <i>x</i> \`kod\`" hostile.txt
check "no temporary files are left" test "$(ls -A | grep -c tmp)" = 0
finish
