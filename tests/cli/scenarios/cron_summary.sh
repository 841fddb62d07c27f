#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The unattended monthly run, exactly as the IT guide's crontab line says, in
# cron's bare environment, with the shipped lagesbild.toml.
source "$(dirname "$0")/lib.bash"
mkdir -p srv/lagesbild log bin
cp "$SOURCE_DIR"/tests/cli/summary/arkiv/*.yaml srv/lagesbild/
cp "$SOURCE_DIR"/examples/lagesbild.toml srv/lagesbild/
ln -s "$LAGESBILD" bin/lagesbild

line=$(grep -E '^15 6 3 \* \* ' "$SOURCE_DIR/docs/it.md")
check "the IT guide (docs/it.md) has the crontab line" test -n "$line"
command=$(cut -d' ' -f6- <<<"$line")
command=${command//\/srv\/lagesbild/$WORK\/srv\/lagesbild}
command=${command//\/var\/log/$WORK\/log}
env -i PATH="$WORK/bin:/usr/bin:/bin" SHELL=/bin/sh /bin/sh -c "$command"
code=$?
check "cron's exit code says something needs attention (a broken file, overdue actions)" test "$code" = 1
check "the summary is written" test -s srv/lagesbild/sammanfattning.html
check "the log names the broken file" grep -qF "2026-06_alvdalen_kommun.yaml:13:12: fel:" log/lagesbild.log
check "the log names the overdue actions" grep -qE "^lagesbild summary [0-9-]+: Älvdalen: försenade åtgärder: [0-9]+" log/lagesbild.log
check "the summary has the charts" grep -qF "<svg" srv/lagesbild/sammanfattning.html
check "nothing is fetched" test "$(grep -cE 'src=\"http|href=\"http|@import' srv/lagesbild/sammanfattning.html)" = 0
check "the summary keeps the inputs' marking" grep -qF "Klassificering: INTERN" srv/lagesbild/sammanfattning.html

# The same from the folder: status for a month with both files, and for one without.
cd srv/lagesbild
run 0 status --period 2026-11
expect_output "polis     2026-11_alvdalen_polis.yaml"
run 1 status --period 2026-03
expect_output "saknas"
run 1 status --period 2026-11 --kommun Mor
expect_output "inga lägesbilder hittades för Mor i den här mappen – menade du Mora? Kommuner där: Mora, Älvdalen"
run 1 summary --kommun Mor
expect_output "inga lägesbilder hittades för Mor i den här mappen – menade du Mora?"
run 2 --config saknas.toml summary
expect_output "inställningsfilen kan inte läsas"
printf '[summary]\nmonhts = 6\n' >fel.toml
run 2 --config fel.toml summary
expect_output "okänd inställning"
# A start month in the settings: Mora began in October, so its earlier months
# are neither counted nor missing (exit 1: the police's file is missing).
printf '[summary]\nkommun = "Mora"\nfrom = "2026-10"\n' >mora.toml
run 1 --config mora.toml summary --to 2026-11 --today 2026-11-28 --format json -o mora.json
check "from in lagesbild.toml starts the window" grep -qF '"från": "2026-10"' mora.json
check "only the months from the start are counted" test "$(grep -c '"period": "2026-' mora.json)" = 2
run 1 --config mora.toml summary --to 2026-11 --today 2026-11-28 --from 2026-09 --format json -o mora.json
check "--from on the command line wins over the settings" grep -qF '"från": "2026-09"' mora.json
run 2 summary --to 2026-11 --from 2026-12
expect_output "--from 2026-12 ligger efter sista månaden 2026-11"
run 2 summary --from 2026-13
expect_output "--from \"2026-13\" är ingen månad"
run 2 summary -o 2026-11_alvdalen_kommun.yaml
expect_output "filändelsen ska vara .md, .markdown, .html, .htm eller .json"
run 2 status /finns/inte
expect_output "mappen /finns/inte finns inte eller kan inte läsas"

# Hostile folders: links are not followed, pipes do not hang, personal
# numbers never leave, a full disk is a failure.
mkdir ../fientlig && cd ../fientlig
cp ../lagesbild/2026-11_alvdalen_*.yaml .
if not_on_windows "a link to a file: Wine 8 shows a Unix link to a file as an ordinary file (Windows shows a reparse point)"; then
  ln -s /etc/passwd 2026-11_alvdalen_x.yaml
else
  # Wine shows a Unix link to a folder as a reparse point, as Windows shows a junction.
  mkdir ../hemlig-mapp
  ln -s ../hemlig-mapp 2026-11_alvdalen_x.yaml
fi
run 1 summary --to 2026-11 --today 2026-11-28 --format json -o s.json
expect_output "symbolisk länk lästes inte: 2026-11_alvdalen_x.yaml"
check "the link's target is never quoted" test "$(grep -c 'root:' s.json)" = 0
rm 2026-11_alvdalen_x.yaml
if not_on_windows "a named pipe in a folder (mkfifo): Windows has none"; then
  mkfifo lagesbild.toml
  out=$(timeout 20 env -i PATH=/usr/bin:/bin "$LAGESBILD" status --period 2026-11 2>&1)
  check "a pipe named lagesbild.toml does not hang status (exit 2)" test $? = 2
  rm lagesbild.toml
fi
sed 's/^kommun: Älvdalen/kommun: "Älvdalen 640823-3234"/' 2026-11_alvdalen_kommun.yaml >"anmälan 640823-3234.yaml"
for command in "status --period 2026-11" "status --period 2026-11 --format json" \
  "summary --to 2026-11 --today 2026-11-28" "summary --to 2026-11 --today 2026-11-28 --format json"; do
  # shellcheck disable=SC2086
  out=$(env -i PATH=/usr/bin:/bin "$LAGESBILD" $command 2>&1)
  check "no identity number in: $command" test "$(grep -c '640823-3234' <<<"$out")" = 0
done
printf 'kommun: \xe4 640823-3234 \x1b[2J\n' >"2026-11_mora_kommun.yaml"
out=$(env -i PATH=/usr/bin:/bin "$LAGESBILD" validate 2026-11_mora_kommun.yaml 2>&1)
check "no identity number from a Windows-1252 line" test "$(grep -c '640823-3234' <<<"$out")" = 0
check "no escape character from a file reaches the terminal" test "$(grep -c $'\x1b' <<<"$out")" = 0
env -i PATH=/usr/bin:/bin "$LAGESBILD" status --period 2026-11 >/dev/full 2>/dev/null
check "a full disk on standard output is exit 3" test $? = 3
mkdir tom && cd tom
run 1 summary
expect_output "inga lägesbilder hittades"

# A national archive kept by county: Håbo (Uppsala) and Habo (Jönköping)
# have the same file names (lagesbild(5) §4) and stay two municipalities.
mkdir -p "$WORK/riket/uppsala" "$WORK/riket/jonkoping" && cd "$WORK/riket"
sed 's/^kommun: Älvdalen/kommun: Håbo/' "$SOURCE_DIR/examples/2026-10_alvdalen_kommun.yaml" >uppsala/2026-10_habo_kommun.yaml
sed 's/^kommun: Älvdalen/kommun: Habo/' "$SOURCE_DIR/examples/2026-10_alvdalen_kommun.yaml" >jonkoping/2026-10_habo_kommun.yaml
run 1 status --period 2026-10 uppsala jonkoping
check "Håbo is one municipality" test "$(grep -c '^Håbo$' <<<"$out")" = 1
check "Habo is another" test "$(grep -c '^Habo$' <<<"$out")" = 1
check "each has its own file" test "$(grep -c 'giltig, komplett' <<<"$out")" = 2
run 1 status --period 2026-10 --kommun Håbo uppsala jonkoping
check "--kommun Håbo is Håbo alone" test "$(grep -c -e '^Håbo$' -e 'giltig, komplett' <<<"$out")" = 2
run 1 summary --to 2026-10 --today 2026-11-05 --kommun habo --format json uppsala jonkoping
check "--kommun habo is Habo, as written" test "$(grep -c '"kommun": "Habo"' <<<"$out")" = 1
check "... and not Håbo" test "$(grep -c 'Håbo' <<<"$out")" = 0
# A broken file named habo goes with the municipality in its folder.
printf 'lägesbild: [\n' >jonkoping/2026-10_habo_polis.yaml
run 1 status --period 2026-10 --kommun Habo uppsala jonkoping
expect_output "2026-10_habo_polis.yaml:1:12: fel:"
check "Habo's police file is there but broken" test "$(grep -c 'polis .*ogiltig' <<<"$out")" = 1
run 1 status --period 2026-10 uppsala jonkoping
check "no third municipality 'habo'" test "$(grep -c '^habo$' <<<"$out")" = 0

# A file left as `new` wrote it is valid but answers nothing: its areas read
# "obesvarat", not as a month with nothing to count.
mkdir "$WORK/orsa" && cd "$WORK/orsa"
run 0 new --kommun Orsa --part kommun --period 2026-12
run 1 summary --to 2026-12 --months 1 --today 2027-01-05
check "unanswered areas are not zeros" test "$(grep -c '| 2026-12 | · | obesvarat | saknas | – |' <<<"$out")" = 6
expect_output "Orsa: ofullständig lägesbild för december 2026 från kommun (se lagesbild validate)"
# ... and with the police's file there and complete, the month still needs attention.
sed -e 's/^kommun: Älvdalen/kommun: Orsa/' -e 's/^period: 2026-10/period: 2026-12/' \
  "$SOURCE_DIR/examples/2026-10_alvdalen_polis.yaml" >2026-12_orsa_polis.yaml
run 1 summary --to 2026-12 --months 1 --today 2027-01-05
expect_output "Orsa: ofullständig lägesbild för december 2026 från kommun"
check "an unfilled form is not a delivered month" test "$(grep -c '| Orsa | 0 av 1 | 1 |' <<<"$out")" = 1
run 1 summary --to 2026-12 --months 1 --today 2027-01-05 --format json
check "JSON says besvarat: false" test "$(grep -o '"besvarat": false' <<<"$out" | wc -l)" = 6
check "JSON names the incomplete party" grep -qF '"ofullständiga_parter": ["kommun"]' <<<"$out"
finish
