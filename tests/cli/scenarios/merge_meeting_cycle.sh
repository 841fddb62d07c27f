#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The monthly cycle: merge both parties' pictures, work on the joint file at
# the meeting, re-merge after a party corrects its file, carry open actions
# into next month. Nothing written at the meeting may be lost.
source "$(dirname "$0")/lib.bash"

cp "$SOURCE_DIR"/examples/2026-10_alvdalen_*.yaml .
chmod 600 2026-10_alvdalen_polis.yaml
run 0 merge 2026-10_alvdalen_kommun.yaml 2026-10_alvdalen_polis.yaml
expect_output "Skrev 2026-10_alvdalen_gemensam.yaml (gemensam lägesbild för Älvdalen, oktober 2026; parter: kommun, polis)"
check "the joint picture is exactly the expected file, after the line naming its schema" \
  same_as_golden "$SOURCE_DIR/tests/cli/merge/2026-10_alvdalen_gemensam.yaml" 2026-10_alvdalen_gemensam.yaml \
  dalarna-2019.gemensam.schema.json
not_on_windows "POSIX file modes (on Windows the folder's ACL protects the file)" &&
  check "the joint file is no more readable than the most protected input" \
  test "$(stat -c %a 2026-10_alvdalen_gemensam.yaml)" = 600
run 0 validate 2026-10_alvdalen_gemensam.yaml
run 1 validate --final 2026-10_alvdalen_gemensam.yaml
expect_output "fokusområdet \`hot_och_våld\` saknar gemensam trend"
expect_output "parten \`polis\` har inte godkänt"

# The meeting: agreed trends, assessment, priority, cause analysis, actions, approvals.
J=2026-10_alvdalen_gemensam.yaml
sed -i -e '/^  hot_och_våld:/,/^  # 3/ s/gemensam: ~ /gemensam: minskande/' \
       -e '/^  extremism_och_kriminella_nätverk:/,/^  # 4/ s/gemensam: ~ /gemensam: okänd/' \
       -e '/^  andt:/,/^  # 6/ s/gemensam: ~ /gemensam: ökande/' \
       -e '/^  ordningsstörningar:/,/^  # 2/ s/prioritet: ~ /prioritet: 1/' \
       -e '/^  ordningsstörningar:/,/^  # 2/ s/gemensam_bedömning: "" /gemensam_bedömning: "Skadegörelsen i centrum ökar; samma plats hos båda parter."/' \
       -e 's/^  kommun: ~/  kommun: {datum: 2026-11-20, av: Säkerhetssamordnare}/' \
       -e 's/^  polis: ~/  polis: {datum: 2026-11-21, av: Kommunpolis}/' "$J"
perl -0pi -e 's/^orsaksanalys: \[\]\n/orsaksanalys:\n  - problem: Skadegörelse på busskurer i centrum\n    område: ordningsstörningar\n    orsaker:\n      brottsutsatt: [Busskurerna saknar belysning]\n      gärningsperson: [Ungdomar utan aktivitet fredagskvällar]\n      plats: [Ingen naturlig övervakning efter kl. 22]\n/m' "$J"
perl -0pi -e 's/^åtgärdsplan: \[\]\n/åtgärdsplan:\n  - id: Å1\n    åtgärd: Förbättrad belysning vid busskurerna på Dalgatan\n    område: ordningsstörningar\n    orsak: Busskurerna saknar belysning\n    mål: Färre anmälningar om skadegörelse kvällstid\n    ansvarig: kommun\n    klart_senast: 2027-01-31\n    status: pågående\n  - id: Å2\n    åtgärd: Extra patrullering fredagskvällar\n    ansvarig: polis\n    status: klar\n    från_period: 2026-10\n  - id: Å3\n    åtgärd: Nattvandring med föreningar\n    ansvarig: gemensam\n    status: inställd\n/m' "$J"
run 0 validate --final "$J"
expect_output "$J: godkänd"
cp "$J" meeting.yaml

# The police correct their file and add an observation; merging again keeps
# everything from the meeting.
sed -i 's/^        antal: 5$/        antal: 6/' 2026-10_alvdalen_polis.yaml
perl -0pi -e 's/(\n    iakttagelser:\n)/$1      - vad: Nattlig buskörning på torget\n        var: Torget\n/' 2026-10_alvdalen_polis.yaml
run 0 merge 2026-10_alvdalen_kommun.yaml 2026-10_alvdalen_polis.yaml
expect_output "Uppdaterade 2026-10_alvdalen_gemensam.yaml"
expect_output "parternas underlag har ändrats efter godkännandet"
check "the approval warning is said once" test "$(grep -c "\[godkannande\]" <<<"$out")" = 1
# The file grew above the approvals: the warning names the line they stand on now.
approvals_line=$(($(grep -n '^godkännande:' "$J" | cut -d: -f1) + 1))
check "the approval warning names the approvals' line in the file written" \
  grep -qF "$J:$approvals_line:3: varning: parternas underlag har ändrats" <<<"$out"
