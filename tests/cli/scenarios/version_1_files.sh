#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Files from the previous release (format 1, before 1.1's optional keys) in
# tests/cli/version-1/: the example pictures as it shipped them and the joint
# picture its merge wrote for October. They still validate, merge, merge
# again and render, and an approval given before the upgrade still counts.
source "$(dirname "$0")/lib.bash"
cp "$SOURCE_DIR"/tests/cli/version-1/*.yaml .
V=2026-10_alvdalen_gemensam.yaml
check "the files are version 1, without 1.1's keys" \
  test "$(cat ./*.yaml | grep -cE '^(diarienummer|möte|medborgarlöften):|ansvarig_funktion|medborgarlöfte:')" = 0

run 0 validate ./*.yaml
for f in ./*.yaml; do expect_output "$f: godkänd"; done

# A new month merged with last month's version-1 joint picture: its open
# actions, priority and cause analysis come along.
mkdir ny && cp 2026-10_alvdalen_kommun.yaml 2026-10_alvdalen_polis.yaml ny/
run 0 merge ny/2026-10_alvdalen_kommun.yaml ny/2026-10_alvdalen_polis.yaml --previous 2026-09_alvdalen_gemensam.yaml
expect_output "2 öppna åtgärder från tidigare månader finns i åtgärdsplanen."
expect_output "Förslag från september 2026 att bekräfta eller ta bort vid mötet: prioritet i 1 område och 1 orsaksanalys."
run 0 validate ny/$V

# The joint file the previous release wrote, approved at the meeting, merged
# again after the upgrade: its comments count as merge's own, the parties'
# sources join the provenance without touching the checksum, so the
# approvals still count.
sed -i -e 's/^  kommun: ~/  kommun: {datum: 2026-11-20, av: Säkerhetssamordnare}/' \
  -e 's/^  polis: ~/  polis: {datum: 2026-11-21, av: Kommunpolis}/' $V
summa=$(sed -n 's/^underlag: //p' $V)
run 0 merge 2026-10_alvdalen_kommun.yaml 2026-10_alvdalen_polis.yaml
expect_output "Uppdaterade $V"
check "no warning about changed material" test "$(grep -c 'underlag' <<<"$out")" = 0
check "the checksum is unchanged" grep -qxF "  summa: $summa" $V
check "the approvals still count" grep -qF 'kommun: {datum: 2026-11-20, av: "Säkerhetssamordnare"}' $V
check "the parties' sources are recorded" grep -qF "källor: [kommunpolis, brottsstatistik]" $V
check "1.1's keys are written as empty fields" grep -q "^möte:" $V
run 0 validate $V

run 0 render 2026-09_alvdalen_gemensam.yaml -o september.md
check "a version-1 picture renders with its summary" grep -qF "## Sammanfattning" september.md
check "a version-1 picture without a meeting says so" grep -qF "**Möte:** ej angivet" september.md
finish
