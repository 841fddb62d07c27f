#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Counts a folder of pictures again, on its own, and compares the counts with
summary's "totalt" (lagesbild(1), summary).

    county_totals.py LAGESBILD FOLDER SUMMARY.json

Reads the files line by line as tests/cli/summary/make_county.py lays them
out (no YAML library, none of lagesbild's code); which files count is asked
of `lagesbild validate`, one file at a time. Prints each difference; exit 1
if there is one.
"""
import collections
import glob
import json
import os
import subprocess
import sys

TRENDS = ["ökande", "oförändrad", "minskande", "okänd"]
PARTIES = ["kommun", "polis"]


def read(path):
    head, areas, area, section = {}, collections.OrderedDict(), None, None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.startswith(" ") and ":" in line:
            key, _, value = line.partition(":")
            head[key] = value.strip()
            section = key
        elif section == "områden" and line.startswith("  ") and not line.startswith("   "):
            area = line.strip().rstrip(":")
            areas[area] = {"observations": 0, "events": 0, "trend": None, "agreed": None}
        elif section == "områden" and area:
            text = line.strip()
            if text.startswith("- vad:"):
                areas[area]["observations"] += 1
                areas[area]["events"] += 1
            elif text.startswith("antal:"):
                areas[area]["events"] += int(text.split(":")[1]) - 1
            elif line.startswith("    trend: "):
                areas[area]["trend"] = text.split(": ", 1)[1]
            elif text.startswith("gemensam:"):
                value = text.split(": ", 1)[1]
                areas[area]["agreed"] = None if value == "~" else value
    return head, areas


def main():
    lagesbild, folder, summary = sys.argv[1:4]
    pictures = {}  # (kommun, period, part) -> areas
    approved = {}  # (kommun, period) -> final
    for path in sorted(glob.glob(os.path.join(folder, "*.yaml"))):
        ok = subprocess.run([lagesbild, "validate", path], capture_output=True).returncode == 0
        if not ok:
            continue
        head, areas = read(path)
        part = "gemensam" if head["typ"] == "gemensam" else head["part"]
        pictures[(head["kommun"], head["period"], part)] = areas
        if part == "gemensam":
            final = subprocess.run([lagesbild, "validate", "--final", path], capture_output=True).returncode == 0
            approved[(head["kommun"], head["period"])] = final
    with open(summary, encoding="utf-8") as f:
        totals = json.load(f)["totalt"]
    municipalities = sorted({k for k, _, _ in pictures})
    problems = 0

    def same(what, expected, actual):
        nonlocal problems
        if expected != actual:
            print(f"FAIL: {what}: counted {expected}, summary says {actual}")
            problems += 1

    same("kommuner", len(municipalities), totals["kommuner"])
    for month in totals["perioder"]:
        period = month["period"]
        delivered = collections.Counter()
        for kommun in municipalities:
            if (kommun, period) in approved:
                delivered["slutlig" if approved[(kommun, period)] else "utkast"] += 1
            elif any((kommun, period, p) in pictures for p in PARTIES):
                delivered["bara_parterna"] += 1
            else:
                delivered["saknas"] += 1
        for key in ("slutlig", "utkast", "bara_parterna", "saknas"):
            same(f"{period} leveranser.{key}", delivered[key], month["leveranser"][key])
        for area, figures in month["områden"].items():
            observations = events = 0
            trends = collections.Counter()
            for kommun in municipalities:
                for p in PARTIES:
                    a = pictures.get((kommun, period, p), {}).get(area)
                    if a:
                        observations += a["observations"]
                        events += a["events"]
                joint = pictures.get((kommun, period, "gemensam"))
                if joint is not None:
                    trend = (joint.get(area) or {}).get("agreed")
                else:
                    own = [(pictures.get((kommun, period, p), {}).get(area) or {}).get("trend") for p in PARTIES]
                    trend = own[0] if own[0] and all(t == own[0] for t in own) else None
                trends[trend if trend in TRENDS else "okänd"] += 1
            same(f"{period} {area} iakttagelser", observations, figures["iakttagelser"])
            same(f"{period} {area} händelser", events, figures["händelser"])
            for t in TRENDS:
                same(f"{period} {area} trender.{t}", trends[t], figures["trender"][t])
    print(f"county totals: {len(totals['perioder'])} months checked, {problems} differences")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
