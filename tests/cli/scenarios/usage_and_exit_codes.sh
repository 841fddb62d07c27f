#!/usr/bin/env bash
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
run 0 templates
expect_output "dalarna-2019"
run 0 mallar

# Warnings pass, unless --strict.
sed 's/vaktmästaren misstänker/vaktmästaren (070-123 45 67) misstänker/' \
  "$SOURCE_DIR/examples/2026-10_alvdalen_kommun.yaml" >varning.yaml
run 0 validate varning.yaml
expect_output "varning: ett telefonnummer"
run 1 validate --strict varning.yaml

# Questionnaires are found from the environment, too.
mkdir mallar
run 0 templates
LAGESBILD_MALLAR="$WORK/mallar" "$LAGESBILD" templates >/dev/null 2>&1
check "an empty LAGESBILD_MALLAR folder still finds the built-in questionnaire" test $? = 0
finish
