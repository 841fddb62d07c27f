# SPDX-License-Identifier: EUPL-1.2
# What parity.sh and page.sh check before they start: the page is built and
# the npm packages of tests/web are installed. A missing page fails the test
# (it is never skipped): run .ci/build-web first.
#   source common.bash LAGESBILD SOURCE_DIR PAGE
set -u
LAGESBILD=$1
SOURCE_DIR=$2
PAGE=$3
WEB="$SOURCE_DIR/tests/web"
if [ ! -f "$PAGE" ]; then
  echo "FAIL: $PAGE is missing: run .ci/build-web first"
  echo "0 passed, 1 failed"
  exit 1
fi
if [ ! -d "$WEB/node_modules/puppeteer-core" ] || [ ! -d "$WEB/node_modules/axe-core" ]; then
  echo "FAIL: puppeteer-core and axe-core are not installed in tests/web (run .ci/install-deps)"
  echo "0 passed, 1 failed"
  exit 1
fi
