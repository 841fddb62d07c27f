#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Every source file we own says its licence (LICENSE: EUPL-1.2) in an SPDX
# header in its first two lines (the second after a #! or #compdef line, or
# the <!DOCTYPE> of the page's template):
#   C++, C and JavaScript  // SPDX-License-Identifier: EUPL-1.2
#   CSS                    /* SPDX-License-Identifier: EUPL-1.2 */
#   the page's template    <!-- SPDX-License-Identifier: EUPL-1.2 -->
#   shell, Python, CMake   # SPDX-License-Identifier: EUPL-1.2
# Data has none, so that it stays byte for byte what the tests read and what
# users get: YAML (questionnaires, examples, test inputs), expected outputs,
# JSON (schemas, package files), TOML, the fuzzer's dictionary and crashes.
# Documentation (Markdown, the man pages, LÄSMIG.txt) is under the same
# licence by LICENSE and the README. Prints each file without the header;
# exit 1 if there is one.
set -euo pipefail
cd "$(dirname "$0")/../.."
patterns=('*.cpp' '*.hpp' '*.c' '*.js' '*.mjs' '*.cjs' '*.css' '*.html.in' '*.sh' '*.bash' '*.zsh' '*.py'
  '*.cmake' 'CMakeLists.txt' '*/CMakeLists.txt' '.ci/*' 'completion/*')
names=()
for p in "${patterns[@]}"; do names+=(-o -path "./$p"); done
mapfile -t files < <(git ls-files -- "${patterns[@]}" 2>/dev/null ||
  find . -path '*/node_modules' -prune -o -path './build*' -prune -o -type f \( -false "${names[@]}" \) -print |
  sed 's|^\./||' | sort)
missing=()
for f in "${files[@]}"; do
  head -2 "$f" | grep -qE '^(//|#|/\*|<!--) SPDX-License-Identifier: EUPL-1\.2( \*/| -->)?$' || missing+=("$f")
done
if [ ${#missing[@]} -gt 0 ]; then
  printf '%s: no SPDX-License-Identifier: EUPL-1.2 in its first two lines\n' "${missing[@]}"
  exit 1
fi
echo "spdx: ok (${#files[@]} files)"
