#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Exit codes a cron job relies on, and help in Swedish.
source "$(dirname "$0")/lib.bash"

run 0 --help
expect_output "Användning: lagesbild"
expect_output "validate"
run 0 validate --help
expect_output "Kontrollera lägesbilder"
run 0 --version
expect_output "lagesbild "
run 2
expect_output "ange ett kommando"
run 2 valdiate x.yaml
expect_output "Menade du \`lagesbild validate\`?"
run 2 validate --format xml "$SOURCE_DIR/examples/2026-10_alvdalen_kommun.yaml"
run 2 validate finns-inte.yaml
expect_output "finns-inte.yaml: fel: filen finns inte."
run 2 validate .
expect_output "det här är en mapp"
run 0 validate "$SOURCE_DIR"/examples/*.yaml
# Option values: said in Swedish, naming the option; --help without CLI11's English.
run 2 validate -j 5000 "$SOURCE_DIR/examples/2026-10_alvdalen_kommun.yaml"
expect_output "-j ska vara ett heltal från 1 till 1024, eller 0 för en per kärna, inte \"5000\""
run 2 summary --months tolv
expect_output "ange ett värde av rätt slag för --months"
run 0 validate --help
expect_output "-j,--jobs ANTAL             Antal filer"
run 0 templates
expect_output "dalarna-2019"
run 0 mallar

# Warnings pass, unless --strict.
sed 's/vaktmästaren misstänker/vaktmästaren (070-123 45 67) misstänker/' \
  "$SOURCE_DIR/examples/2026-10_alvdalen_kommun.yaml" >varning.yaml
run 0 validate varning.yaml
expect_output "varning: ett telefonnummer"
run 1 validate --strict varning.yaml

# At most 100 problems per file are listed, then one line for the rest:
# 130 unknown keys and a wrong period give 100 listed and "ytterligare 31".
{ sed -n '1,6p' "$SOURCE_DIR/examples/2026-10_alvdalen_kommun.yaml"; for i in $(seq 130); do echo "okand$i: x"; done
  sed -n '7,$p' "$SOURCE_DIR/examples/2026-10_alvdalen_kommun.yaml"; } | sed 's/^period: 2026-10/period: 2026-13/' >manga.yaml
run 1 validate manga.yaml
check "one line says how many more problems there are" test "$(grep -c ytterligare <<<"$out")" = 1
expect_output "ytterligare 31 problem visas inte"
check "100 problems are listed" test "$(grep -c "^manga.yaml:[0-9]*:[0-9]*: fel" <<<"$out")" = 100

# An -o name the file system cannot take is wrong use (exit 2) with a
# Swedish message, for every command that writes, and nothing is written.
long=$(printf 'x%.0s' $(seq 300))
for words in "new --kommun Mora --part polis" \
             "merge $SOURCE_DIR/examples/2026-10_alvdalen_kommun.yaml $SOURCE_DIR/examples/2026-10_alvdalen_polis.yaml" \
             "render $SOURCE_DIR/examples/2026-10_alvdalen_kommun.yaml" "summary $SOURCE_DIR/examples" \
             "year --kommun Älvdalen $SOURCE_DIR/examples"; do
  run 2 $words -o "$long.yaml"
  expect_output "filnamnet är för långt (305 tecken)"
done
check "nothing was written for a long -o" test -z "$(ls | grep xxx)"

# Questionnaires are found from the environment, too.
mkdir mallar
run 0 templates
LAGESBILD_MALLAR="$WORK/mallar" "$LAGESBILD" templates >/dev/null 2>&1
check "an empty LAGESBILD_MALLAR folder still finds the built-in questionnaire" test $? = 0
finish
