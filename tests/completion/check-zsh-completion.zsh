#!/usr/bin/env zsh
# SPDX-License-Identifier: EUPL-1.2
# zsh completion (completion/_lagesbild) in a bare `zsh -f` with compinit,
# asked as a person asks it: an interactive zsh on a pseudo-terminal (zpty)
# gets a command line and a TAB, and the candidates the completion system
# would offer are read back. compadd is wrapped to write down the words that
# match what is on the line (its -O), then adds them as usual. The same
# cases as the bash completion's test (check-completion.sh), so that the two
# offer the same. Run by ctest as "completion: zsh".
#   check-zsh-completion.zsh LAGESBILD SOURCE_DIR
emulate -R zsh
setopt no_nomatch
zmodload zsh/zpty || { print "FAIL: no zsh/zpty module"; exit 1 }
HERE=${0:A:h}
LAGESBILD=${1:A}
SOURCE_DIR=${2:A}
WORK=$(mktemp -d)
trap 'rm -rf $WORK' EXIT
integer failures=0

# What the person has: lagesbild on PATH, and a folder with a folder and some
# files (the test's own files stay outside it).
mkdir -p $WORK/bin $WORK/folder/mapp
ln -s $LAGESBILD $WORK/bin/lagesbild
cd $WORK/folder || exit 1
touch 2026-11_alvdalen_polis.yaml 2026-11_alvdalen_kommun.yaml anteckningar.txt stil.css server.toml

# The inner shell's start: compinit with our function first on fpath, TAB
# bound to completion, compadd wrapped, and after each completion the
# candidates written to $capture and the shell ended.
cat >$WORK/setup.zsh <<'SETUP'
PS1='' RPS1='' PROMPT_EOL_MARK=''
fpath=($SOURCE_DIR/completion $fpath)
autoload -Uz compinit && compinit -u -D
zstyle ':completion:*' insert-tab false
bindkey '^I' complete-word
compadd() {
  # compadd -O/-A/-D only asks which words match: the completion system's own
  # bookkeeping, passed on untouched.
  if [[ ${(j: :)${@[1,(i)(-|--)]}} == *-[OAD]\ * ]]; then
    builtin compadd "$@"
    return
  fi
  local -a __hits
  builtin compadd -O __hits "$@"
  (( $#__hits )) && print -rl -- $__hits >>$CAPTURE
  builtin compadd "$@"
}
_lagesbild_test_done() { : >>$CAPTURE; : >$CAPTURE.done; exit }
comppostfuncs=(_lagesbild_test_done)
: >$CAPTURE.ready
SETUP

export SOURCE_DIR PATH=$WORK/bin:/usr/bin:/bin HOME=$WORK LC_ALL=C.UTF-8 TERM=dumb
# wait_for FILE: until FILE exists, at most 10 s.
wait_for() {
  integer i
  for i in {1..200}; do
    [[ -e $1 ]] && return 0
    sleep 0.05
  done
  return 1
}
# completes WORDS...: the sorted candidates for the command line
# "lagesbild WORDS" (the last one is the word being completed), one line.
completes() {
  export CAPTURE=$WORK/capture
  rm -f $CAPTURE $CAPTURE.ready $CAPTURE.done
  zpty shell zsh -f -i
  zpty -w shell "source $WORK/setup.zsh"
  if wait_for $CAPTURE.ready; then
    zpty -w -n shell "lagesbild ${(j: :)@}"$'\t'
    wait_for $CAPTURE.done || print -u2 "no completion within 10 s: lagesbild $*"
  else
    print -u2 "the shell did not start"
  fi
  zpty -d shell 2>/dev/null
  [[ -f $CAPTURE ]] && print -r -- ${(j: :)${(ou)${(f)"$(<$CAPTURE)"}}}
}
expect() {  # expect "EXPECTED" WORDS...
  local expected=$1 actual
  shift
  actual=$(completes "$@")
  if [[ $actual != "$expected" ]]; then
    print -r -- "FAIL: lagesbild $* <TAB> gave \"$actual\", expected \"$expected\""
    failures+=1
  else
    print -r -- "ok: lagesbild $* <TAB> -> $actual"
  fi
}

source $HERE/cases.sh
if (( failures )); then
  print "$failures check(s) failed"
  exit 1
fi
print "all checks passed"
