#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The docs stay true to the tree and to the code:
#  1. every relative link in README.md, CONTRIBUTING.md, ARCHITECTURE.md,
#     docs/*.md and src/web's Markdown resolves to a file, and a #anchor to a
#     heading of the target (GitHub's slugs);
#  2. the README stays short (under 12 KB: it links onward) and the docs'
#     pictures small (under 150 KB each);
#  3. the handbook's list of rules (docs/handbok.md, "## Regler …", one
#     heading `rule-id` per rule) is exactly the set of rule ids the code emits
#     (tests/structure/rule_ids.pl), and so is lagesbild(1)'s REGLER.
# Exit 1, naming each problem.
set -euo pipefail
cd "$(dirname "$0")/../.."
status=0

python3 - README.md CONTRIBUTING.md ARCHITECTURE.md docs/*.md src/web/API.md src/web/page/README.md <<'PY' || status=1
import os, re, sys, unicodedata

def outside_code(path):
    """(line number, line) of each line of a Markdown file outside code fences."""
    fence = None
    for no, line in enumerate(open(path, encoding="utf-8"), 1):
        m = re.match(r"^\s*(```+|~~~+)", line)
        if m:
            fence = None if fence and m.group(1)[0] == fence else (fence or m.group(1)[0])
        elif not fence:
            yield no, line

def headings(path):
    """GitHub's anchors of a Markdown file's headings."""
    slugs, seen = set(), {}
    for _, line in outside_code(path):
        m = re.match(r"^#{1,6}\s+(.*?)\s*#*\s*$", line)
        if not m:
            continue
        text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", m.group(1))  # a link's text
        slug = "".join(c for c in text.lower()
                       if c in " -_" or unicodedata.category(c)[0] in "LN").replace(" ", "-")
        n = seen.get(slug, 0)
        seen[slug] = n + 1
        slugs.add(slug if n == 0 else f"{slug}-{n}")
    return slugs

def links(path):
    """(line, target) of each inline link or image outside code."""
    for no, line in outside_code(path):
        line = re.sub(r"`[^`]*`", "", line)
        for t in re.findall(r"\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)", line):
            yield no, t

bad = 0
cache = {}
for doc in sys.argv[1:]:
    for no, target in links(doc):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target):  # https:, mailto:
            continue
        path, _, anchor = target.partition("#")
        dest = os.path.normpath(os.path.join(os.path.dirname(doc), path)) if path else doc
        if not os.path.exists(dest):
            print(f"{doc}:{no}: link to {target}: {dest} does not exist")
            bad += 1
            continue
        if anchor and dest.endswith(".md"):
            if dest not in cache:
                cache[dest] = headings(dest)
            if anchor not in cache[dest]:
                print(f"{doc}:{no}: link to {target}: {dest} has no heading #{anchor}")
                bad += 1
print(f"links: {bad} broken" if bad else "links: ok")
sys.exit(1 if bad else 0)
PY

readme_bytes=$(wc -c <README.md)
if [ "$readme_bytes" -ge 12288 ]; then
  echo "README.md is $readme_bytes bytes: keep it under 12 KB and move the detail to docs/"
  status=1
fi
for image in docs/img/*.png; do
  if [ "$(wc -c <"$image")" -ge 153600 ]; then
    echo "$image is $(wc -c <"$image") bytes: keep a picture under 150 KB (pdftoppm -r 60)"
    status=1
  fi
done
echo "sizes: README.md $readme_bytes bytes; $(ls docs/img/*.png | wc -l) pictures under 150 KB"

code_rules=$(perl tests/structure/rule_ids.pl $(find src/core src/cli -name '*.cpp' | sort))
if [ "$(wc -l <<<"$code_rules")" -lt 40 ]; then
  echo "rule_ids.pl found only $(wc -l <<<"$code_rules") rule ids in src/: has the way rules are reported changed?"
  status=1
fi
handbook_rules=$(awk '/^## Regler/ {on = 1; next} /^## / {on = 0} on' docs/handbok.md |
  sed -nE 's/^#{2,6} `([a-z0-9-]+)`$/\1/p' | sort -u)
man_rules=$(sed -n '/^\.SH REGLER/,/^\.SH /p' man/lagesbild.1 | grep '^\.BR' |
  grep -oE '(^\.BR |" )[a-z0-9]+(-[a-z0-9]+)*' | grep -oE '[a-z0-9-]+$' | sort -u)
compare() {  # compare WHAT LIST
  local missing extra
  missing=$(comm -23 <(echo "$code_rules") <(echo "$2"))
  extra=$(comm -13 <(echo "$code_rules") <(echo "$2"))
  if [ -n "$missing" ]; then
    echo "rules the code emits that $1 does not list:" $missing
    status=1
  fi
  if [ -n "$extra" ]; then
    echo "rules $1 lists that the code no longer emits:" $extra
    status=1
  fi
  [ -z "$missing$extra" ] && echo "rules: $1 lists all $(wc -l <<<"$code_rules") rule ids of the code"
  return 0
}
compare "docs/handbok.md (## Regler)" "$handbook_rules"
compare "lagesbild(1) (REGLER)" "$man_rules"
exit $status
