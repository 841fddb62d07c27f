#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# An official creates this month's file, fills it in, and validates it.
source "$(dirname "$0")/lib.bash"

run 0 new --kommun Älvdalen --part polis --period 2026-11 --upprattad 2026-12-02
expect_output "Skapade 2026-11_alvdalen_polis.yaml"
check "the file is created" test -f 2026-11_alvdalen_polis.yaml
not_on_windows "POSIX file modes (on Windows the folder's ACL protects the file)" &&
  check "the new file is readable by owner and group only" \
  test "$(stat -c %a 2026-11_alvdalen_polis.yaml)" = 640
check "the file is exactly the expected template, after the line naming its schema" \
  same_as_golden "$SOURCE_DIR/tests/cli/new/2026-11_alvdalen_polis.yaml" 2026-11_alvdalen_polis.yaml \
  dalarna-2019.lokal.schema.json

# Never overwrite an official's work.
echo "# mitt arbete" >>2026-11_alvdalen_polis.yaml
cp 2026-11_alvdalen_polis.yaml before.yaml
run 3 new --kommun Älvdalen --part polis --period 2026-11
expect_output "finns redan och skrivs inte över"
check "the existing file is untouched" cmp -s before.yaml 2026-11_alvdalen_polis.yaml

# A fresh file is valid YAML but not complete: each area is named.
run 1 validate 2026-11_alvdalen_polis.yaml
expect_output "2026-11_alvdalen_polis.yaml: 14 fel, 0 varning(ar)"
expect_output "fokusområdet \`andt\` (Alkohol, narkotika, dopning och tobak) är inte besvarat"

# Fill it in as in an editor: organisation, role, a trend and an answer per area.
sed -e 's/^organisation: */organisation: Lokalpolisområde Mora  /' \
    -e 's/^upprättad_av: */upprättad_av: Kommunpolis  /' \
    -e 's/^    trend: /    trend: oförändrad/' \
    -e 's/^    # inget_att_rapportera: true/    inget_att_rapportera: true/' \
    2026-11_alvdalen_polis.yaml >filled.yaml
mv filled.yaml 2026-11_alvdalen_polis.yaml
run 0 validate 2026-11_alvdalen_polis.yaml
expect_output "2026-11_alvdalen_polis.yaml: godkänd"

# The example observation uncommented but not rewritten is caught.
sed -i '0,/^      # - vad: /s//      - vad: /' 2026-11_alvdalen_polis.yaml
sed -i '0,/^    inget_att_rapportera: true/s//    # inget_att_rapportera: true/' 2026-11_alvdalen_polis.yaml
run 1 validate 2026-11_alvdalen_polis.yaml
expect_output "innehåller fortfarande mallens exempeltext"
# A questionnaire given where a report belongs is named as such.
run 1 validate "$SOURCE_DIR/templates/dalarna-2019.yaml"
expect_output "filen är en mall (ett frågeformulär), inte en lägesbild"

# --force, -o, and the defaults.
run 0 new --kommun "Malung-Sälen" --part kommun -o egen.yaml --klassificering sekretess --sekretessgrund "OSL 35 kap. 1 §"
check "the legal ground is filled in" grep -q "^sekretessgrund: OSL 35 kap. 1 §" egen.yaml
run 2 new --kommun Mora --part kommun --klassificering sekretess
expect_output "kräver --sekretessgrund"
run 2 new --kommun Mora --part kommun --upprattad-av "Anna 811218-9876"
expect_output "ett personnummer står i en flagga"
mkdir mapp
run 3 new --kommun Mora --part kommun -o mapp
expect_output "mapp är en mapp"
check "-o names the file" test -f egen.yaml
run 0 new --kommun Älvdalen --part polis --period 2026-11 --force
run 2 new --kommun Älvdalen --part polisen
expect_output "Menade du polis?"
run 2 new --kommun Älvdalen --part kommun --period 2026-13
expect_output "--period \"2026-13\" är ingen månad"
run 2 new --kommun Älvdalen --part kommun --mall dalarna-2091
expect_output "Menade du dalarna-2019?"
run 2 new --part kommun
expect_output "--kommun måste anges"
run 3 new --kommun Älvdalen --part kommun -o /nonexistent-folder/x.yaml
expect_output "mappen finns inte"
finish
