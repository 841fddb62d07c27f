// SPDX-License-Identifier: EUPL-1.2
// The offline page's figures, beside the native binary's. Prints; asserts nothing.
//
//   .ci/build-web && .ci/install-deps      # the page, and puppeteer-core in tests/web
//   node bench/web.mjs [--page build-web/lagesbild.html] [--lagesbild build/lagesbild] [--runs 50]
//
// - the page's size, raw and gzip -9 (aim: under 3 MB raw);
// - navigation to `lagesbild.ready`, median of 5 loads in a fresh tab each (aim: under 1 s);
// - checking one report (examples/2026-10_alvdalen_kommun.yaml): the page's
//   `lagesbild.check` warm, median of 50 calls (aim: under 50 ms); the native
//   binary as a process (`lagesbild validate FILE`, median of 50), and in one
//   process (`lagesbild validate -j1` of 50 copies, per file: the in-process
//   cost plus a 50th of the start);
// - the same for the national year's largest file: bench/generate.py nation
//   (290 municipalities x 12 months x 2 parties), made in build-bench/bench-data/nation
//   as bench/run.py makes it (about 30 s the first time), and its largest file taken.
// Headless Chromium on the build machine; quote the load line with the figures.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { launchBrowser } from "../tests/web/lib.mjs";

const root = resolve(new URL("..", import.meta.url).pathname);
const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) =>
  (a.startsWith("--") ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const page = resolve(args.page || join(root, "build-web/lagesbild.html"));
const lagesbild = resolve(args.lagesbild || join(root, "build/lagesbild"));
const runs = Number(args.runs || 50);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;
const aim = (value, limit, unit) => `(aim: under ${limit} ${unit}: ${value < limit ? "met" : "NOT met"})`;
const load = () => `load average ${loadavg().map((x) => x.toFixed(2)).join(" ")} on ${cpus().length} cores`;

if (!existsSync(page)) {
  console.error(`${page} is missing: run .ci/build-web first`);
  process.exit(2);
}
console.log(`lagesbild web benchmark: ${page}\nnative: ${lagesbild}\n${load()} at start`);

// The national year, as bench/run.py generates it.
function nationalYear() {
  const folder = join(root, "build-bench", "bench-data", "nation");
  const stamp = join(folder, ".generated");
  if (!existsSync(stamp)) {
    console.log("generating the national year (bench/generate.py nation) ...");
    rmSync(folder, { recursive: true, force: true });
    const done = spawnSync("python3", [join(root, "bench", "generate.py"), "nation", folder], { stdio: ["ignore", "ignore", "inherit"] });
    if (done.status !== 0) return null;
    spawnSync("touch", [stamp]);
  }
  const files = readdirSync(folder).filter((f) => f.endsWith(".yaml")).map((f) => join(folder, f));
  return { count: files.length, largest: files.reduce((a, b) => (statSync(b).size > statSync(a).size ? b : a)) };
}

// 1. Size.
const bytes = readFileSync(page);
const raw = bytes.length / 1e6;
console.log(`\npage size: ${raw.toFixed(2)} MB raw, ${(gzipSync(bytes, { level: 9 }).length / 1e6).toFixed(2)} MB gzip -9 ${aim(raw, 3, "MB")}`);

const { browser, close } = await launchBrowser();
try {
  // 2. Navigation to ready, a fresh tab each time (no cache of the compiled module).
  const ready = [];
  for (let i = 0; i < 5; i++) {
    const tab = await browser.newPage();
    const t0 = performance.now();
    await tab.goto(pathToFileURL(page).href, { waitUntil: "domcontentloaded" });
    await tab.waitForFunction(() => window.lagesbild && window.lagesbild.ready, { polling: 5, timeout: 30000 });
    ready.push(performance.now() - t0);
    await tab.close();
  }
  const readyMedian = median(ready);
  console.log(`navigation to lagesbild.ready: median ${ms(readyMedian)} of 5 (${ready.map((x) => Math.round(x)).join(", ")}) ${aim(readyMedian, 1000, "ms")}`);

  const tab = await browser.newPage();
  await tab.goto(pathToFileURL(page).href);
  await tab.waitForFunction(() => window.lagesbild && window.lagesbild.ready, { polling: 20, timeout: 30000 });

  // 3. and 4. One check, in the page and natively.
  async function inPage(file, n) {
    return tab.evaluate((name, b64, n) => {
      const content = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      window.lagesbild.check(name, content); // warm
      const times = [];
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        window.lagesbild.check(name, content);
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      return times[Math.floor(n / 2)];
    }, basename(file), readFileSync(file).toString("base64"), n);
  }
  function nativeProcess(file, n) {
    const times = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      spawnSync(lagesbild, ["validate", basename(file)], { cwd: resolve(file, ".."), env: { PATH: "/usr/bin:/bin" } });
      times.push(performance.now() - t0);
    }
    return median(times);
  }
  function nativeInProcess(file, n) {
    const folder = mkdtempSync(join(tmpdir(), "lagesbild-bench-web-"));
    try {
      const names = [];
      for (let i = 0; i < n; i++) {
        const name = `kopia-${String(i).padStart(3, "0")}.yaml`;
        copyFileSync(file, join(folder, name));
        names.push(name);
      }
      const times = [];
      for (let r = 0; r < 5; r++) {
        const t0 = performance.now();
        spawnSync(lagesbild, ["validate", "-j1", ...names], { cwd: folder, env: { PATH: "/usr/bin:/bin" } });
        times.push((performance.now() - t0) / n);
      }
      return median(times);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
  const report = join(root, "examples", "2026-10_alvdalen_kommun.yaml");
  const year = nationalYear();
  const cases = [["one report", report, true]];
  if (year) cases.push([`the national year's largest file (of ${year.count})`, year.largest, false]);
  for (const [label, file, aimed] of cases) {
    const web = await inPage(file, runs);
    const proc = nativeProcess(file, runs);
    const inproc = nativeInProcess(file, runs);
    console.log(`\n${label}: ${basename(file)}, ${(statSync(file).size / 1024).toFixed(1)} kB`);
    const row = (what, figure) => console.log(`  ${what.padEnd(38)}${figure}`);
    row("page, lagesbild.check, warm:", `median ${ms(web)} of ${runs}${aimed ? ` ${aim(web, 50, "ms")}` : ""}`);
    row("native, one process per check:", `median ${ms(proc)} of ${runs}`);
    row(`native, ${runs} checks in one process:`, `${ms(inproc)} per check (median of 5 runs)`);
  }
} finally {
  await close();
}
console.log(`\n${load()} at end`);
