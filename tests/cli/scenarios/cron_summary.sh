#!/usr/bin/env bash
# The unattended monthly run, exactly as the README's crontab line says, in
# cron's bare environment, with the shipped lagesbild.toml.
source "$(dirname "$0")/lib.bash"
mkdir -p srv/lagesbild log bin
cp "$SOURCE_DIR"/tests/cli/summary/arkiv/*.yaml srv/lagesbild/
cp "$SOURCE_DIR"/examples/lagesbild.toml srv/lagesbild/
ln -s "$LAGESBILD" bin/lagesbild

line=$(grep -E '^15 6 3 \* \* ' "$SOURCE_DIR/README.md")
check "the README has the crontab line" test -n "$line"
command=$(cut -d' ' -f6- <<<"$line")
command=${command//\/srv\/lagesbild/$WORK\/srv\/lagesbild}
command=${command//\/var\/log/$WORK\/log}
env -i PATH="$WORK/bin:/usr/bin:/bin" SHELL=/bin/sh /bin/sh -c "$command"
code=$?
check "cron's exit code says something needs attention (a broken file, overdue actions)" test "$code" = 1
check "the summary is written" test -s srv/lagesbild/sammanfattning.html
check "the log names the broken file" grep -qF "2026-06_alvdalen_kommun.yaml:13:12: fel:" log/lagesbild.log
check "the log names the overdue actions" grep -qE "Älvdalen: [0-9]+ försenade åtgärder" log/lagesbild.log
check "the summary has the charts" grep -qF "<svg" srv/lagesbild/sammanfattning.html
check "nothing is fetched" test "$(grep -cE 'src=\"http|href=\"http|@import' srv/lagesbild/sammanfattning.html)" = 0
check "the summary keeps the inputs' marking" grep -qF "Klassificering: INTERN" srv/lagesbild/sammanfattning.html

# The same from the folder, for the month the README's status example asks about.
cd srv/lagesbild
run 0 status --period 2026-11
expect_output "polis     2026-11_alvdalen_polis.yaml"
run 1 status --period 2026-03
expect_output "saknas"
run 2 --config saknas.toml summary
expect_output "inställningsfilen kan inte läsas"
printf '[summary]\nmonhts = 6\n' >fel.toml
run 2 --config fel.toml summary
expect_output "okänd inställning"
run 2 summary -o 2026-11_alvdalen_kommun.yaml
expect_output "filändelsen ska vara .html, .md eller .json"
run 2 status /finns/inte
expect_output "mappen /finns/inte kan inte läsas"
finish
