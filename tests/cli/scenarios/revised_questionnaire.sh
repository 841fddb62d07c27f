#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The questionnaire is revised: a new file with a new id, used beside the old
# one. Reports name it, merge carries last month's actions across it, and the
# summary counts the areas both share.
source "$(dirname "$0")/lib.bash"
# dalarna-2024: the same questions without ANDT.
sed -e 's/^mall: dalarna-2019/mall: dalarna-2024/' -e 's/^giltig_från: 2019-03-22/giltig_från: 2024-01-01/' \
  "$SOURCE_DIR/templates/dalarna-2019.yaml" | perl -0pe 's/  - id: andt\n(    .*\n)+//' >dalarna-2024.yaml
check "the revised questionnaire has five areas" test "$(grep -c '^  - id:' dalarna-2024.yaml)" = 5

run 0 new --kommun Älvdalen --part kommun --period 2026-11 --mall dalarna-2024.yaml
check "the new file names the revised questionnaire" grep -q "^mall: dalarna-2024" 2026-11_alvdalen_kommun.yaml
check "the new file has no ANDT area" test "$(grep -c '^  andt:' 2026-11_alvdalen_kommun.yaml)" = 0
# validate finds the questionnaire beside the report.
run 1 validate 2026-11_alvdalen_kommun.yaml
check "found beside the report (only completeness errors)" test "$(grep -c 'okand-mall' <<<"$out")" = 0

# Fill both parties' November files on the revised questionnaire.
mv 2026-11_alvdalen_kommun.yaml tom.yaml
for p in kommun polis; do
  sed -e 's/^part: kommun/part: '"$p"'/' tom.yaml >tmp.yaml
  sed -e 's/^organisation: */organisation: Org  /' -e 's/^upprättad_av: */upprättad_av: Roll  /' \
      -e 's/^    trend: /    trend: okänd/' -e 's/^    # inget_att_rapportera: true/    inget_att_rapportera: true/' \
      tmp.yaml >2026-11_alvdalen_$p.yaml
done
rm tmp.yaml
run 0 validate 2026-11_alvdalen_kommun.yaml 2026-11_alvdalen_polis.yaml

# October's joint picture (old questionnaire) has an open action in ANDT.
cp "$SOURCE_DIR"/examples/2026-10_alvdalen_*.yaml .
run 0 merge 2026-10_alvdalen_kommun.yaml 2026-10_alvdalen_polis.yaml
perl -0pi -e 's/^åtgärdsplan: \[\]\n/åtgärdsplan:\n  - id: Å1\n    åtgärd: Langningskontroller\n    område: andt\n    ansvarig: polis\n    status: pågående\n/m' \
  2026-10_alvdalen_gemensam.yaml
run 0 merge 2026-11_alvdalen_kommun.yaml 2026-11_alvdalen_polis.yaml --previous 2026-10_alvdalen_gemensam.yaml
expect_output "hörde till området \`andt\`, som inte finns i mallen dalarna-2024"
check "the action is carried" grep -q "^  - id: Å1" 2026-11_alvdalen_gemensam.yaml
run 0 validate 2026-11_alvdalen_gemensam.yaml

# Parties on different questionnaires in one month: refused, saying what to do.
cp "$SOURCE_DIR/examples/2026-10_alvdalen_kommun.yaml" gammal.yaml
sed -i 's/^period: 2026-10/period: 2026-11/' gammal.yaml
run 1 merge gammal.yaml 2026-11_alvdalen_polis.yaml -o blandat.yaml
expect_output "be parterna använda samma mall"

# The summary counts the revised months by the areas they share.
mkdir arkiv && cp 2026-1[01]_alvdalen_{kommun,polis}.yaml dalarna-2024.yaml arkiv/
run 0 summary arkiv --to 2026-11 --months 2 --today 2026-11-01 --format json -o s.json
check "the revised months are not missing" grep -qF '"period": "2026-11", "saknade_parter": [], "ogiltiga_parter": [], "ofullständiga_parter": [], "gemensam_ogiltig": false, "andra_mallar": ["kommun: dalarna-2024", "polis: dalarna-2024"]' s.json
finish
