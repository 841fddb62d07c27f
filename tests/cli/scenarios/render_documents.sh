#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Documents for the meeting: Markdown, HTML and PDF, escaped for each format,
# deterministic, and never more readable than their input.
source "$(dirname "$0")/lib.bash"
HOSTILE="$SOURCE_DIR/tests/cli/render/fientlig.yaml"

# HTML: nothing typed acts as markup.
run 0 render --format html "$HOSTILE" -o f.html
check "no script element" test "$(grep -c '<script' f.html)" = 0
check "no injected image" test "$(grep -c '<img' f.html)" = 0
check "no injected heading" test "$(grep -c '<h1>injicerad' f.html)" = 0
check "the text is there, escaped" grep -qF '&lt;script&gt;alert(&#39;org&#39;)&lt;/script&gt; &amp; Co' f.html
check "line breaks are kept" grep -qF 'Rad ett<br>' f.html

# Markdown: pandoc reads it as text, whatever the official typed.
run 0 render "$HOSTILE" -o f.md
pandoc f.md -s -t html5 -o via-pandoc.html
check "pandoc: no script" test "$(grep -c '<script' via-pandoc.html)" = 0
check "pandoc: no javascript link" test "$(grep -c 'href="javascript' via-pandoc.html)" = 0
check "pandoc: no injected image" test "$(grep -c '<img' via-pandoc.html)" = 0
check "pandoc: the title is the municipality as typed" grep -qF '<title>Lägesbild för Älvdalen &lt;b&gt;fet&lt;/b&gt;' via-pandoc.html
pandoc f.md -t latex -o f.tex
check "LaTeX: no raw \\input" test "$(grep -c '\\input{/etc' f.tex)" = 0
check "LaTeX: backslash escaped" grep -qF '\textbackslash input' f.tex
check "LaTeX: dollar escaped" grep -qF '\$x' f.tex
pandoc f.md -t plain --wrap=none --columns=1000 -o f.txt
for typed in "# Rubrik? *fet* _kursiv_ | pipe | \`kod\`" "[länk](javascript:alert(1))" \
  "\\section{X} \\\\ \\( a \\) {braces} ~tilde~ ^sup^ @citat [@ref] <!-- kommentar --> &amp; &lt;" \
  "-- tankstreck ... \"citat\" 'enkla'" "\\input{/etc/passwd} \$x^2\$ 100% & _under_" "- listpunkt" "1. numrerad"; do
  check "reads exactly as typed: $typed" grep -qF -- "$typed" f.txt
done

# A municipality's own stylesheet cannot break out of the style element.
printf 'h1 { color: green; }\n</style><script>alert(1)</script>\n' >profil.css
run 0 render --format html --css profil.css "$SOURCE_DIR/examples/2026-10_alvdalen_kommun.yaml" -o profil.html
check "own CSS is included" grep -qF 'h1 { color: green; }' profil.html
check "own CSS cannot end the style element" test "$(grep -c '</style>' profil.html)" = 1
run 2 render --css saknas.css "$SOURCE_DIR/examples/2026-10_alvdalen_kommun.yaml"
expect_output "stilmallen saknas.css kan inte läsas"

