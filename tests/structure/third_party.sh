#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Every library linked into lagesbild has its entry in THIRD-PARTY.md:
#   third_party.sh THIRD-PARTY.md [--map LINKER-MAP] [LIBRARY...]
# LIBRARY: the libraries CMake links (tests/CMakeLists.txt reads them from
# the targets: CLI11, fmt, yaml-cpp), each a table row "| name |". With
# --map (lagesbild.exe, linked statically with -Wl,-Map): every archive the
# linker took a member of, and every object file from outside the build
# (crt2.o, crtbegin.o ...), named in THIRD-PARTY.md as `libname.a`. Prints
# each one missing; exit 1 if there is one.
set -euo pipefail
list=$1
shift
map=""
if [ "${1:-}" = --map ]; then
  map=$2
  shift 2
fi
[ -f "$list" ] || { echo "no $list"; exit 1; }
missing=()
names=("$@")  # each a table row of its own: "| name |"
files=()      # each named as `libname.a` in a row
if [ -n "$map" ]; then
  [ -f "$map" ] || { echo "no linker map $map (src/CMakeLists.txt writes it when linking lagesbild.exe)"; exit 1; }
  build=$(cd "$(dirname "$map")" && pwd)
  # Archive members the linker included: "/path/libfoo.a(member.o)" at a line's start.
  mapfile -t archives < <(grep -oE '^[^ (]+\.a\(' "$map" | sed -E 's/\($//' | sort -u)
  # Object files loaded from outside the build folder: the C runtime's start-up code.
  mapfile -t objects < <(sed -n 's/^LOAD \(.*\.o\)$/\1/p' "$map" | grep -v "^$build/" | grep -v '^CMakeFiles/' | sort -u)
  [ ${#archives[@]} -gt 0 ] || { echo "$map names no archive: not a map of a static link?"; exit 1; }
  for path in "${archives[@]}" "${objects[@]}"; do
    case "$path" in "$build"/* | CMakeFiles/* | src/*) continue ;; esac  # lagesbild's own
    base=$(basename "$path")
    [ "$base" = liblagesbild_core.a ] && continue
    files+=("$base")
  done
fi
for name in "${names[@]}"; do
  grep -qF -- "| $name |" "$list" || missing+=("$name")
done
for file in "${files[@]}"; do
  grep -qF -- "\`$file\`" "$list" || missing+=("$file")
done
if [ ${#missing[@]} -gt 0 ]; then
  for name in "${missing[@]}"; do echo "$name: linked into lagesbild, but not named in $list"; done
  exit 1
fi
echo "third party: ok (${#names[@]} libraries and ${#files[@]} archives and objects, each in $(basename "$list"))"