perl -0pi -e 's/      - vad: Nattlig buskörning på torget\n        var: Torget\n//' 2026-10_alvdalen_polis.yaml
run 0 merge 2026-10_alvdalen_kommun.yaml 2026-10_alvdalen_polis.yaml

check "the correction is in" grep -q "antal: 6" "$J"
for kept in "gemensam: minskande" "gemensam: okänd" "prioritet: 1" \
  'gemensam_bedömning: Skadegörelsen i centrum ökar; samma plats hos båda parter.' \
  "problem: Skadegörelse på busskurer i centrum" "plats:" "- Ingen naturlig övervakning efter kl. 22" \
  "- id: Å1" "klart_senast: 2027-01-31" "status: pågående" "- id: Å3" \
  'kommun: {datum: 2026-11-20, av: "Säkerhetssamordnare", underlag_ändrat: true}' \
  'polis: {datum: 2026-11-21, av: "Kommunpolis", underlag_ändrat: true}'; do
  check "kept after re-merge: $kept" grep -qF -- "$kept" "$J"
done
check "the correction is in, once" test "$(diff meeting.yaml "$J" | grep -c '^[<>].*antal')" = 2
# Approvals given before the change no longer count, until given again.
run 1 validate --final "$J"
expect_output "parten \`polis\` godkände innan parternas underlag ändrades"
sed -i 's/, underlag_ändrat: true//' "$J"
run 0 validate --final "$J"
run 0 merge 2026-10_alvdalen_kommun.yaml 2026-10_alvdalen_polis.yaml
check "a merge with nothing changed changes nothing" grep -qF 'polis: {datum: 2026-11-21, av: "Kommunpolis"}' "$J"

# Text from the parties edited by hand in the joint file would be lost: refuse.
cp "$J" before-edit.yaml
sed -i 's/vad: Anmälningar om skadegörelse på busskurer och skyltar./vad: Rättat vid mötet./' "$J"
run 1 merge 2026-10_alvdalen_kommun.yaml 2026-10_alvdalen_polis.yaml
expect_output "[andrad-partstext]"
expect_output "Rätta i partens egen fil"
check "the hand-edited file is untouched" grep -qF "vad: Rättat vid mötet." "$J"
# Every command that reads the approved joint picture acts on the edit.
run 0 validate "$J"
expect_output "varning: texten från polis i \`ordningsstörningar\` (trend, iakttagelser eller bedömning) skiljer sig från 2026-10_alvdalen_polis.yaml"
run 1 validate --final "$J"
expect_output "[andrad-partstext]"
run 0 render "$J"
expect_output "**UTKAST – parternas text har ändrats för hand efter lagesbild merge: Ordningsstörningar och otrygghet (polis) skiljer sig från 2026-10\_alvdalen\_polis.yaml.**"
mkdir mappen && cp 2026-10_alvdalen_kommun.yaml 2026-10_alvdalen_polis.yaml "$J" mappen/
run 0 status mappen --period 2026-10
expect_output "giltig, inte slutlig: parternas text ändrad för hand efter merge"
cp before-edit.yaml "$J"
cp "$J" mappen/
run 0 status mappen --period 2026-10
expect_output "2026-10_alvdalen_gemensam.yaml    giltig, slutlig"  # mappen/ or mappen\ on Windows

# An agreed trend that merge pre-filled follows the parties when they disagree.
sed -i '0,/^    trend: ökande/s//    trend: minskande/' 2026-10_alvdalen_polis.yaml
run 0 merge 2026-10_alvdalen_kommun.yaml 2026-10_alvdalen_polis.yaml
expect_output "var ifylld för att alla parter var överens"
check "the pre-filled agreed trend is cleared" \
  test "$(sed -n '/^  ordningsstörningar:/,/^  # 2/p' "$J" | grep -c 'gemensam: ~')" = 1
sed -i '0,/^    trend: minskande/s//    trend: ökande/' 2026-10_alvdalen_polis.yaml
run 0 merge 2026-10_alvdalen_kommun.yaml 2026-10_alvdalen_polis.yaml
sed -i 's/, underlag_ändrat: true//' "$J"
run 0 validate --final "$J"

