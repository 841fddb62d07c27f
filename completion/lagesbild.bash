# SPDX-License-Identifier: EUPL-1.2
# Bash completion for lagesbild: commands, their options, the values an
# option takes (parties and questionnaires from the questionnaires found,
# formats, classifications) and file names (.yaml reports, folders).
# Installed by `cmake --install` as share/bash-completion/completions/lagesbild,
# where bash-completion loads it the first time `lagesbild` is completed. It
# uses plain bash (compgen, compopt), so it works without bash-completion too:
#   source completion/lagesbild.bash

_lagesbild_options() {  # the options of a command (as in lagesbild COMMAND --help)
  case $1 in
    new) echo "--kommun --part --period --mall --organisation --upprattad-av --upprattad --klassificering
               --sekretessgrund --diarienummer -o --output --force --help" ;;
    validate) echo "--format --strict --final --fix --dry-run -j --jobs --help" ;;
    merge) echo "--previous -o --output --help" ;;
    render) echo "--format -o --output --css --pdf-engine --chromium --help" ;;
    status) echo "--period --mall --kommun --format -j --jobs --help" ;;
    summary) echo "--to --from --months --today --format -o --output --mall --kommun --css -j --jobs --help" ;;
    year | år) echo "--from --to --kommun --format -o --output --mall --css --pdf-engine --chromium -j --jobs --help" ;;
    templates | mallar) echo "--help" ;;
    schema) echo "--mall --typ -o --output --mapp --help" ;;
  esac
}

# Files whose names end in one of the extensions given, and folders to go into.
_lagesbild_files() {
  local cur=$1 ext
  shift
  compopt -o filenames 2>/dev/null
  COMPREPLY=($(compgen -d -- "$cur"))
  for ext in "$@"; do
    COMPREPLY+=($(compgen -f -X "!*.$ext" -- "$cur"))
  done
}

_lagesbild() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
  local program=${COMP_WORDS[0]} command="" questionnaire="" i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case ${COMP_WORDS[i]} in
      --config) ((i++)) ;;
      --mall) questionnaire=${COMP_WORDS[i + 1]} ;;
      -*) ;;
      *) [ -z "$command" ] && command=${COMP_WORDS[i]} ;;
    esac
  done
  local IFS=$'\n'
  case $prev in
    --part) # lagesbild itself says which parties its questionnaires have
      COMPREPLY=($(compgen -W "$("$program" templates --complete part --mall "$questionnaire" 2>/dev/null)" -- "$cur"))
      return ;;
    --mall)
      COMPREPLY=($(compgen -W "$("$program" templates --complete mall 2>/dev/null)" -- "$cur"))
      [[ $cur == */* || $cur == .* ]] && _lagesbild_files "$cur" yaml
      return ;;
    --format)
      case $command in
        validate | status) COMPREPLY=($(compgen -W "text"$'\n'"json" -- "$cur")) ;;
        render) COMPREPLY=($(compgen -W "markdown"$'\n'"html"$'\n'"pdf" -- "$cur")) ;;
        summary) COMPREPLY=($(compgen -W "markdown"$'\n'"html"$'\n'"json" -- "$cur")) ;;
        year | år) COMPREPLY=($(compgen -W "markdown"$'\n'"html"$'\n'"pdf"$'\n'"json" -- "$cur")) ;;
      esac
      return ;;
    --typ) COMPREPLY=($(compgen -W "lokal"$'\n'"gemensam" -- "$cur")); return ;;
    --pdf-engine) COMPREPLY=($(compgen -W "auto"$'\n'"weasyprint"$'\n'"chromium" -- "$cur")); return ;;
    --chromium) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur")); return ;;
    --klassificering) COMPREPLY=($(compgen -W "öppen"$'\n'"intern"$'\n'"sekretess" -- "$cur")); return ;;
    --previous) _lagesbild_files "$cur" yaml; return ;;
    --config) _lagesbild_files "$cur" toml; return ;;
    --css) _lagesbild_files "$cur" css; return ;;
    --mapp) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- "$cur")); return ;;
    -o | --output) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur")); return ;;
    --kommun | --period | --organisation | --upprattad-av | --upprattad | --sekretessgrund | --diarienummer | \
      --to | --from | --months | --today | -j | --jobs)
      return ;;  # free text or a number: nothing to offer
  esac
  if [ -z "$command" ]; then
    if [[ $cur == -* ]]; then
      COMPREPLY=($(compgen -W "--config"$'\n'"--help"$'\n'"--version" -- "$cur"))
    else
      COMPREPLY=($(compgen -W "new"$'\n'"validate"$'\n'"merge"$'\n'"render"$'\n'"status"$'\n'"summary"$'\n'"year"$'\n'"templates"$'\n'"schema" -- "$cur"))
    fi
    return
  fi
  if [[ $cur == -* ]]; then
    IFS=$' \t\n'
    COMPREPLY=($(compgen -W "$(_lagesbild_options "$command")" -- "$cur"))
    return
  fi
  case $command in
    validate | merge | render) _lagesbild_files "$cur" yaml ;;
    status | summary | year | år) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- "$cur")) ;;
  esac
}

complete -F _lagesbild lagesbild
