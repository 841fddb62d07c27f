// The web page's figures (issue: page size, load to ready, one report and
// the national year's largest file, against the native binary). Prints; asserts nothing.
//   node bench/web.mjs [PAGE] [LAGESBILD] [LARGEST.yaml]
// defaults: build-web/lagesbild.html, build/lagesbild, and the largest file
// under build-bench/bench-data/ when bench/run.py has made it (else skipped).
// Aims printed beside the figures: under 3 MB raw, ready under 1 s, one report under 50 ms.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

const root = resolve(new URL("..", import.meta.url).pathname);
const require = createRequire(join(root, "tests/web/package.json"));
const puppeteer = require("puppeteer-core");
const page = resolve(process.argv[2] || join(root, "build-web/lagesbild.html"));
const lagesbild = resolve(process.argv[3] || join(root, "build/lagesbild"));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function largestFile(dir) {
  let best = null;
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else if (name.endsWith(".yaml") && (!best || s.size > best.size)) best = { path: p, size: s.size };
    }
  };
  if (existsSync(dir)) walk(dir);
  return best && best.path;
}
const largest = process.argv[4] || largestFile(join(root, "build-bench/bench-data"));
const report = join(root, "examples/2026-10_alvdalen_kommun.yaml");

const bytes = readFileSync(page);
console.log(`page: ${(bytes.length / 1e6).toFixed(2)} MB raw, ${(gzipSync(bytes, { level: 9 }).length / 1e6).toFixed(2)} MB gzip -9 (aim < 3 MB raw)`);

const browser = await puppeteer.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"] });
const tab = await browser.newPage();
const ready = [];
for (let i = 0; i < 5; i++) {
  const t0 = Date.now();
  await tab.goto(pathToFileURL(page).href, { waitUntil: "load" });
  await tab.waitForFunction(() => window.lagesbild && window.lagesbild.ready, { polling: 5 });
  ready.push(Date.now() - t0);
}
console.log(`load to ready: median ${median(ready)} ms of 5 (aim < 1000 ms)`);

async function inPage(file, runs) {
  const content = [...readFileSync(file)];
  return tab.evaluate((name, c, n) => {
    const u = new Uint8Array(c);
    lagesbild.validate(name, u);
    const times = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      lagesbild.validate(name, u);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(n / 2)];
  }, file.split("/").pop(), content, runs);
}
function nativeProcess(file, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    spawnSync(lagesbild, ["validate", file]);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}
for (const [label, file, runs] of [["one report", report, 50], ["the national year's largest file", largest, 10]]) {
  if (!file) {
    console.log(`${label}: skipped (run python3 bench/run.py --only nation first to make the national year)`);
    continue;
  }
  const web = await inPage(file, runs);
  const cli = nativeProcess(file, Math.min(runs, 20));
  console.log(`${label} (${(statSync(file).size / 1024).toFixed(1)} kB): page ${web.toFixed(2)} ms per check` +
    ` (median of ${runs}, warm${label === "one report" ? "; aim < 50 ms" : ""}); native \`lagesbild validate\` ${cli.toFixed(2)} ms per process`);
}
await browser.close();