# PDF from the example joint picture: the text reads back, pages are numbered,
# the marking is on every page, and the same input gives the same bytes.
cp "$SOURCE_DIR"/examples/*.yaml .
chmod 600 2026-10_alvdalen_polis.yaml
run 0 merge 2026-10_alvdalen_kommun.yaml 2026-10_alvdalen_polis.yaml --previous 2026-09_alvdalen_gemensam.yaml -o joint.yaml
if not_on_windows "making a PDF: Wine has neither WeasyPrint nor Edge (the Chromium engine is pdf_chromium, on Linux)"; then
  run 0 render joint.yaml -o joint.pdf
  not_on_windows "POSIX file modes (on Windows the folder's ACL protects the file)" &&
      check "the PDF is no more readable than its input" test "$(stat -c %a joint.pdf)" = 600
  pdftotext -layout joint.pdf joint.txt
  check "title" grep -qF "Gemensam lägesbild för Älvdalen, oktober" joint.txt
  pages=$(pdfinfo joint.pdf | awk '/^Pages:/ {print $2}')
  check "page numbers 'Sida X av Y'" grep -qF "Sida 1 av $pages" joint.txt
  check "the marking on every page" test "$(grep -c 'Klassificering: INTERN' joint.txt)" -ge "$pages"
  check "the action plan" grep -qF "Åtgärdsplan" joint.txt
  # In print the month may stand on a line of its own under the id.
  check "a carried action is marked with its month" grep -qE "från\s+2026-09" <(pdftotext joint.pdf - | tr '\n' ' ')
  # The meeting date carried from September's nästa_möte, and its registry number, stand in the running header.
  check "the running header" grep -qF "Älvdalen · oktober 2026 · möte 2026-11-11 · dnr KS 2026/118 · INTERN" joint.txt
  check "the summary on the first page" grep -qF "Sammanfattning" <(pdftotext -f 1 -l 1 joint.pdf -)
  check "the signature lines" grep -qF "Underskrift" joint.txt
  run 0 render joint.yaml -o again.pdf
  check "the same input gives the same PDF" cmp -s joint.pdf again.pdf
  run 0 render --format pdf "$HOSTILE" -o hostile.pdf
  pdftotext hostile.pdf - | grep -qF "<script>alert('org')</script> & Co"
  check "hostile text reads as typed in the PDF" test $? = 0

  # The PDF is tagged (PDF/UA-1); a WeasyPrint older than 57, which has no
  # --pdf-variant and says so before doing anything, still gives an untagged PDF.
  check "the PDF is tagged" grep -q "^Tagged: *yes" <(pdfinfo joint.pdf)
  cat >old-weasyprint <<'SH'
#!/bin/sh
for a in "$@"; do
  [ "$a" = --pdf-variant ] && { echo "weasyprint: error: unrecognized arguments: --pdf-variant pdf/ua-1" >&2; exit 2; }
done
exec weasyprint "$@"
SH
  chmod +x old-weasyprint
  out=$(env -i PATH=/usr/bin:/bin LAGESBILD_WEASYPRINT="$PWD/old-weasyprint" "$LAGESBILD" render joint.yaml -o old.pdf 2>&1)
  check "an older WeasyPrint still gives the PDF" test $? = 0
  check "... untagged" grep -q "^Tagged: *no" <(pdfinfo old.pdf)
fi

# Without WeasyPrint or a browser: a clear message, exit 4, nothing written.
out=$(env -i PATH=/usr/bin:/bin LAGESBILD_WEASYPRINT=/nonexistent/weasyprint LAGESBILD_CHROMIUM=/nonexistent/chromium \
  "$LAGESBILD" render joint.yaml -o none.pdf 2>&1)
check "exit 4 without WeasyPrint or a browser" test $? = 4
expect_output "apt-get install weasyprint"
expect_output "--chromium FIL"
check "no PDF without WeasyPrint" test ! -e none.pdf
# Asked for WeasyPrint, no browser stands in for it.
out=$(env -i PATH=/usr/bin:/bin LAGESBILD_WEASYPRINT=/nonexistent/weasyprint \
  "$LAGESBILD" render --pdf-engine weasyprint joint.yaml -o none.pdf 2>&1)
check "exit 4 with --pdf-engine weasyprint and no WeasyPrint" test $? = 4
expect_output "PDF skapas med programmet WeasyPrint, som inte finns på datorn (/nonexistent/weasyprint)"
check "no PDF from another engine" test ! -e none.pdf
run 2 render --pdf-engine word joint.yaml -o none.pdf
expect_output "--pdf-engine word finns inte; välj auto, weasyprint eller chromium"

# An incomplete picture renders and shows what is unanswered; a broken one does not.
run 0 new --kommun Älvdalen --part polis --period 2026-11
run 0 render 2026-11_alvdalen_polis.yaml -o utkast.md
expect_output "varning: fokusområdet \`andt\`"
check "unanswered areas are shown" grep -qF "**Obesvarat" utkast.md
check "an incomplete party picture is a draft" grep -qF "UTKAST – lägesbilden är inte färdigifylld." utkast.md
sed 's/trend: ökande/trend: ökad/' "$SOURCE_DIR/examples/2026-10_alvdalen_kommun.yaml" >trasig.yaml
run 1 render trasig.yaml -o trasig.html
check "nothing written for a broken file" test ! -e trasig.html
run 2 render --format docx trasig.yaml
expect_output "--format docx finns inte"

# A document is never written over a report, the input, or under a name of another format.
cp "$SOURCE_DIR/examples/2026-10_alvdalen_kommun.yaml" egen.yaml
cp egen.yaml egen-före.yaml
run 2 render egen.yaml -o egen.yaml
run 2 render egen.yaml -o 2026-10_alvdalen_polis.yaml
expect_output "filändelsen ska vara .md, .markdown, .html, .htm eller .pdf"
run 2 render egen.yaml -o dokument.docx
run 2 render --format html egen.yaml -o dokument.pdf
expect_output "passar inte ihop med filnamnet"
check "the report is untouched" cmp -s egen.yaml egen-före.yaml

# A draft never passes for the final picture.
run 0 render joint.yaml -o utkast.html
check "an unapproved joint picture is marked as a draft" grep -qF "UTKAST – inte godkänd av alla parter." utkast.html
run 0 render egen.yaml -o egen.html
check "a complete party picture is not a draft" test "$(grep -c UTKAST egen.html)" = 0
check "no temporary files are left" test "$(ls -A | grep -c tmp)" = 0
finish
