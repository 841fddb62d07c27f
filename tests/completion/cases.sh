# SPDX-License-Identifier: EUPL-1.2
# The completion tests' cases, one list for bash (check-completion.sh) and zsh
# (check-zsh-completion.zsh), so that the two completions offer the same.
# Sourced by both, in a folder holding mapp/, 2026-11_alvdalen_polis.yaml,
# 2026-11_alvdalen_kommun.yaml, anteckningar.txt, stil.css and server.toml,
# after each has defined
#   completes WORDS...           the sorted candidates for "lagesbild WORDS" (the
#                                last word is the one completed), on one line
#   expect "EXPECTED" WORDS...   a failure (counted in $failures) unless they are EXPECTED
# Plain POSIX-shell syntax: bash and zsh read it alike.
expect "merge new render schema status summary templates validate year" ""
expect "validate" va
expect "--config --help --version" --
expect "mapp server.toml" --config ""
expect "--part --period" new --p
expect "kommun polis" new --kommun Älvdalen --part ""
expect "polis" new --mall dalarna-2019 --part p
expect "dalarna-2019" new --mall ""
expect "json text" validate --format ""
expect "html markdown pdf" render --format ""
expect "html json markdown" summary --format ""
expect "html json markdown pdf" year --format ""
expect "mapp" year ""
expect "gemensam lokal" schema --typ ""
expect "auto chromium weasyprint" render x.yaml --pdf-engine ""
expect "intern sekretess öppen" new --klassificering ""
expect "2026-11_alvdalen_kommun.yaml 2026-11_alvdalen_polis.yaml mapp" validate ""
expect "2026-11_alvdalen_polis.yaml" merge 2026-11_alvdalen_kommun.yaml 2026-11_alvdalen_p
expect "2026-11_alvdalen_kommun.yaml 2026-11_alvdalen_polis.yaml mapp" merge --previous ""
expect "mapp stil.css" render x.yaml --css ""
expect "mapp" status ""
expect "" new --kommun ""

# Every option a command's --help names is offered, so the two cannot drift apart.
words() { tr ', ' '\n\n' | grep -v -e '^$' -e '^-h$' | sort | paste -sd " "; }
for subcommand in new validate merge render status summary year templates schema; do
  help_options=$("$LAGESBILD" "$subcommand" --help | grep -oE '^ +(-[a-z],)?--[a-z-]+' | words)
  offered=$(completes "$subcommand" - | words)
  if [ "$help_options" != "$offered" ]; then
    echo "FAIL: lagesbild $subcommand: --help names \"$help_options\", completion offers \"$offered\""
    failures=$((failures + 1))
  else
    echo "ok: lagesbild $subcommand - <TAB> -> $offered"
  fi
done
