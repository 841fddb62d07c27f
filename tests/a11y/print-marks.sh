#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The classification (and UTKAST) on every printed page, as an official gets
# it from Chromium's own print of the HTML ("Skriv ut → Spara som PDF",
# here --print-to-pdf) and from lagesbild's PDF (WeasyPrint), which is also
# tagged for screen readers. Run by ctest as "a11y: print".
#   print-marks.sh LAGESBILD SOURCE_DIR
source "$(dirname "$0")/../cli/scenarios/lib.bash"
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}

# browser_print HTML PDF: Chromium's print with its defaults, as root needs it.
browser_print() {
  local profile
  profile=$(mktemp -d)
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$profile" --print-to-pdf="$2" \
    "file://$WORK/$1" >/dev/null 2>&1
  rm -rf "$profile"
}

# every_page PDF TEXT: TEXT is on each page of PDF (and the PDF has pages).
every_page() {
  local pages p
  pages=$(pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ {print $2}')
  [ "${pages:-0}" -ge 2 ] || { echo "  $1 has ${pages:-no} pages, expected several"; return 1; }
  for p in $(seq 1 "$pages"); do
    pdftotext -f "$p" -l "$p" "$1" - | grep -qF -- "$2" || { echo "  page $p of $pages of $1 lacks: $2"; return 1; }
  done
  echo "  $1: \"$2\" on all $pages pages"
}

# An approved joint picture, and a draft: this month's, merged but not approved.
cp "$SOURCE_DIR"/examples/*.yaml .
run 0 render --format html 2026-09_alvdalen_gemensam.yaml -o approved.html
run 0 merge 2026-10_alvdalen_kommun.yaml 2026-10_alvdalen_polis.yaml --previous 2026-09_alvdalen_gemensam.yaml \
  -o draft.yaml
run 0 render --format html draft.yaml -o draft.html

browser_print approved.html approved-browser.pdf
check "browser print: the marking on every page" every_page approved-browser.pdf "Klassificering: INTERN"
check "browser print: the running header on every page" every_page approved-browser.pdf \
  "Älvdalen · september 2026 · möte 2026-10-14 · dnr KS 2026/118 · INTERN"
check "browser print: page numbers" every_page approved-browser.pdf "Sida "
browser_print draft.html draft-browser.pdf
check "browser print of a draft: the marking on every page" every_page draft-browser.pdf "Klassificering: INTERN"
check "browser print of a draft: UTKAST on every page" every_page draft-browser.pdf "UTKAST · Älvdalen · oktober 2026"

run 0 render draft.yaml -o draft.pdf
check "PDF: the marking on every page" every_page draft.pdf "Klassificering: INTERN"
check "PDF: UTKAST on every page" every_page draft.pdf "UTKAST · Älvdalen · oktober 2026"
check "PDF: tagged" grep -q "^Tagged: *yes" <(pdfinfo draft.pdf)
check "PDF: WeasyPrint's warnings are not shown" test -z "$out"
run 0 render draft.yaml -o again.pdf
check "PDF: tagged and still the same bytes for the same input" cmp -s draft.pdf again.pdf
finish
