// The real page in Debian's Chromium, as an official uses it (tests/web/run.sh):
//   node page-check.mjs PAGE.html SOURCE_DIR LAGESBILD
// 1. loads from file:// and counts every request after load (must be 0),
// 2. runs every golden validate input of tests/cli/ through window.lagesbild
//    and through the native binary and compares the bytes (and render of the
//    examples, merge of the example pair, new),
// 3. uses the page itself: opens files, edits in the editor, fills the form,
//    creates, merges and renders, and looks at the browser's storage,
// 4. runs axe-core (WCAG 2.1 A/AA and best practice) at 1280 and 320 px,
//    checks the page does not scroll sideways at 320 px, and tabs through it.
// Closes with "N passed, M failed".
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const puppeteer = require("puppeteer-core");
const axePath = require.resolve("axe-core/axe.min.js");
const [pagePath, source, lagesbild] = process.argv.slice(2).map((a) => resolve(a));
const url = pathToFileURL(resolve(pagePath)).href;
let passed = 0;
let failed = 0;
function check(name, ok, detail) {
  if (ok) passed++;
  else {
    failed++;
    console.log(`FAIL: ${name}${detail ? `\n${detail}` : ""}`);
  }
}
function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `first difference at ${i}:\n  page:   ${JSON.stringify(a.slice(i, i + 120))}\n  native: ${JSON.stringify(b.slice(i, i + 120))}`;
}
function native(dir, args) {
  const r = spawnSync(lagesbild, args, { cwd: dir, env: { PATH: "/usr/bin:/bin" }, encoding: "utf8" });
  if (r.error) throw new Error(`${lagesbild} ${args.join(" ")} in ${dir}: ${r.error.message}`);
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}
const modeline = /^# yaml-language-server: \$schema=[^\n]*\n/;

