#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The page as an official uses it, in Debian's Chromium (page.mjs says what
# is checked). Run by ctest as "web: page".
#   page.sh LAGESBILD SOURCE_DIR PAGE
# LAGESBILD_SCREENSHOTS=DIR keeps the screenshots (1280 and 320 px) there.
source "$(dirname "$0")/common.bash"
command -v pdftotext >/dev/null || { echo "FAIL: pdftotext is missing (poppler-utils; run .ci/install-deps)"; exit 1; }
exec node "$WEB/page.mjs" "$LAGESBILD" "$SOURCE_DIR" "$PAGE"
