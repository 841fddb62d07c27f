#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""The benchmark: lagesbild against the yaml-cpp floor and ajv-cli, on a county's and the nation's year.

    bench/run.py [--runs N] [--build DIR] [--lagesbild BINARY] [--only county|nation]

Builds a Release lagesbild and bench/floor.cpp in DIR (default build-bench/),
generates the data there (bench/generate.py; never committed), then runs every
case N times (default 3) and prints the best wall time, the best CPU time
(user + sys, from the kernel's accounting of the process, so other load on the
machine matters less), and the peak memory (max RSS) of each. Ratios: CPU
against the floor's CPU for the same files, wall time against ajv-cli's.
`--lagesbild` times another binary (e.g. an older build) with the same data.
ajv-cli is used when `ajv` is on PATH or installed in DIR/node
(`npm install --prefix DIR/node ajv-cli@5`); its schema is bench/local-report.schema.json.
Not a test: nothing fails on a slow result. Quote the whole output with its
load line; on a shared machine wall times say little, CPU times more.
"""
import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ONE_REPORT_LOOPS = 50  # processes per run for one report: a few ms each


def sh(*cmd, **kw):
    subprocess.run(cmd, check=True, **kw)


def build(build_dir):
    sh("cmake", "-S", ROOT, "-B", build_dir, "-DCMAKE_BUILD_TYPE=Release", "-DLAGESBILD_TESTS=OFF",
       stdout=subprocess.DEVNULL)
    sh("cmake", "--build", build_dir, "-j", str(os.cpu_count() or 2), "--target", "lagesbild", stdout=subprocess.DEVNULL)
    floor = os.path.join(build_dir, "floor")
    source = os.path.join(HERE, "floor.cpp")
    if not os.path.exists(floor) or os.path.getmtime(floor) < os.path.getmtime(source):
        sh("g++", "-O2", "-std=c++17", "-o", floor, source, "-lyaml-cpp")
    spawn = os.path.join(build_dir, "spawn")
    sh("gcc", "-O2", "-o", spawn, os.path.join(HERE, "spawn.c"))
    return os.path.join(build_dir, "lagesbild"), floor, spawn


def generate(data_dir, scope):
    folder = os.path.join(data_dir, scope)
    stamp = os.path.join(folder, ".generated")
    sources = [os.path.join(HERE, name) for name in ("generate.py", "municipalities.py")]
    if not os.path.exists(stamp) or os.path.getmtime(stamp) < max(map(os.path.getmtime, sources)):
        shutil.rmtree(folder, ignore_errors=True)
        sh(sys.executable, sources[0], scope, folder, stdout=subprocess.DEVNULL)
        open(stamp, "w").close()
    return folder


SPAWN = None  # bench/spawn.c, built with the rest


def run_once(cmd, cwd=None):
    """Wall seconds, CPU seconds (user + sys) and max RSS in kB of one process."""
    done = subprocess.run([SPAWN] + cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall, cpu, rss, code = done.stderr.strip().splitlines()[-1].split()[1:]
    return float(wall), float(cpu), int(rss), int(code)


def measure(cmd, runs, loops=1, cwd=None):
    """Best wall and CPU per process over `runs` runs of `loops` processes each, and the peak RSS."""
    best_wall = best_cpu = float("inf")
    peak = 0
    code = None
    for _ in range(runs):
        wall = cpu = 0.0
        for _ in range(loops):
            w, c, rss, code = run_once(cmd, cwd)
            wall, cpu, peak = wall + w, cpu + c, max(peak, rss)
        best_wall, best_cpu = min(best_wall, wall / loops), min(best_cpu, cpu / loops)
    return {"wall": best_wall, "cpu": best_cpu, "rss": peak, "exit": code}


def row(name, m, floor=None, ajv=None):
    ratio = f"{m['cpu'] / floor['cpu']:9.2f}x" if floor and floor["cpu"] > 0 else " " * 10
    versus = f"{m['wall'] / ajv['wall']:9.2f}x" if ajv and ajv["wall"] > 0 else " " * 10
    print(f"{name:<42}{m['wall'] * 1000:10.1f}{m['cpu'] * 1000:10.1f}{m['rss'] / 1024:9.1f}"
          f"{ratio}{versus}  exit {m['exit']}", flush=True)


def header(title):
    print(f"\n{title}\n{'':<42}{'wall ms':>10}{'cpu ms':>10}{'peak MB':>9}{'cpu/floor':>10}{'wall/ajv':>10}")


def find_ajv(build_dir):
    local = os.path.join(build_dir, "node", "node_modules", ".bin", "ajv")
    return local if os.path.exists(local) else shutil.which("ajv")


SCHEMA = os.path.join(HERE, "local-report.schema.json")  # or lagesbild schema's, see schema_for()


def schema_for(lagesbild, build_dir):
    """The JSON Schema `lagesbild schema` writes, when it has the command; else bench/'s own.

    ajv-cli reads YAML with js-yaml, which makes `upprättad: 2026-11-04` a
    Date that no JSON type names: that one key is only required in the copy
    ajv-cli gets, as in bench/local-report.schema.json."""
    written = os.path.join(build_dir, "dalarna-2019.lokal.schema.json")
    done = subprocess.run([lagesbild, "schema", "--typ", "lokal", "-o", written], capture_output=True)
    if done.returncode != 0:
        return SCHEMA, "bench/local-report.schema.json (this lagesbild has no schema command)"
    with open(written, encoding="utf-8") as f:
        schema = json.load(f)
    schema["properties"]["upprättad"] = {"not": {"type": "null"}}
    with open(written, "w", encoding="utf-8") as f:
        json.dump(schema, f, ensure_ascii=False)
    return written, "lagesbild schema --typ lokal (upprättad only required: js-yaml reads it as a Date)"


def ajv_cmd(ajv, files):
    # ajv-cli stops at the first file js-yaml cannot parse (a tab in the
    # indentation): it is given the others, and the row says how many.
    parsable = [f for f in files if b"\t" not in open(f, "rb").read()]
    # --strict=false: lagesbild's schema has errorMessage texts for editors.
    cmd = [ajv, "validate", "--strict=false", "--allow-union-types", "-s", SCHEMA]
    for f in parsable:
        cmd += ["-d", f]
    return cmd, len(files) - len(parsable)


def supports_jobs(lagesbild):
    text = subprocess.run([lagesbild, "validate", "--help"], capture_output=True, text=True).stdout
    return "-j" in text


def load_line():
    with open("/proc/loadavg") as f:
        load = " ".join(f.read().split()[:3])
    return f"load average {load} on {os.cpu_count()} cores"


def bench_year(scope, folder, lagesbild, floor, ajv, runs, jobs):
    files = sorted(glob.glob(os.path.join(folder, "*.yaml")))
    mb = sum(os.path.getsize(f) for f in files) / 1e6
    header(f"{scope}: {len(files)} files, {mb:.1f} MB")
    fl = measure([floor] + files, runs)
    row("floor (yaml-cpp events, 1 core)", fl)
    aj = None
    if ajv:
        cmd, left_out = ajv_cmd(ajv, files)
        aj = measure(cmd, runs)
        row(f"ajv-cli ({left_out} unparsable left out)", aj, fl)
    variants = [("-j1", ["-j1"]), (f"-j{os.cpu_count()} (default)", [])] if jobs else [("", [])]
    for label, flag in variants:
        row(f"validate {label}", measure([lagesbild, "validate"] + flag + files, runs), fl, aj)
    with tempfile.TemporaryDirectory() as tmp:  # cwd: no lagesbild.toml of the user's
        year = ["--to", "2026-12", "--today", "2027-01-15", "--format", "json", folder]
        for label, flag in variants:
            row(f"summary {label}", measure([lagesbild, "summary"] + flag + year, runs, cwd=tmp), fl)
        row(f"status {variants[-1][0]}", measure([lagesbild, "status", "--period", "2026-12", folder], runs, cwd=tmp), fl)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--build", default=os.path.join(ROOT, "build-bench"))
    parser.add_argument("--lagesbild", help="time this binary instead of building one")
    parser.add_argument("--only", choices=["county", "nation"])
    args = parser.parse_args()
    build_dir = os.path.abspath(args.build)
    os.makedirs(build_dir, exist_ok=True)
    global SPAWN
    lagesbild, floor, SPAWN = build(build_dir)
    if args.lagesbild:
        lagesbild = os.path.abspath(args.lagesbild)
    # A binary outside its build tree finds the questionnaires only here.
    os.environ["LAGESBILD_MALLAR"] = os.path.join(ROOT, "templates")
    data = os.path.join(build_dir, "bench-data")
    scopes = [args.only] if args.only else ["county", "nation"]
    folders = {scope: generate(data, scope) for scope in scopes}
    ajv = find_ajv(build_dir)
    jobs = supports_jobs(lagesbild)
    global SCHEMA
    SCHEMA, schema_name = schema_for(lagesbild, build_dir)
    print(f"lagesbild benchmark: {lagesbild}\n{load_line()} at start; best of {args.runs} runs")
    print("ajv-cli: " + (ajv or "not installed (npm install --prefix BUILD/node ajv-cli@5)") +
          f", with the schema of {schema_name}")

    one = os.path.join(folders[scopes[0]], "2026-10_mora_kommun.yaml")
    header(f"one report ({os.path.getsize(one)} bytes), per process, {ONE_REPORT_LOOPS} processes a run")
    fl = measure([floor, one], args.runs, ONE_REPORT_LOOPS)
    row("floor", fl)
    aj = measure(ajv_cmd(ajv, [one])[0], args.runs, 5) if ajv else None
    if aj:
        row("ajv-cli", aj, fl)
    row("validate", measure([lagesbild, "validate", one], args.runs, ONE_REPORT_LOOPS), fl, aj)

    pair = [os.path.join(folders[scopes[0]], f"2026-10_mora_{party}.yaml") for party in ("kommun", "polis")]
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "2026-10_mora_gemensam.yaml")
        header("merge of one month's pair, per process (the joint file exists after the first)")
        # Every run merges into the joint file of the run before, as when a
        # party corrects its file after the meeting: the meeting's work is kept.
        mg = measure([lagesbild, "merge"] + pair + ["-o", out], args.runs, ONE_REPORT_LOOPS)
        fl = measure([floor] + pair, args.runs, ONE_REPORT_LOOPS)
        row("floor (both parties' files)", fl)
        # merge also reads the joint file it replaces and the text it writes.
        fl_all = measure([floor] + pair + [out, out], args.runs, ONE_REPORT_LOOPS)
        row("floor (those + the joint file twice)", fl_all)
        row("merge", mg, fl)
        row("merge, against the second floor", mg, fl_all)

    for scope in scopes:
        bench_year(scope, folders[scope], lagesbild, floor, ajv, args.runs, jobs)
    print(f"\n{load_line()} at end")


if __name__ == "__main__":
    main()
