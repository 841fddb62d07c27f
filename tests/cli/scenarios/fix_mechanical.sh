#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# `validate --fix` on files made as Word, Outlook and Notepad make them: the
# changes it prints and the file it writes are golden (tests/cli/fix/expected:
# NAME.txt, NAME.yaml; LAGESBILD_UPDATE_GOLDEN=1 rewrites them), a second run
# changes nothing, --dry-run writes nothing, and a file it cannot read or write
# is left exactly as it was.
source "$(dirname "$0")/lib.bash"
CASES=$SOURCE_DIR/tests/cli/validate
EXPECTED=$SOURCE_DIR/tests/cli/fix/expected

for name in forvaxling-indrag forvaxling-tankstreck forvaxling-punkt forvaxling-citattecken forvaxling-kolon \
  forvaxling-osynligt forvaxling-bom-mitt-i hart-mellanslag tabb utf16 crlf-bom nyckel-stavning; do
  cp "$CASES/$name.yaml" .
  run 1 validate --fix --dry-run "$name.yaml"
  [ "$out" != "" ] || { echo "FAIL: --dry-run printed nothing for $name"; failures=$((failures + 1)); }
  check "--dry-run leaves $name as it was" cmp -s "$name.yaml" "$CASES/$name.yaml"
  chmod 0604 "$name.yaml"
  out=$(env -i PATH=/usr/bin:/bin "$LAGESBILD" validate --fix "$name.yaml" 2>&1; echo "--- exit $?")
  if [ "${LAGESBILD_UPDATE_GOLDEN:-}" = 1 ]; then
    printf '%s\n' "$out" >"$EXPECTED/$name.txt"
    cp "$name.yaml" "$EXPECTED/$name.yaml"
  fi
  check "the changes printed for $name" diff -u "$EXPECTED/$name.txt" <(printf '%s\n' "$out")
  check "$name as --fix writes it" cmp "$EXPECTED/$name.yaml" "$name.yaml"
  not_on_windows "no POSIX permission bits" &&
    check "$name keeps its permissions" [ "$(stat -c %a "$name.yaml")" = 604 ]
  cp "$name.yaml" once.yaml
  run 0 validate --fix "$name.yaml"
  check "a second --fix changes nothing in $name" cmp -s "$name.yaml" once.yaml
  check "a second --fix prints no change for $name" bash -c '! grep -q "ändrat:" <<<"$1"' _ "$out"
done

# The same look-alikes without their comment lines give back ok-komplett.yaml, byte for byte.
for name in forvaxling-indrag forvaxling-tankstreck forvaxling-osynligt hart-mellanslag tabb nyckel-stavning; do
  check "$name repaired is ok-komplett.yaml" cmp -s <(tail -n +3 "$EXPECTED/$name.yaml") <(tail -n +3 "$CASES/ok-komplett.yaml")
done
check "CRLF is kept" grep -q $'\r$' "$EXPECTED/forvaxling-punkt.yaml"

# A key is respelled only beyond doubt: not `Trend:` beside `trend:`, not a
# key two known keys are as near, and not `Trend:` written twice.
sed 's/^    trend: ökande$/    trend: ökande\n    Trend: ökande/' "$CASES/ok-komplett.yaml" >bredvid.yaml
sed 's/^    trend: ökande$/    trenden: ökande/' "$CASES/ok-komplett.yaml" >gissning.yaml
cp bredvid.yaml bredvid.orig
cp gissning.yaml gissning.orig
run 1 validate --fix bredvid.yaml gissning.yaml
check "Trend: beside trend: is not respelled" cmp -s bredvid.yaml bredvid.orig
check "a guess is not respelled" cmp -s gissning.yaml gissning.orig
check "nothing said changed" bash -c '! grep -q "ändrat:" <<<"$1"' _ "$out"
expect_output "bredvid.yaml:22:5: fel: okänd nyckel \`Trend\`"
expect_output "gissning.yaml:21:5: fel: okänd nyckel \`trenden\`"

# What it cannot read or write is left exactly as it was, with the reason.
cp "$CASES/windows-1252.yaml" ansi.yaml
run 1 validate --fix ansi.yaml
expect_output "ansi.yaml: inte rättad, filen är som den var: filen är inte sparad som UTF-8"
check "a Windows-1252 file is left as it was" cmp -s ansi.yaml "$CASES/windows-1252.yaml"
mkdir mapp.yaml
run 2 validate --fix mapp.yaml
expect_output "mapp.yaml: inte rättad, filen är som den var: det här är en mapp"
if not_on_windows "symbolic links and read-only modes are POSIX here"; then
  cp "$CASES/forvaxling-indrag.yaml" mal.yaml
  ln -s mal.yaml lank.yaml
  run 2 validate --fix lank.yaml
  expect_output "lank.yaml: inte rättad, filen är som den var: det här är en länk"
  check "the file behind a link is left as it was" cmp -s mal.yaml "$CASES/forvaxling-indrag.yaml"
  cp "$CASES/forvaxling-indrag.yaml" skyddad.yaml
  chmod 0444 skyddad.yaml
  if [ ! -w skyddad.yaml ]; then  # not as root
    run 2 validate --fix skyddad.yaml
    expect_output "skyddad.yaml: inte rättad, filen är som den var: filen är skrivskyddad"
    check "a read-only file is left as it was" cmp -s skyddad.yaml "$CASES/forvaxling-indrag.yaml"
  fi
fi
run 2 validate --dry-run ok.yaml
expect_output "--dry-run visar vad --fix skulle ändra"
run 2 validate --fix --format json ansi.yaml
exit $((failures > 0))
