#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The page's core against the native binary on every golden input of
# tests/cli/ (parity.mjs says what is compared). Run by ctest as "web: parity".
#   parity.sh LAGESBILD SOURCE_DIR PAGE
source "$(dirname "$0")/common.bash"
exec node "$WEB/parity.mjs" "$LAGESBILD" "$SOURCE_DIR" "$PAGE"
