#!/usr/bin/env bash
# The web page's tests (ctest "web: page"): tests/web/page-check.mjs in
# Debian's Chromium over build-web/lagesbild.html.
#   run.sh LAGESBILD SOURCE_DIR
set -u
lagesbild=$1 source=$2
page=$source/build-web/lagesbild.html
if [ ! -s "$page" ]; then
  echo "FAIL: $page is missing: run .ci/build-web first"
  exit 1
fi
if [ ! -d "$source/tests/web/node_modules/puppeteer-core" ]; then
  echo "FAIL: puppeteer-core and axe-core are not installed in tests/web (run .ci/install-deps)"
  exit 1
fi
exec node "$source/tests/web/page-check.mjs" "$page" "$source" "$lagesbild"
