#!/usr/bin/env bash
# Bash completion (completion/lagesbild.bash) in a bare `bash --norc`, asked
# as bash asks it: COMP_WORDS and COMP_CWORD set, the completion function
# called, COMPREPLY read. Run by ctest as "completion: bash".
#   check-completion.sh LAGESBILD SOURCE_DIR
source "$(dirname "$0")/../cli/scenarios/lib.bash"
script="$SOURCE_DIR/completion/lagesbild.bash"
mkdir -p mapp
touch 2026-11_alvdalen_polis.yaml 2026-11_alvdalen_kommun.yaml anteckningar.txt stil.css

# completes WORDS...: the sorted completions for the command line WORDS (the
# last one is the word being completed), one line, as a bare bash gives them.
completes() {
  bash --norc --noprofile -c '
    source "$1" || exit 1
    shift
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
    complete -p lagesbild >/dev/null || exit 1
    _lagesbild
    printf "%s\n" "${COMPREPLY[@]}" | sort | paste -sd " "' _ "$script" "$LAGESBILD" "$@"
}
expect() {  # expect "EXPECTED" WORDS...
  local expected=$1 actual
  shift
  actual=$(completes "$@")
  if [ "$actual" != "$expected" ]; then
    echo "FAIL: lagesbild $* <TAB> gave \"$actual\", expected \"$expected\""
    failures=$((failures + 1))
  else
    echo "ok: lagesbild $* <TAB> -> $actual"
  fi
}

expect "merge new render schema status summary templates validate year" ""
expect "validate" va
expect "--config --help --version" --
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
for command in new validate merge render status summary year templates schema; do
  help_options=$("$LAGESBILD" "$command" --help | grep -oE '^ +(-[a-z],)?--[a-z-]+' | words)
  offered=$(completes "$command" - | words)
  if [ "$help_options" != "$offered" ]; then
    echo "FAIL: lagesbild $command: --help names \"$help_options\", completion offers \"$offered\""
    failures=$((failures + 1))
  fi
done
finish
