#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# lagesbild(1) names every subcommand and option the binary's --help names:
#   check_man_options.sh LAGESBILD SOURCE_DIR
# The program's own options (lagesbild --help) anywhere in the page; each
# subcommand (and its alias) as an entry under KOMMANDON; each of its options
# (short and long) in that entry or in the subcommand's SYNOPSIS lines.
# -h/--help, which every subcommand has, once anywhere. Exit 1, naming each
# one missing.
set -euo pipefail
lagesbild=$1
page=$2/man/lagesbild.1
failures=0

# The page as text: \- is -, and font escapes go.
text=$(sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\(em/—/g' "$page")
# The part of the page from the line matching $1 up to (not with) the next matching $2.
part() { awk -v from="$1" -v to="$2" '$0 ~ from {on = 1; print; next} on && $0 ~ to {exit} on' <<<"$text"; }
has() { grep -qE -- "(^|[^a-z0-9-])$2([^a-z0-9-]|$)" <<<"$1"; }
missing() {
  echo "lagesbild(1) lacks $1"
  failures=$((failures + 1))
}
options_of() { "$lagesbild" "$@" --help | grep -oE '^ +(-[a-z],)?--[a-z-]+' | tr ',' '\n' | tr -d ' '; }

for option in $(options_of); do
  has "$text" "$option" || missing "the option $option of lagesbild --help"
done

commands=$("$lagesbild" --help | awk '/^Kommandon:/ {on = 1; next} on && /^[^ ]/ {exit} on && NF {print}' |
  sed -E 's/^ +//; s/  .*//; s/,//g')
[ -n "$commands" ] || { echo "lagesbild --help lists no commands (Kommandon:)"; exit 1; }
commands_section=$(part '^\.SH KOMMANDON' '^\.SH ')
synopsis=$(part '^\.SH SYNOPSIS' '^\.SH ')
checked=0
while read -r command aliases; do
  # The entry: from ".B command" after a .TP at the top level of KOMMANDON to the next such entry.
  entry=$(awk -v name="$command" '
    /^\.RS/ {depth++} /^\.RE/ {depth--}
    prev == ".TP" && depth == 0 && /^\.BR? / {on = ($2 == name)}
    on {print} {prev = $0}' <<<"$commands_section")
  if [ -z "$entry" ]; then
    missing "an entry for the command $command under KOMMANDON"
    continue
  fi
  for alias in $aliases; do
    has "$entry" "$alias" || missing "the alias $alias in the entry for $command"
  done
  usage=$(grep -E "^\.B lagesbild $command( |$)" -A40 <<<"$synopsis" | awk 'NR > 1 && /^\.B lagesbild / {exit} {print}')
  for option in $(options_of "$command"); do
    case $option in -h | --help) continue ;; esac
    checked=$((checked + 1))
    has "$entry$usage" "$option" || missing "the option $option of lagesbild $command --help (in its entry or SYNOPSIS)"
  done
done <<<"$commands"
has "$text" "--help" || missing "--help"

if [ "$failures" -gt 0 ]; then
  echo "$failures missing from man/lagesbild.1"
  exit 1
fi
echo "man options: ok ($(wc -l <<<"$commands") commands, $checked options, as --help names them)"