# A joint file written by the previous version (one checksum, [ ] lists in
# its comments) is merged again as it is, and gets the new checksums.
cp "$J" current.yaml
perl -0pi -e 's/^# Kontrollsummor.*?\n(#.*\n)*underlag:\n  summa: (\w+)\n(  .*\n)*/# Kontrollsumma över parternas delar (skrivs av lagesbild merge; ändra den inte).\n# Den visar om parternas text ändrats för hand, och om underlaget ändrats efter\n# ett godkännande.\nunderlag: $2\n/m' "$J"
perl -0pi -e 's/^#       brottsutsatt:\n#  .*\n/#       brottsutsatt: [Busskurerna saknar belysning]\n/m' "$J"
check "the file looks as the previous version wrote it" grep -q "^underlag: [0-9a-f]*$" "$J"
run 0 validate --final "$J"
run 0 merge 2026-10_alvdalen_kommun.yaml 2026-10_alvdalen_polis.yaml
check "merging it again gives today's file" cmp -s current.yaml "$J"

# Comments typed into the joint file would be lost: refuse, change nothing.
sed -i 's/^    prioritet: 1 .*/    prioritet: 1  # beslutat på mötet 20 nov/' "$J"
cp "$J" with-comment.yaml
run 1 merge 2026-10_alvdalen_kommun.yaml 2026-10_alvdalen_polis.yaml
expect_output "[egen-kommentar]"
expect_output "inget skrevs"
check "the file with the comment is untouched" cmp -s with-comment.yaml "$J"
sed -i 's/  # beslutat på mötet 20 nov//' "$J"

# Next month: open actions are carried forward with their id and from-period.
for p in kommun polis; do
  sed -e 's/^period: 2026-10/period: 2026-11/' -e 's/^upprättad: 2026-11-0/upprättad: 2026-12-0/' \
    2026-10_alvdalen_$p.yaml >2026-11_alvdalen_$p.yaml
done
run 0 merge 2026-11_alvdalen_kommun.yaml 2026-11_alvdalen_polis.yaml --previous "$J"
expect_output "1 öppen åtgärd från en tidigare månad"
N=2026-11_alvdalen_gemensam.yaml
check "Å1 (pågående) is carried" grep -q -- "- id: Å1" "$N"
check "Å1 keeps its from-period" grep -q "från_period: 2026-10" "$N"
check "Å2 (klar) is not carried" test "$(grep -c -- '- id: Å2' "$N")" = 0
check "Å3 (inställd) is not carried" test "$(grep -c -- '- id: Å3' "$N")" = 0
check "approvals start afresh" grep -q "^  kommun: ~" "$N"
check "the month the actions came from is recorded" grep -q "^åtgärder_från: 2026-10" "$N"
run 0 validate "$N"
# The meeting removes a carried action; merging again does not bring it back.
perl -0pi -e 's/  - id: Å1\n(    .*\n)+//' "$N"
check "Å1 removed by the meeting" test "$(grep -c -- '^  - id: Å1' "$N")" = 0
run 0 merge 2026-11_alvdalen_kommun.yaml 2026-11_alvdalen_polis.yaml --previous "$J"
check "a removed action stays removed" test "$(grep -c -- '^  - id: Å1' "$N")" = 0

