#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# What the platform layer does differently on Linux and on Windows, checked
# on both (lagesbild.exe under Wine): Swedish letters in arguments, file
# names and output; CRLF files; outputs replaced when written again; a /path
# is a file, not an option; LAGESBILD_MALLAR's list separator; paths printed
# as typed; a link in a scanned folder named and never followed.
source "$(dirname "$0")/lib.bash"
windows() { [ "${LAGESBILD_TEST_WINDOWS:-}" = 1 ]; }
# Wine's drive Z: is the Unix root: a Windows path for a Unix one.
windows_path() { local p=$1; printf 'Z:%s' "${p//\//\\}"; }
EXAMPLES="$SOURCE_DIR/examples"

# Swedish letters in an argument: the file name's slug, and the text as typed.
mkdir ny && cd ny
run 0 new --kommun Älvdalen --part kommun --period 2026-10
check "new --kommun Älvdalen writes 2026-10_alvdalen_kommun.yaml" test -f 2026-10_alvdalen_kommun.yaml
expect_output "Skapade 2026-10_alvdalen_kommun.yaml (Älvdalen, kommun, oktober 2026)"
check "the municipality as typed in the file" grep -qx "kommun: Älvdalen" 2026-10_alvdalen_kommun.yaml
run 3 new --kommun Älvdalen --part kommun --period 2026-10
expect_output "2026-10_alvdalen_kommun.yaml finns redan och skrivs inte över"
cd ..

# Swedish letters in folder and file names, printed as typed.
mkdir "Lägesbilder Åsa"
cp "$EXAMPLES/2026-10_alvdalen_kommun.yaml" "Lägesbilder Åsa/kopia för Örjan.yaml"
run 0 validate "Lägesbilder Åsa/kopia för Örjan.yaml"
expect_output "Lägesbilder Åsa/kopia för Örjan.yaml: godkänd"
run 0 render "Lägesbilder Åsa/kopia för Örjan.yaml" -o "Lägesbilder Åsa/dokument för Örjan.html"
check "a document written under a Swedish name" grep -qF "Lägesbild för Älvdalen" "Lägesbilder Åsa/dokument för Örjan.html"

# A file saved by Anteckningar: CRLF line endings and a BOM.
{ printf '\xef\xbb\xbf'; sed 's/$/\r/' "$EXAMPLES/2026-10_alvdalen_polis.yaml"; } >2026-10_alvdalen_polis.yaml
run 0 validate 2026-10_alvdalen_polis.yaml
expect_output "2026-10_alvdalen_polis.yaml: godkänd"

# An absolute path beginning with / is a file, not a Windows-style option.
run 0 validate "$EXAMPLES/2026-10_alvdalen_kommun.yaml"
expect_output "$EXAMPLES/2026-10_alvdalen_kommun.yaml: godkänd"
if windows; then
  # A Windows path, with its drive and backslashes, printed as typed.
  typed=$(windows_path "$EXAMPLES/2026-10_alvdalen_kommun.yaml")
  run 0 validate "$typed"
  expect_output "$typed: godkänd"
fi

# Written again, merge's and render's outputs replace the old ones.
mkdir moete && cd moete
cp "$EXAMPLES"/2026-10_alvdalen_*.yaml .
run 0 merge 2026-10_alvdalen_kommun.yaml 2026-10_alvdalen_polis.yaml
check "merge wrote the joint picture beside its inputs" test -f 2026-10_alvdalen_gemensam.yaml
sed -i 's/Något färre våldsbrott än föregående månad./Något färre våldsbrott än i september./' 2026-10_alvdalen_polis.yaml
run 0 merge 2026-10_alvdalen_kommun.yaml 2026-10_alvdalen_polis.yaml
check "a second merge replaces its output" grep -qF "Något färre våldsbrott än i september." 2026-10_alvdalen_gemensam.yaml
echo "gammalt dokument" >dokument.html
run 0 render 2026-10_alvdalen_gemensam.yaml -o dokument.html
check "render -o replaces an old document" grep -qF "Något färre våldsbrott än i september." dokument.html
run 0 render 2026-10_alvdalen_kommun.yaml -o dokument.html
check "and replaces it again" grep -qF "Lägesbild för Älvdalen, oktober 2026" dokument.html
check "no temporary files are left" test "$(ls -A | grep -c tmp)" = 0
cd ..

# LAGESBILD_MALLAR: several folders, separated by ';' on Windows (C:\ has a
# colon) and by ':' elsewhere; a revised questionnaire found in the second.
mkdir reviderad
sed 's/^mall: dalarna-2019/mall: prov-2027/' "$SOURCE_DIR/templates/dalarna-2019.yaml" >reviderad/prov-2027.yaml
if windows; then
  folders="$(windows_path /finns/inte);$(windows_path "$WORK/reviderad")"
else
  folders="/finns/inte:$WORK/reviderad"
fi
out=$(env -i PATH=/usr/bin:/bin LAGESBILD_MALLAR="$folders" "$LAGESBILD" templates 2>&1)
check "LAGESBILD_MALLAR's second folder is searched" grep -q "^prov-2027" <<<"$out"

# A link in a scanned folder is named and never read.
mkdir arkiv hemligt
cp "$EXAMPLES"/2026-10_alvdalen_*.yaml arkiv/
if windows; then
  # Wine shows a Unix link to a folder as a reparse point, as Windows shows a junction.
  ln -s ../hemligt arkiv/2026-10_alvdalen_x.yaml
else
  ln -s /etc/passwd arkiv/2026-10_alvdalen_x.yaml
fi
run 1 summary arkiv/ --to 2026-10 --today 2026-10-28 --format json -o s.json
expect_output "symbolisk länk lästes inte: arkiv/2026-10_alvdalen_x.yaml"
check "the link's target is never read" test "$(grep -c 'root:' s.json)" = 0
run 0 status arkiv/ --period 2026-10
expect_output "arkiv/2026-10_alvdalen_x.yaml är en symbolisk länk och lästes inte"
if windows; then
  run 0 status arkiv --period 2026-10
  expect_output 'arkiv\2026-10_alvdalen_x.yaml är en symbolisk länk och lästes inte'
fi
finish
