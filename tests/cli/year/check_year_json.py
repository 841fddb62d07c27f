#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Checks `lagesbild year --format json` against counts made here, independently,
from the YAML files themselves (a line count of the generated files'
simple layout; no YAML library, no code of lagesbild):
  check_year_json.py YEAR.json FOLDER KOMMUN FROM TO INVALID-FILE...
INVALID-FILE: the files `lagesbild validate` refuses (they count for nothing).
Prints every difference and exits 1 when there is one."""
import json
import os
import re
import sys

out, folder, kommun, start, end, *invalid = sys.argv[1:]
invalid = {os.path.basename(f) for f in invalid}
data = json.load(open(out, encoding="utf-8"))
problems = []


def expect(what, actual, wanted):
    if actual != wanted:
        problems.append(f"{what}: the JSON says {actual!r}, the files say {wanted!r}")


def months(a, b):
    y, m = map(int, a.split("-"))
    out = []
    while f"{y}-{m:02d}" <= b:
        out.append(f"{y}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def value(line):
    return line.split(":", 1)[1].strip().strip('"')


def read(path):
    """Header keys, and per area its observations [(var, källa, antal)]."""
    head, areas, area, in_areas = {}, {}, None, False
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.startswith(" ") and ":" in line:
            key = line.split(":", 1)[0]
            in_areas = key == "områden"
            head[key] = value(line)
            continue
        if in_areas and re.match(r"^  [^ ]", line):
            area = line.strip().rstrip(":")
            areas[area] = []
        elif in_areas and line.startswith("      - vad:"):
            areas[area].append({"var": None, "källa": None, "antal": 1})
        elif in_areas and re.match(r"^        (var|källa|antal):", line):
            key = line.strip().split(":", 1)[0]
            areas[area][-1][key] = int(value(line)) if key == "antal" else value(line)
    return head, areas


window = months(start, end)
locals_, joints = {}, {}
for name in sorted(os.listdir(folder)):
    if not name.endswith(".yaml") or name in invalid:
        continue
    head, areas = read(os.path.join(folder, name))
    if head.get("kommun") != kommun or head.get("period") not in window:
        continue
    if head["typ"] == "lokal":
        locals_[(head["period"], head["part"])] = (head, areas)
    else:
        joints[head["period"]] = os.path.join(folder, name)

AREA_IDS = list(data["områden"].keys())
for area in AREA_IDS:
    total = [0, 0]
    places, sources = {}, {}
    for i, period in enumerate(window):
        month = [0, 0]
        for (p, party), (head, areas) in locals_.items():
            if p != period:
                continue
            obs = areas.get(area, [])
            n, e = len(obs), sum(o["antal"] for o in obs)
            month[0] += n
            month[1] += e
            got = data["områden"][area]["per_månad"][i]["parter"].get(party, {})
            expect(f"{area} {period} {party} iakttagelser", got.get("iakttagelser"), n)
            expect(f"{area} {period} {party} händelser", got.get("händelser"), e)
            for o in obs:
                for counts, key in ((places, o["var"]), (sources, o["källa"])):
                    c = counts.setdefault(key, [0, 0])
                    c[0] += 1
                    c[1] += o["antal"]
        got = data["områden"][area]["per_månad"][i]
        expect(f"{area} {period} period", got["period"], period)
        expect(f"{area} {period} iakttagelser", got["iakttagelser"], month[0])
        expect(f"{area} {period} händelser", got["händelser"], month[1])
        total[0] += month[0]
        total[1] += month[1]
    expect(f"{area} iakttagelser over the year", data["områden"][area]["iakttagelser"], total[0])
    expect(f"{area} händelser over the year", data["områden"][area]["händelser"], total[1])
    got_places = {p["plats"]: [p["iakttagelser"], p["händelser"]] for p in data["områden"][area]["platser"]}
    expect(f"{area} per place", got_places, places)
    got_sources = {s["källa"]: [s["iakttagelser"], s["händelser"]] for s in data["områden"][area]["källor"]}
    expect(f"{area} per source", got_sources, sources)

# The sources the parties name under källor, counted by file, and as källa of observations.
files_naming, observations_naming = {}, {}
for (head, areas) in locals_.values():
    for s in filter(None, (x.strip() for x in head.get("källor", "").strip("[]").split(","))):
        files_naming[s] = files_naming.get(s, 0) + 1
    for obs in areas.values():
        for o in obs:
            if o["källa"]:
                observations_naming[o["källa"]] = observations_naming.get(o["källa"], 0) + 1
expect("sources: files", {s["källa"]: s["lägesbilder"] for s in data["källor"] if s["lägesbilder"]}, files_naming)
expect("sources: observations", {s["källa"]: s["iakttagelser"] for s in data["källor"] if s["iakttagelser"]},
       observations_naming)

# The months' state: a joint picture approved by no one is a draft.
for i, period in enumerate(window):
    state = "saknas"
    if period in joints:
        state = "utkast" if "  kommun: ~" in open(joints[period], encoding="utf-8").read() else "slutlig"
    expect(f"{period} gemensam", data["månader"][i]["gemensam"], state)
    missing = [p for p in ("kommun", "polis") if (period, p) not in locals_]
    expect(f"{period} saknade_parter", data["månader"][i]["saknade_parter"], missing)

# Each action as the latest joint picture holding it has it; late when open past the year's end.
y, m = map(int, end.split("-"))
after = f"{y + 1}-01-01" if m == 12 else f"{y}-{m + 1:02d}-01"
latest = {}
for period in sorted(joints):
    action = None
    for line in open(joints[period], encoding="utf-8"):
        if line.startswith("  - id: Å"):
            action = {"id": value(line), "senast_i": period}
            latest[action["id"]] = action
        elif action and re.match(r"^    (status|klart_senast):", line):
            action[line.strip().split(":", 1)[0]] = value(line)
        elif not line.startswith(" "):
            action = None
for a in latest.values():
    a["läge"] = ("klar" if a["status"] == "klar" else "inställd" if a["status"] == "inställd"
                 else "försenad" if a["klart_senast"] < after else "öppen")
got = {a["id"]: {"id": a["id"], "senast_i": a["senast_i"], "status": a["status"], "klart_senast": a["klart_senast"],
                 "läge": a["läge"]} for a in data["åtgärder"]}
expect("actions", got, latest)

for p in problems:
    print("FAIL:", p)
print(f"{len(problems)} difference(s) between the JSON and the files")
sys.exit(1 if problems else 0)
