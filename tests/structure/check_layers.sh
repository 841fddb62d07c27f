#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The layering of src/core (ARCHITECTURE.md): each stage folder may include
# only itself and the stages before it, the core never includes a front end
# (the command line in src/cli/, the web page in src/web/), the front ends
# never include each other, and only src/core/yaml/ talks to yaml-cpp. Prints every violation
# as file:line and exits 1 when there is one.
set -euo pipefail
cd "$(dirname "$0")/../.."
src=src
stages=(base os diag yaml report merge render archive)
rank() {
  local i
  for i in "${!stages[@]}"; do [ "${stages[$i]}" = "$1" ] && { echo "$i"; return; }; done
  echo -1
}
status=0
fail() { echo "$1: $2"; status=1; }

for dir in "$src"/core/*/; do
  stage=$(basename "$dir")
  [ "$(rank "$stage")" -ge 0 ] || fail "$dir" "a folder that is not a stage (add it to ARCHITECTURE.md and to this script)"
done
for file in "$src"/core/*.*; do [ -e "$file" ] && fail "$file" "lies outside the stage folders"; done

while IFS=: read -r file line text; do
  stage=$(basename "$(dirname "$file")")
  own=$(rank "$stage")
  included=$(sed -E 's/.*#include [<"]([^">]+)[">].*/\1/' <<<"$text")
  case "$included" in
    cli/* | web/*) fail "$file:$line" "the core includes a front end ($included)" ;;
    yaml-cpp/*) [ "$stage" = yaml ] || fail "$file:$line" "only src/core/yaml/ may include yaml-cpp ($included)" ;;
    core/*)
      other=$(cut -d/ -f2 <<<"$included")
      [ "$(rank "$other")" -le "$own" ] || fail "$file:$line" "stage $stage includes the later stage $other ($included)"
      [ -f "$src/$included" ] || fail "$file:$line" "no such header ($included)" ;;
  esac
done < <(grep -n '^#include' -r "$src/core" --include='*.hpp' --include='*.cpp' | sed -E 's/^([^:]+):([0-9]+):/\1:\2:/')

# The two front ends: each calls the core, neither the other, nor yaml-cpp.
while IFS=: read -r file line text; do
  front=$(cut -d/ -f2 <<<"$file")
  included=$(sed -E 's/.*#include [<"]([^">]+)[">].*/\1/' <<<"$text")
  case "$included" in
    yaml-cpp/*) fail "$file:$line" "a front end includes yaml-cpp ($included); only src/core/yaml/ may" ;;
    cli/* | web/*)
      [ "${included%%/*}" = "$front" ] || fail "$file:$line" "the front end $front includes the other one ($included)" ;;
  esac
done < <(grep -n '^#include' -r "$src/cli" "$src/web" --include='*.hpp' --include='*.cpp')

# Only the platform layer knows the platform: no platform macros and no
# system headers elsewhere (src/core/os/*_posix.cpp, *_windows.cpp, *_web.cpp).
while IFS=: read -r file line _; do
  fail "$file:$line" "platform-specific code outside src/core/os/ (give the platform layer a function instead)"
done < <(grep -nE '^\s*#\s*(if|elif).*(_WIN32|_WIN64|__MINGW|__linux__|__unix__|__APPLE__)|__EMSCRIPTEN__|^#include <(windows\.h|unistd\.h|sys/|fcntl\.h|signal\.h|io\.h|poll\.h|emscripten)' \
  -r "$src" --include='*.hpp' --include='*.cpp' | grep -v "^$src/core/os/" || true)

# Every header's code in the file of the same name: a .cpp includes its own
# header first, so a function defined elsewhere stands out in review.
for cpp in $(find "$src/core" -name '*.cpp'); do
  hpp="${cpp%.cpp}.hpp"
  [ -f "$hpp" ] || continue
  rel="core/${hpp#"$src"/core/}"
  first=$(grep -m1 '^#include' "$cpp" || true)
  [ "$first" = "#include \"$rel\"" ] || fail "$cpp" "its first include should be its own header \"$rel\""
done

[ $status -eq 0 ] && echo "layers: ok ($(find "$src/core" -name '*.[ch]pp' | wc -l) files in ${#stages[@]} stages; front ends cli and web)"
exit $status
