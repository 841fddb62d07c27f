#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# October → November with format 1.1 (lagesbild(5) §6): what the October
# meeting agreed (promises, priorities, cause analyses, the next meeting,
# its place, the registry number)
# arrives in November's joint picture as proposals, once; what the November
# meeting deletes does not come back when the picture is merged again.
source "$(dirname "$0")/lib.bash"

cp "$SOURCE_DIR"/examples/2026-09_alvdalen_gemensam.yaml "$SOURCE_DIR"/examples/2026-10_alvdalen_*.yaml .
run 0 merge 2026-10_alvdalen_kommun.yaml 2026-10_alvdalen_polis.yaml --previous 2026-09_alvdalen_gemensam.yaml
expect_output "Förslag från september 2026 att bekräfta eller ta bort vid mötet: 2 medborgarlöften, prioritet i 1 område, 1 orsaksanalys, mötesdatum 11 november 2026, mötesplats Kommunhuset, Älvdalen och diarienummer KS 2026/118."
O=2026-10_alvdalen_gemensam.yaml
check "September's nästa_möte is October's meeting date" grep -q "^  datum: 2026-11-11 " "$O"

# The October meeting: who came, the next meeting, a new priority with its
# cause analysis, a new promise and an action that serves it, approvals.
sed -i -e 's/^diarienummer: [^#]*#/diarienummer: KS 2026\/130 #/' \
  -e 's/^  plats: [^#]*#/  plats: Rådhuset, Älvdalen #/' \
  -e 's/^  nästa_möte: /  nästa_möte: 2026-12-09/' \
  -e '/^  hot_och_våld:$/,/^  # 3/ s/gemensam: ~ /gemensam: minskande/' \
  -e '/^  extremism_och_kriminella_nätverk:$/,/^  # 4/ s/gemensam: ~ /gemensam: okänd/' \
  -e '/^  andt:$/,/^  # 6/ s/gemensam: ~ /gemensam: ökande/' \
  -e '/^  ungdomar_och_skolor:$/,/^  # 5/ s/prioritet: ~ /prioritet: 2/' \
  -e 's/^  kommun: ~/  kommun: {datum: 2026-11-11, av: Säkerhetssamordnare}/' \
  -e 's/^  polis: ~/  polis: {datum: 2026-11-12, av: Kommunpolis}/' "$O"
perl -0pi -e 's/^(  närvarande: +# Vilka var med\?.*)\n/$1\n    - {part: kommun, roll: Säkerhetssamordnare}\n    - {part: polis, roll: Kommunpolis}\n    - {roll: Rektor, organisation: Älvdalsskolan}\n/m' "$O"
perl -0pi -e 's/(    från_period: 2026-09\n)(\n# Medborgarlöften)/$1  - problem: Bråk på högstadiet som fortsätter i sociala medier\n    område: ungdomar_och_skolor\n    orsaker:\n      brottsutsatt: [Elever som är ensamma på rasterna]\n      gärningsperson: [Samma grupp som samlas i centrum fredagar]\n      plats: [Skolgården bakom idrottshallen saknar rastvakt]\n$2/' "$O"
perl -0pi -e 's/(    gäller: 2026-07\.\.2027-06\n)/$1  - id: M3\n    löfte: Vi ska ha rastvakter på högstadiets skolgård hela hösten.\n    gäller: 2026-10..2026-12\n/' "$O"
perl -0pi -e 's/(\n# Varje parts godkännande)/  - id: Å4\n    åtgärd: Rastvakter på skolgården bakom idrottshallen\n    område: ungdomar_och_skolor\n    orsak: Skolgården bakom idrottshallen saknar rastvakt\n    ansvarig: kommun\n    ansvarig_funktion: Barn- och utbildningsförvaltningen\n    medborgarlöfte: M3\n    klart_senast: 2026-12-18\n    status: planerad\n$1/' "$O"
run 0 validate --final "$O"
expect_output "$O: godkänd"

# November: both parties' files, merged with October's joint picture.
for p in kommun polis; do
  sed -e 's/^period: 2026-10/period: 2026-11/' -e 's/^upprättad: 2026-11-0/upprättad: 2026-12-0/' \
    2026-10_alvdalen_$p.yaml >2026-11_alvdalen_$p.yaml
