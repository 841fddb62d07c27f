// SPDX-License-Identifier: EUPL-1.2
// Accessibility check of the HTML lagesbild writes, with the real thing:
// axe-core run in Debian's Chromium (driven by puppeteer-core, which never
// downloads a browser of its own).
//
//   node tests/a11y/axe-check.mjs FILE.html...
//
// Each file is loaded at a desktop width (1280 px) and at phone widths
// (390 and 320 px) and checked against axe's WCAG 2.0/2.1 A and AA rules and
// its best-practice rules. At the phone widths the page itself must not
// scroll sideways (WCAG 1.4.10 Reflow): only a wide table or chart may,
// inside its own labelled region. Printed on A4 (print media, 657 px) the
// page may not be wider than the paper either. Every violation is printed
// with its rule, impact and the elements it hit; any violation or overflow
// fails the run.
// CHROMIUM names another browser binary (default /usr/bin/chromium).
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import puppeteer from "puppeteer-core";

const require = createRequire(import.meta.url);
const axePath = require.resolve("axe-core/axe.min.js");
const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];
const widths = [1280, 390, 320];
const kPrintWidth = 657;

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node axe-check.mjs FILE.html...");
  process.exit(2);
}

// The flags Chromium needs as root on a machine with no network but the
// package registries; a fresh profile so nothing is carried between runs.
const profile = mkdtempSync(join(tmpdir(), "lagesbild-axe-"));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  userDataDir: profile,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});

const browserVersion = await browser.version();
let violations = 0;
let failedChecks = 0;
try {
  for (const file of files) {
    const page = await browser.newPage();
    for (const width of widths) {
      await page.setViewport({ width, height: 900 });
      await page.goto(pathToFileURL(resolve(file)).href, { waitUntil: "load" });
      await page.addScriptTag({ path: axePath });
      const result = await page.evaluate(
        (runOnly) => window.axe.run(document, { runOnly: { type: "tag", values: runOnly }, resultTypes: ["violations", "passes"] }),
        tags);
      const { scrollWidth, innerWidth, tables, charts, headings } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
        tables: document.querySelectorAll("table").length,
        charts: document.querySelectorAll("svg").length,
        headings: document.querySelectorAll("h1").length,
      }));
      const overflow = scrollWidth > innerWidth;
      const name = `${basename(file)} @ ${width} px`;
      console.log(`${name}: ${result.violations.length} violations (${result.passes.length} rules passed;` +
        ` ${tables} tables, ${charts} charts), scrollWidth ${scrollWidth} of ${innerWidth}` +
        (overflow ? " (SCROLLS SIDEWAYS)" : ""));
      // axe passes an empty page: a document that did not load is a failure.
      if (headings !== 1) {
        console.log(`  the page has ${headings} h1 elements, expected the document's title`);
        failedChecks += 1;
      }
      for (const v of result.violations) {
        console.log(`  ${v.id} [${v.impact}] ${v.help} (${v.helpUrl})`);
        for (const node of v.nodes) console.log(`    ${node.target.join(" ")}: ${node.failureSummary.replace(/\n\s*/g, " ")}`);
      }
      if (overflow) {
        // Name what sticks out, so the fix is found without a screenshot.
        const wide = await page.evaluate((limit) => [...document.querySelectorAll("body *")]
          .filter((e) => e.getBoundingClientRect().right > limit + 0.5)
          .slice(0, 8)
          .map((e) => `${e.tagName.toLowerCase()}.${e.getAttribute("class") || ""} right=${Math.round(e.getBoundingClientRect().right)}`),
        innerWidth);
        for (const w of wide) console.log(`    wider than the window: ${w}`);
      }
      violations += result.violations.length;
      if (result.violations.length > 0 || overflow) failedChecks += 1;
    }
    // On paper (A4 less the page margins: 174 mm, 657 px) nothing may be
    // wider either: Chromium's print shrinks a page that is, and its 9 pt
    // text with it.
    await page.emulateMediaType("print");
    await page.setViewport({ width: kPrintWidth, height: 900 });
    await page.goto(pathToFileURL(resolve(file)).href, { waitUntil: "load" });
    const printWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    const tooWide = printWidth > kPrintWidth;
    console.log(`${basename(file)} printed on A4: width ${printWidth} of ${kPrintWidth}` + (tooWide ? " (SHRUNK TO FIT)" : ""));
    if (tooWide) failedChecks += 1;
    await page.close();
  }
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
const checks = files.length * (widths.length + 1);
console.log(`axe-core ${require("axe-core/package.json").version}, ${browserVersion}: ${violations} violations in all`);
console.log(`${checks - failedChecks} passed, ${failedChecks} failed`);
process.exit(failedChecks === 0 ? 0 : 1);
