#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Bash completion (completion/lagesbild.bash) in a bare `bash --norc`, asked
# as bash asks it: COMP_WORDS and COMP_CWORD set, the completion function
# called, COMPREPLY read, for the cases in cases.sh (zsh's test has the same).
# Run by ctest as "completion: bash".
#   check-completion.sh LAGESBILD SOURCE_DIR
source "$(dirname "$0")/../cli/scenarios/lib.bash"
script="$SOURCE_DIR/completion/lagesbild.bash"
mkdir -p mapp
touch 2026-11_alvdalen_polis.yaml 2026-11_alvdalen_kommun.yaml anteckningar.txt stil.css server.toml

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

source "$(dirname "$0")/cases.sh"
finish