const profile = mkdtempSync(join(tmpdir(), "lagesbild-web-"));
const work = mkdtempSync(join(tmpdir(), "lagesbild-web-work-"));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium", headless: true, userDataDir: profile,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage();
  const requests = [];
  const errors = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  await page.setViewport({ width: 1280, height: 900 });
  const t0 = Date.now();
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction(() => window.lagesbild && window.lagesbild.ready, { timeout: 20000 });
  console.log(`ready after ${Date.now() - t0} ms`);
  const afterLoad = requests.length;
  const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.content);
  check("the CSP forbids every connection", csp.includes("connect-src 'none'") && csp.includes("default-src 'none'"), csp);

  // 2. Parity with the native binary, byte for byte.
  const validateDir = join(source, "tests/cli/validate");
  for (const name of readdirSync(validateDir).filter((f) => f.endsWith(".yaml")).sort()) {
    const final = name.startsWith("slutlig-");
    const bytes = [...readFileSync(join(validateDir, name))];
    const got = await page.evaluate((n, b, f) => {
      const u = new Uint8Array(b);
      return { json: lagesbild.validate(n, u, { final: f }), check: lagesbild.check(n, u, { final: f }) };
    }, name, bytes, final);
    const flags = final ? ["--final"] : [];
    const json = native(validateDir, ["validate", ...flags, "--format", "json", name]);
    const text = native(validateDir, ["validate", ...flags, name]);
    check(`validate --format json ${name}`, got.json === json.stdout, firstDifference(got.json, json.stdout));
    check(`validate ${name}`, got.check.text === text.stdout && got.check.exitCode === text.code,
      `exit ${got.check.exitCode} vs ${text.code}\n${firstDifference(got.check.text, text.stdout)}`);
  }
  const renders = [["examples", "2026-10_alvdalen_kommun.yaml"], ["examples", "2026-09_alvdalen_gemensam.yaml"],
    ["tests/cli/render", "radbrytning.yaml"], ["tests/cli/render", "fientlig.yaml"],
    ["tests/cli/render", "fientlig-gemensam.yaml"], ["tests/cli/version-1", "2026-10_alvdalen_gemensam.yaml"],
    ["tests/cli/validate", "andrad-partstext.yaml"], ["tests/cli/validate", "yaml-syntax.yaml"]];
  for (const [folder, name] of renders) {
    const dir = join(source, folder);
    const text = readFileSync(join(dir, name), "utf8");
    for (const format of ["html", "markdown"]) {
      const got = await page.evaluate((n, t, f) => {
        try { return { text: lagesbild.render(n, t, f) }; } catch (e) { return { error: e.message, code: e.exitCode }; }
      }, name, text, format);
      const want = native(dir, ["render", "--format", format, name]);
      if (want.code === 0) check(`render ${format} ${folder}/${name}`, got.text === want.stdout, firstDifference(got.text || "", want.stdout));
      else check(`render ${format} ${folder}/${name} refused`, got.error === want.stderr && got.code === want.code,
        `${got.code} vs ${want.code}\n${firstDifference(got.error || "", want.stderr)}`);
    }
  }
  // merge: the example pair, with and without last month's joint picture, and a refusal.
  const ex = join(source, "examples");
  const read = (n) => readFileSync(join(ex, n), "utf8");
  const cases = [["with --previous", true], ["without --previous", false]];
  for (const [label, withPrevious] of cases) {
    const dir = mkdtempSync(join(work, "merge-"));
    for (const n of ["2026-10_alvdalen_kommun.yaml", "2026-10_alvdalen_polis.yaml", "2026-09_alvdalen_gemensam.yaml"])
      writeFileSync(join(dir, n), read(n));
    const args = ["merge", "2026-10_alvdalen_kommun.yaml", "2026-10_alvdalen_polis.yaml"];
    if (withPrevious) args.push("--previous", "2026-09_alvdalen_gemensam.yaml");
    const want = native(dir, args);
    const written = readFileSync(join(dir, "2026-10_alvdalen_gemensam.yaml"), "utf8").replace(modeline, "");
    const got = await page.evaluate((k, p, prev) => lagesbild.merge(
      [{ fileName: "2026-10_alvdalen_kommun.yaml", text: k }, { fileName: "2026-10_alvdalen_polis.yaml", text: p }],
      prev ? { previous: { fileName: "2026-09_alvdalen_gemensam.yaml", text: prev } } : {}),
    read("2026-10_alvdalen_kommun.yaml"), read("2026-10_alvdalen_polis.yaml"),
    withPrevious ? read("2026-09_alvdalen_gemensam.yaml") : null);
    check(`merge ${label}: the joint file`, got.text === written, firstDifference(got.text || "", written));
    check(`merge ${label}: the messages`, got.messages === want.stderr + want.stdout && got.exitCode === want.code,
      firstDifference(got.messages, want.stderr + want.stdout));
  }
  {
    const dir = mkdtempSync(join(work, "refuse-"));
    writeFileSync(join(dir, "2026-10_alvdalen_kommun.yaml"), read("2026-10_alvdalen_kommun.yaml"));
    const other = read("2026-10_alvdalen_polis.yaml").replace("period: 2026-10", "period: 2026-11");
    writeFileSync(join(dir, "2026-11_alvdalen_polis.yaml"), other);
    const want = native(dir, ["merge", "2026-10_alvdalen_kommun.yaml", "2026-11_alvdalen_polis.yaml"]);
    const got = await page.evaluate((k, p) => lagesbild.merge([{ fileName: "2026-10_alvdalen_kommun.yaml", text: k },
      { fileName: "2026-11_alvdalen_polis.yaml", text: p }]), read("2026-10_alvdalen_kommun.yaml"), other);
    check("merge of two months is refused as by the CLI", got.text === null && want.code !== 0 &&
      got.messages === want.stderr + want.stdout && got.exitCode === want.code,
    firstDifference(got.messages, want.stderr + want.stdout));
  }
  {
    const dir = mkdtempSync(join(work, "new-"));
    native(dir, ["new", "--kommun", "Älvdalen", "--part", "polis", "--period", "2026-11", "--upprattad", "2026-12-02"]);
    const want = readFileSync(join(dir, "2026-11_alvdalen_polis.yaml"), "utf8").replace(modeline, "");
    const got = await page.evaluate(() => lagesbild.newFile({ kommun: "Älvdalen", part: "polis", period: "2026-11",
      upprattad: "2026-12-02" }));
    check("new: the same file as lagesbild new", got.text === want && got.fileName === "2026-11_alvdalen_polis.yaml",
      firstDifference(got.text, want));
  }

  // 3. The page itself.
  const input = await page.$("#open-files");
  const opened = ["2026-10_alvdalen_kommun.yaml", "2026-10_alvdalen_polis.yaml"].map((n) => join(ex, n))
    .concat(["utf16.yaml", "windows-1252.yaml", "djup.yaml", "flera-dokument.yaml"].map((n) => join(validateDir, n)));
  await input.uploadFile(...opened);
  await page.waitForFunction((n) => document.querySelectorAll("#check-results .result").length === n, { timeout: 20000 },
    opened.length);
  const verdicts = await page.$$eval("#check-results .verdict", (els) => els.map((e) => e.textContent));
  check("each opened file's verdict as validate prints it", verdicts[0] === "2026-10_alvdalen_kommun.yaml: godkänd" &&
    verdicts[1] === "2026-10_alvdalen_polis.yaml: godkänd", JSON.stringify(verdicts));
  const shownMessages = await page.$eval("#check-results", (e) => e.textContent);
  for (const n of ["utf16.yaml", "windows-1252.yaml", "djup.yaml", "flera-dokument.yaml"]) {
    const messages = JSON.parse(native(validateDir, ["validate", "--format", "json", n]).stdout).map((d) => d.message);
    check(`the page shows the CLI's messages for ${n}`, messages.length > 0 && messages.every((m) => shownMessages.includes(m)));
  }
  // A file over the CLI's 4 MB gets the CLI's words; a 60 MB drop is refused
  // before it is read, and the tab stays responsive.
  {
    const dir = mkdtempSync(join(work, "big-"));
    writeFileSync(join(dir, "stor.yaml"), "a".repeat(5 * 1024 * 1024));
    writeFileSync(join(dir, "jatte.yaml"), Buffer.alloc(60 * 1024 * 1024, 97));
    const before = await page.$$eval("#check-results .result", (r) => r.length);
    await input.uploadFile(join(dir, "stor.yaml"), join(dir, "jatte.yaml"));
    await page.waitForFunction((n) => document.querySelectorAll("#check-results .result").length === n + 2,
      { timeout: 30000 }, before);
    const t0 = Date.now();
    await page.evaluate(() => 1 + 1);
    check("the tab answers at once after a 60 MB drop", Date.now() - t0 < 2000);
    const shown = await page.$eval("#check-results", (e) => e.textContent);
    const cli = JSON.parse(native(dir, ["validate", "--format", "json", "stor.yaml"]).stdout)[0].message;
    check("a 5 MB file gets the CLI's message", shown.includes(cli), cli);
    check("a 60 MB file is refused with a reason", shown.includes("jatte.yaml") && shown.includes("läses inte"));
  }
  // Edit: open the kommun file, break a trend, see the live check.
  await page.select("#current-file", "2026-10_alvdalen_kommun.yaml");
  await page.click("#nav-redigera");
  await page.waitForSelector("#editor .cm-content");
  await page.evaluate(() => {
    const line = [...document.querySelectorAll(".cm-line")].find((l) => l.textContent.includes("trend: ökande"));
    line.scrollIntoView();
  });
  const line = await page.$$eval(".cm-line", (ls) => ls.findIndex((l) => l.textContent.includes("trend: ökande")));
  const target = (await page.$$(".cm-line"))[line];
  await target.click();
  await page.keyboard.press("End");
  for (let i = 0; i < "ande".length; i++) await page.keyboard.press("Backspace");
  await page.keyboard.type("ad");
  await page.waitForFunction(() => document.querySelector("#editor-verdict").textContent.includes("1 fel"), { timeout: 5000 })
    .catch(() => {});
  const editorVerdict = await page.$eval("#editor-verdict", (e) => e.textContent);
  check("the editor's live check finds the misspelt trend", editorVerdict.includes("1 fel"), editorVerdict);
  const diagnostic = await page.$eval("#editor-diagnostics", (e) => e.textContent);
  check("... with the CLI's words", diagnostic.includes("Menade du `ökande`?"), diagnostic);
  check("the lint marks the line", (await page.$$(".cm-lintRange-error")).length > 0);
  // Save downloads under the proper name.
  const downloads = mkdtempSync(join(work, "downloads-"));
  const cdp = await page.target().createCDPSession();
  await cdp.send("Browser.setDownloadBehavior", { behavior: "allow", downloadPath: downloads });
  await page.click("#save-file");
  await new Promise((r) => setTimeout(r, 1000));
  const saved = readdirSync(downloads);
  check("Spara downloads the file under its name", saved.includes("2026-10_alvdalen_kommun.yaml"), JSON.stringify(saved));
  if (saved.includes("2026-10_alvdalen_kommun.yaml")) {
    const s = readFileSync(join(downloads, "2026-10_alvdalen_kommun.yaml"), "utf8");
    check("... with the edited text", s.includes("trend: ökad\n"));
  }
  // New, then the form.
  await page.click("#nav-ny");
  await page.type("#new-kommun", "Mora");
  await page.select("#new-part", "polis");
  await page.click("#new-create");
  await page.waitForSelector("#form:not([hidden])", { timeout: 5000 }).catch(async () => {
    console.log("form not shown:", await page.$eval("#form-notice", (e) => e.textContent), errors.join("\n"));
  });
  const trendRadio = await page.$('#form-fields input[type="radio"][value="ökande"]');
  check("the form has the trend as a choice", Boolean(trendRadio));
  if (trendRadio) await trendRadio.click();
  const editorText = await page.evaluate(() => document.querySelector("#editor .cm-content").innerText);
  check("the form's answer is in the file's text", /trend: ökande/.test(editorText), editorText.slice(0, 400));
  // Merge in the page.
  await page.click("#nav-sla-ihop");
  await (await page.$("#merge-files")).uploadFile(join(ex, "2026-10_alvdalen_kommun.yaml"), join(ex, "2026-10_alvdalen_polis.yaml"));
  await page.click("#merge-run");
  await page.waitForFunction(() => document.querySelector("#merge-messages").textContent.length > 0, { timeout: 5000 });
  const mergeMessages = await page.$eval("#merge-messages", (e) => e.textContent);
  check("the page's merge says what it wrote", mergeMessages.startsWith("Skrev 2026-10_alvdalen_gemensam.yaml"), mergeMessages);
  // Render.
  await page.click("#nav-dokument");
  await page.waitForFunction(() => document.querySelector("#render-frame").srcdoc.length > 1000, { timeout: 5000 });
  const heading = await page.evaluate(() => document.querySelector("#render-frame").contentDocument?.querySelector("h1")?.textContent);
  check("the document is shown", Boolean(heading), String(heading));
  // Print: what the page's print button prints is the document in the frame;
  // printed by this Chromium, every page has the marking and "Sida N av M",
  // and a draft's UTKAST.
  for (const [folder, name, marks] of [["examples", "2026-09_alvdalen_gemensam.yaml", ["Klassificering: INTERN", "Sida "]],
    ["tests/cli/validate", "andrad-partstext.yaml", ["Klassificering: INTERN", "Sida ", "UTKAST · Älvdalen"]]]) {
    const html = await page.evaluate((n, t) => lagesbild.render(n, t, "html"), name, readFileSync(join(source, folder, name), "utf8"));
    const printer = await browser.newPage();
    await printer.setContent(html, { waitUntil: "load" });
    const pdf = join(work, `${name}.pdf`);
    await printer.pdf({ path: pdf, format: "A4", preferCSSPageSize: true });
    await printer.close();
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))[1]);
    for (let n = 1; n <= pages; n++) {
      const text = execFileSync("pdftotext", ["-f", String(n), "-l", String(n), pdf, "-"], { encoding: "utf8" });
      for (const mark of marks) check(`print of ${name}: page ${n} of ${pages} has "${mark}"`, text.includes(mark));
    }
  }
  // The form asks before it drops a person's own comment (the example has one on line 2;
  // the kommun file was edited above into one the form refuses: its misspelt trend).
  await page.select("#current-file", "2026-10_alvdalen_polis.yaml");
  await page.click("#nav-formular");
  await page.waitForSelector("#comments-dialog[open]", { timeout: 5000 }).catch(() => {});
  const dialogText = await page.$eval("#comments-dialog", (d) => (d.open ? d.textContent : ""));
  check("the form lists the own comment before it is dropped", dialogText.includes("Ett påhittat men rimligt exempel"), dialogText);
  if (dialogText) await page.click("#comments-dialog-no");
  // merge refuses to overwrite the meeting's own comments, as the CLI does.
  {
    const dir = mkdtempSync(join(work, "own-comment-"));
    for (const n of ["2026-10_alvdalen_kommun.yaml", "2026-10_alvdalen_polis.yaml"]) writeFileSync(join(dir, n), read(n));
    native(dir, ["merge", "2026-10_alvdalen_kommun.yaml", "2026-10_alvdalen_polis.yaml"]);
    const joint = readFileSync(join(dir, "2026-10_alvdalen_gemensam.yaml"), "utf8")
      .replace("\nområden:", "\n# Mötet ville ta upp detta igen i november.\nområden:");
    writeFileSync(join(dir, "2026-10_alvdalen_gemensam.yaml"), joint);
    const want = native(dir, ["merge", "2026-10_alvdalen_kommun.yaml", "2026-10_alvdalen_polis.yaml"]);
    const got = await page.evaluate((k, p, j) => lagesbild.merge([{ fileName: "2026-10_alvdalen_kommun.yaml", text: k },
      { fileName: "2026-10_alvdalen_polis.yaml", text: p }], { existing: { fileName: "2026-10_alvdalen_gemensam.yaml", text: j } }),
    read("2026-10_alvdalen_kommun.yaml"), read("2026-10_alvdalen_polis.yaml"), joint);
    check("merge keeps a joint file with an own comment, as the CLI does", want.code !== 0 && got.text === null &&
      got.exitCode === want.code && got.messages === want.stderr + want.stdout, firstDifference(got.messages, want.stderr + want.stdout));
  }
  // Storage and requests after a session of work.
  const stores = await page.evaluate(async () => ({ local: localStorage.length, session: sessionStorage.length,
    idb: (await indexedDB.databases()).length, cookies: document.cookie }));
  check("nothing is stored in the browser", stores.local === 0 && stores.session === 0 && stores.idb === 0 &&
    stores.cookies === "", JSON.stringify(stores));
  const external = requests.filter((r) => !/^(data|blob|about|file):/.test(r));
  check("no request leaves the page", external.length === 0, external.join("\n"));
  check("no request after load but the page's own downloads", requests.slice(afterLoad)
    .every((r) => /^(blob|about|data):/.test(r)), requests.slice(afterLoad).join("\n"));
  check("no script error", errors.length === 0, errors.join("\n"));
  // Unsaved work: a reload asks first.
  let asked = false;
  page.on("dialog", async (d) => { asked = asked || d.type() === "beforeunload"; await d.accept(); });
  await page.reload({ waitUntil: "load" }).catch(() => {});
  check("a reload with unsaved changes asks first", asked);

  // 4. Accessibility.
  const a11y = await browser.newPage();
  await a11y.setBypassCSP(true);  // only to inject axe-core, never in the tests above
  for (const width of [1280, 320]) {
    await a11y.setViewport({ width, height: 900 });
    for (const section of ["oppna", "redigera", "formular", "ny", "sla-ihop", "dokument"]) {
      await a11y.goto(`${url}#${section}`, { waitUntil: "load" });
      await a11y.waitForFunction(() => window.lagesbild && window.lagesbild.ready);
      if (section === "formular" || section === "redigera" || section === "dokument") {
        await a11y.evaluate(() => { location.hash = "#ny"; });
        await a11y.type("#new-kommun", "Mora");
        await a11y.click("#new-create");
        await a11y.click(`#nav-${section}`);
        await new Promise((r) => setTimeout(r, 300));
      }
      await a11y.addScriptTag({ path: axePath });
      const result = await a11y.evaluate(() => window.axe.run(document, { runOnly: { type: "tag",
        values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } }));
      check(`axe: no violation in ${section} at ${width} px`, result.violations.length === 0,
        result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`).join("\n"));
      const wide = await a11y.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      check(`no sideways scroll in ${section} at ${width} px`, wide <= 0, `${wide} px too wide`);
      if (width === 1280 || section === "formular")
        await a11y.screenshot({ path: join(process.env.LAGESBILD_SCREENSHOTS || work, `${section}-${width}.png`), fullPage: true });
    }
  }
  // Keyboard alone: Tab from the top reaches every control of the form.
  await a11y.setViewport({ width: 1280, height: 900 });
  await a11y.goto(`${url}#ny`, { waitUntil: "load" });
  await a11y.waitForFunction(() => window.lagesbild && window.lagesbild.ready);
  await a11y.type("#new-kommun", "Mora");
  await a11y.click("#new-create");
  await a11y.waitForSelector("#form:not([hidden])");
  const controls = await a11y.$$eval("#form-fields input, #form-fields select, #form-fields textarea, #form-fields button",
    // A radio group is one stop for Tab (the arrows move inside it): its name stands for it.
    (els) => els.filter((e) => !e.disabled && e.offsetParent !== null).map((e) => (e.type === "radio" ? `radio:${e.name}` : e.id)));
  await a11y.evaluate(() => document.activeElement.blur());
  const reached = new Set();
  for (let i = 0; i < 400; i++) {
    await a11y.keyboard.press("Tab");
    const id = await a11y.evaluate(() => (document.activeElement.type === "radio"
      ? `radio:${document.activeElement.name}` : document.activeElement.id));
    reached.add(id);
  }
  const missed = controls.filter((c) => !reached.has(c));
  check("Tab reaches every control of the form", missed.length === 0, `not reached: ${missed.join(", ")}`);
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
  if (!process.env.LAGESBILD_SCREENSHOTS) rmSync(work, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