done
run 0 merge 2026-11_alvdalen_kommun.yaml 2026-11_alvdalen_polis.yaml --previous "$O"
expect_output "3 öppna åtgärder från tidigare månader finns i åtgärdsplanen."
expect_output "Förslag från oktober 2026 att bekräfta eller ta bort vid mötet: 3 medborgarlöften, prioritet i 2 områden, 2 orsaksanalyser, mötesdatum 9 december 2026, mötesplats Rådhuset, Älvdalen och diarienummer KS 2026/130."
N=2026-11_alvdalen_gemensam.yaml
# LAGESBILD_UPDATE_GOLDEN=1 rewrites the expected file, as for the other golden tests.
[ "${LAGESBILD_UPDATE_GOLDEN:-}" = 1 ] && tail -n +2 "$N" >"$SOURCE_DIR/tests/cli/merge/2026-11_alvdalen_gemensam.yaml"
check "November's joint picture is exactly the expected file, after the line naming its schema" \
  same_as_golden "$SOURCE_DIR/tests/cli/merge/2026-11_alvdalen_gemensam.yaml" "$N" \
  dalarna-2019.gemensam.schema.json
for promise in "- id: M1" "- id: M2" "- id: M3"; do
  check "promise in force carried: $promise" grep -qF -- "  $promise" "$N"
done
check "both priorities carried" test "$(grep -cE '^    prioritet: [12] ' "$N")" = 2
check "the cause analyses keep the month they were written" \
  test "$(grep -c '^    från_period: 2026-09$' "$N")" -ge 1 -a "$(grep -c '^    från_period: 2026-10$' "$N")" -ge 1
check "October's nästa_möte is November's meeting date" grep -q "^  datum: 2026-12-09 " "$N"
check "who came is for this meeting to write" grep -qE "^  närvarande: +#" "$N"
check "nobody is listed as present" test "$(grep -A1 '^  närvarande:' "$N" | tail -n1 | cut -d: -f1)" = "  nästa_möte"
check "October's registry number proposed" grep -q "^diarienummer: KS 2026/130 " "$N"
check "October's meeting place proposed" grep -q "^  plats: Rådhuset, Älvdalen " "$N"
check "approvals start afresh" grep -q "^  kommun: ~" "$N"
run 0 validate "$N"

# The November meeting deletes the promise M3 ...
perl -0pi -e 's/  - id: M3\n(    .*\n)+//' "$N"
run 1 merge 2026-11_alvdalen_kommun.yaml 2026-11_alvdalen_polis.yaml --previous "$O"
expect_output "medborgarlöftet \`M3\` finns inte under \`medborgarlöften\`"
expect_output "inget skrevs"
# ... and the action that served it, the priority of ungdomar_och_skolor and its cause analysis.
sed -i -e 's/^    medborgarlöfte: M3$/    medborgarlöfte: ~/' \
  -e '/^  ungdomar_och_skolor:$/,/^  # 5/ s/prioritet: 2 /prioritet: ~ /' "$N"
perl -0pi -e 's/  - problem: Bråk på högstadiet.*\n(    .*\n)+//' "$N"
run 0 validate "$N"
cp "$N" deleted.yaml
run 0 merge 2026-11_alvdalen_kommun.yaml 2026-11_alvdalen_polis.yaml --previous "$O"
check "no new proposals on the second merge" test "$(grep -c 'Förslag från' <<<"$out")" = 0
check "a deleted promise does not come back" test "$(grep -c -- '- id: M3' "$N")" = 0
check "a deleted cause analysis does not come back" test "$(grep -c 'Bråk på högstadiet' "$N")" = 0
check "a deleted priority does not come back" test "$(grep -cE '^    prioritet: 2 ' "$N")" = 0
check "the re-merge changes nothing the meeting wrote" cmp -s deleted.yaml "$N"

# A joint file with the note beside åtgärder_från as an earlier build worded
# it: merge knows it as its own, not as a comment someone typed.
perl -0pi -e 's/# prioriterade områden, mötesdatum, mötesplats och diarienummer\. Det är förslag:\n# bekräfta, ändra eller ta bort dem vid mötet\. Det som tas bort kommer inte tillbaka\.\n/# prioriterade områden och mötesdatum. Det är förslag: bekräfta, ändra eller ta\n# bort dem vid mötet. Det som tas bort kommer inte tillbaka.\n/' "$N"
check "the earlier wording is in the file" grep -qF "# prioriterade områden och mötesdatum. Det är förslag" "$N"
run 0 merge 2026-11_alvdalen_kommun.yaml 2026-11_alvdalen_polis.yaml
check "re-merged, it has the present wording again" cmp -s deleted.yaml "$N"

# The document shows what the picture carried, and who is to sign.
run 0 render "$N" -o november.md
check "the first page sums up" grep -qF "## Sammanfattning" november.md
check "a carried cause analysis says when it was written" grep -qF "Från september 2026." november.md
check "the meeting date" grep -qF "**Möte:** 9 december 2026" november.md
check "promises with their actions" grep -qF "Åtgärd: Å1." november.md
finish