# Refusals: nothing is written.
run 1 merge 2026-10_alvdalen_kommun.yaml 2026-11_alvdalen_polis.yaml -o blandat.yaml
expect_output "filerna gäller olika perioder: 2026-10_alvdalen_kommun.yaml gäller 2026-10 men 2026-11_alvdalen_polis.yaml gäller 2026-11"
check "nothing written for different periods" test ! -e blandat.yaml
sed 's/^kommun: Älvdalen/kommun: Mora/' 2026-10_alvdalen_polis.yaml >mora_polis.yaml
run 1 merge 2026-10_alvdalen_kommun.yaml mora_polis.yaml -o blandat.yaml
expect_output "filerna gäller olika kommuner: 2026-10_alvdalen_kommun.yaml gäller Älvdalen men mora_polis.yaml gäller Mora"
# Håbo and Habo: one file name (habo), two municipalities. Not merged, and
# Håbo's joint picture is not overwritten by Habo's.
mkdir habo
sed 's/^kommun: Älvdalen/kommun: Håbo/' 2026-10_alvdalen_kommun.yaml >habo/2026-10_habo_kommun.yaml
sed 's/^kommun: Älvdalen/kommun: Habo/' 2026-10_alvdalen_polis.yaml >habo/2026-10_habo_polis.yaml
run 1 merge habo/2026-10_habo_kommun.yaml habo/2026-10_habo_polis.yaml -o blandat.yaml
expect_output "gäller Håbo men 2026-10_habo_polis.yaml gäller Habo. Namnen skiljer sig bara i å, ä eller ö"
check "nothing written for Håbo and Habo" test ! -e blandat.yaml
run 0 merge habo/2026-10_habo_kommun.yaml
cp habo/2026-10_habo_gemensam.yaml habo/gemensam-före.yaml
run 3 merge habo/2026-10_habo_polis.yaml -o habo/2026-10_habo_gemensam.yaml
expect_output "är den gemensamma lägesbilden för Håbo 2026-10 (mall dalarna-2019), inte för Habo 2026-10"
check "Håbo's joint picture is left as it was" cmp -s habo/2026-10_habo_gemensam.yaml habo/gemensam-före.yaml
cp 2026-10_alvdalen_polis.yaml polis-kopia.yaml
run 1 merge 2026-10_alvdalen_polis.yaml polis-kopia.yaml -o blandat.yaml
expect_output "två filer för parten polis"
run 1 merge "$J" 2026-10_alvdalen_polis.yaml -o blandat.yaml
expect_output "Ange parternas egna filer"
run 1 merge 2026-10_alvdalen_kommun.yaml 2026-10_alvdalen_polis.yaml --previous "$N" -o blandat.yaml
expect_output "--previous ska vara en tidigare månads gemensamma lägesbild"
sed 's/trend: ökande/trend: ökad/' 2026-10_alvdalen_polis.yaml >trasig_polis.yaml
run 1 merge 2026-10_alvdalen_kommun.yaml trasig_polis.yaml -o blandat.yaml
expect_output "Menade du \`ökande\`?"
check "nothing written for invalid input" test ! -e blandat.yaml
run 3 merge 2026-10_alvdalen_kommun.yaml 2026-10_alvdalen_polis.yaml -o 2026-10_alvdalen_kommun.yaml
expect_output "ingen gemensam lägesbild; den skrivs inte över"
run 3 merge 2026-11_alvdalen_kommun.yaml 2026-11_alvdalen_polis.yaml -o "$J"
expect_output "är den gemensamma lägesbilden för Älvdalen 2026-10"
mkdir utmapp
run 3 merge 2026-10_alvdalen_kommun.yaml 2026-10_alvdalen_polis.yaml -o utmapp
expect_output "utmapp är en mapp"
run 2 merge 2026-10_alvdalen_kommun.yaml 2026-10_alvdalen_polis.yaml -o dokument.md
expect_output "ett dokument görs med lagesbild render"
echo "annan text" >annat.yaml
run 3 merge 2026-10_alvdalen_kommun.yaml 2026-10_alvdalen_polis.yaml -o annat.yaml
expect_output "finns redan och är ingen gemensam lägesbild"
check "the other file is untouched" grep -q "annan text" annat.yaml

# Running `merge *.yaml` again: last run's output is not taken as an input.
mkdir igen && cp 2026-10_alvdalen_kommun.yaml 2026-10_alvdalen_polis.yaml igen/
cd igen
run 0 merge ./*.yaml
run 0 merge ./*.yaml
cd ..
check "merge *.yaml twice works" test -f igen/2026-10_alvdalen_gemensam.yaml

# A party's file named with an identity number: the name is recorded masked.
cp 2026-10_alvdalen_polis.yaml igen/8112189876.yaml
run 0 merge igen/2026-10_alvdalen_kommun.yaml igen/8112189876.yaml -o igen/maskerad.yaml
check "the file name is recorded masked" grep -qF "fil: XXXXXXXXXX.yaml" igen/maskerad.yaml
check "no temporary files are left" test "$(ls -A | grep -c tmp)" = 0

# A party without a file: a warning, and the joint picture records it.
mkdir ensam && cp 2026-10_alvdalen_kommun.yaml ensam/
run 0 merge ensam/2026-10_alvdalen_kommun.yaml
expect_output "parten polis har ingen lägesbild för 2026-10"
expect_output "saknas: polis"
check "missing party recorded" grep -q "^saknade_parter:" ensam/2026-10_alvdalen_gemensam.yaml
run 1 validate --final ensam/2026-10_alvdalen_gemensam.yaml
expect_output "parten \`polis\` lämnade ingen lägesbild"
finish
