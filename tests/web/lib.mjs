// SPDX-License-Identifier: EUPL-1.2
// What tests/web's checks share: Debian's Chromium (launched as
// tests/a11y/axe-check.mjs launches it), the native binary run as
// tests/cli/run_cli_test.sh runs it, and byte-for-byte comparison with a
// readable diff.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer from "puppeteer-core";

// The flags Chromium needs as root on a machine with no network but the
// package registries; a fresh profile so nothing is carried between runs.
export async function launchBrowser() {
  const profile = mkdtempSync(join(tmpdir(), "lagesbild-web-"));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    userDataDir: profile,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
  const close = async () => {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { browser, close };
}

// Opens the page and waits for window.lagesbild.ready (at most `timeout` ms).
export async function openPage(page, url, timeout = 30000) {
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction(() => window.lagesbild && window.lagesbild.ready === true, { timeout, polling: 50 });
}

// The native binary in `cwd`, in cron's bare environment (run_cli_test.sh):
// {stdout, stderr} as Buffers and the exit code.
export function native(lagesbild, args, cwd) {
  const done = spawnSync(lagesbild, args, { cwd, env: { PATH: "/usr/bin:/bin" }, maxBuffer: 256 * 1024 * 1024 });
  if (done.error) throw done.error;
  return { stdout: done.stdout, stderr: done.stderr, code: done.status };
}

// The first line a native build writes into the files it makes (the schema
// for editors, `# yaml-language-server: $schema=...`), and the page does not:
// the one documented difference. Only that first line is taken away.
const kModeline = /^# yaml-language-server: \$schema=[^\n]*\n/;
export function withoutModeline(text) {
  return text.replace(kModeline, "");
}
export function hasModeline(text) {
  return kModeline.test(text);
}

const asBuffer = (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value == null ? "" : String(value), "utf8"));

// null when `actual` is byte for byte `expected`; otherwise a text naming the
// first differing byte and a unified diff (- native, + page).
export function difference(expected, actual, labels = ["native", "page"]) {
  const a = asBuffer(expected);
  const b = asBuffer(actual);
  if (a.equals(b)) return null;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const line = a.subarray(0, i).toString("latin1").split("\n").length;
  const show = (buf) => JSON.stringify(buf.subarray(Math.max(0, i - 20), i + 40).toString("utf8"));
  let text = `  first difference at byte ${i} (line ${line}; ${labels[0]} ${a.length} bytes, ${labels[1]} ${b.length}):\n` +
    `    ${labels[0]}: ${show(a)}\n    ${labels[1]}: ${show(b)}\n`;
  const folder = mkdtempSync(join(tmpdir(), "lagesbild-diff-"));
  try {
    writeFileSync(join(folder, labels[0]), a);
    writeFileSync(join(folder, labels[1]), b);
    const diff = spawnSync("diff", ["-u", labels[0], labels[1]], { cwd: folder, encoding: "utf8" }).stdout || "";
    const lines = diff.split("\n");
    text += lines.slice(0, 60).map((l) => `    ${l}`).join("\n");
    if (lines.length > 60) text += `\n    ... (${lines.length - 60} more diff lines)`;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return text;
}

// Counts checks and prints one line per failure, and the closing line.
export class Tally {
  constructor() {
    this.passed = 0;
    this.failed = 0;
    this.start = Date.now();
  }

  // ok: true, or a text saying what differs. `bug` names a known bug of the
  // page or API: the check still fails (until fixed), and the line says so.
  check(name, ok, bug) {
    if (ok === true || ok === null || ok === undefined) {
      this.passed += 1;
      if (process.env.LAGESBILD_WEB_VERBOSE) console.log(`ok: ${name} (${((Date.now() - this.start) / 1000).toFixed(1)} s)`);
      return true;
    }
    this.failed += 1;
    const at = process.env.LAGESBILD_WEB_VERBOSE ? ` (${((Date.now() - this.start) / 1000).toFixed(1)} s)` : "";
    console.log(`FAIL: ${name}${bug ? ` [BUG: ${bug}]` : ""}${at}`);
    if (typeof ok === "string" && ok) console.log(ok.replace(/\n?$/, ""));
    return false;
  }

  finish() {
    console.log(`${this.passed} passed, ${this.failed} failed`);
    return this.failed === 0 ? 0 : 1;
  }
}
