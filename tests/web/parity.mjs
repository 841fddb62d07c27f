// SPDX-License-Identifier: EUPL-1.2
// The page's core against the native binary, byte for byte: every golden
// input of tests/cli/ through window.lagesbild (src/web/API.md) in the real
// page in Debian's Chromium, and through `lagesbild` in the file's folder.
//
//   node tests/web/parity.mjs LAGESBILD SOURCE_DIR PAGE.html
//
// validate (JSON and text, with the exit code), render (HTML and Markdown,
// and render's refusal), merge (written file, messages, exit code, and its
// refusals) and new. The one documented difference: files the native binary
// writes from its build tree start with a line naming their schema for
// editors (`# yaml-language-server: $schema=...`), which the page does not
// write; that first line alone is taken off the native file. One line per
// failed comparison with a diff; the closing line is "N passed, M failed".
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { Tally, difference, hasModeline, launchBrowser, native, openPage, withoutModeline } from "./lib.mjs";

const [lagesbildArg, sourceArg, pageArg] = process.argv.slice(2);
if (!pageArg) {
  console.error("usage: node parity.mjs LAGESBILD SOURCE_DIR PAGE.html");
  process.exit(2);
}
const lagesbild = resolve(lagesbildArg);
const source = resolve(sourceArg);
const pagePath = resolve(pageArg);
const cli = join(source, "tests", "cli");
const examples = join(source, "examples");
const tally = new Tally();
const scratch = mkdtempSync(join(tmpdir(), "lagesbild-parity-"));
let folders = 0;
// A fresh folder with copies of `files` ({name: path or Buffer}).
function folderWith(files) {
  const folder = join(scratch, String(++folders));
  mkdirSync(folder);
  for (const [name, content] of Object.entries(files)) {
    if (Buffer.isBuffer(content)) writeFileSync(join(folder, name), content);
    else copyFileSync(content, join(folder, name));
  }
  return folder;
}

const { browser, close } = await launchBrowser();
let exitCode = 1;
try {
  const page = await browser.newPage();
  page.on("pageerror", (e) => console.log(`page error: ${e.message}`));
  await openPage(page, pathToFileURL(pagePath).href);

  // Calls one API member in the page; Buffers travel as base64 and arrive as
  // Uint8Array, strings as strings. Errors come back as {error, exitCode}.
  const api = (member, ...args) => page.evaluate((member, args) => {
    const decode = (v) => {
      if (v && typeof v === "object" && v.$bytes !== undefined) return Uint8Array.from(atob(v.$bytes), (c) => c.charCodeAt(0));
      if (Array.isArray(v)) return v.map(decode);
      if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, decode(x)]));
      return v;
    };
    try {
      return { value: window.lagesbild[member](...decode(args)) };
    } catch (e) {
      return { error: String(e && e.message), exitCode: e && e.exitCode, name: e && e.name };
    }
  }, member, encode(args));
  function encode(v) {
    if (Buffer.isBuffer(v)) return { $bytes: v.toString("base64") };
    if (Array.isArray(v)) return v.map(encode);
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encode(x)]));
    return v;
  }
  const call = async (member, ...args) => {
    const r = await api(member, ...args);
    if (r.error !== undefined) throw Object.assign(new Error(r.error), { exitCode: r.exitCode });
    return r.value;
  };

  // --- validate: every case of tests/cli/validate, as its bytes.
  const validateDir = join(cli, "validate");
  const cases = readdirSync(validateDir).filter((f) => f.endsWith(".yaml")).sort();
  for (const name of cases) {
    const bytes = readFileSync(join(validateDir, name));
    const final = name.startsWith("slutlig-");
    const flags = final ? ["--final"] : [];
    const json = native(lagesbild, ["validate", ...flags, "--format", "json", name], validateDir);
    let r = await api("validate", name, bytes, { final });
    tally.check(`validate --format json ${name}`, r.error !== undefined ? `  threw: ${r.error}` : difference(json.stdout, r.value));
    const text = native(lagesbild, ["validate", ...flags, name], validateDir);
    r = await api("check", name, bytes, { final });
    if (r.error !== undefined) {
      tally.check(`validate ${name}`, `  threw: ${r.error}`);
      continue;
    }
    tally.check(`validate ${name}: text`, difference(text.stdout, r.value.text));
    tally.check(`validate ${name}: exit code`,
      r.value.exitCode === text.code || `  native exit ${text.code}, page exitCode ${r.value.exitCode}`);
    tally.check(`validate ${name}: diagnostics are the JSON`,
      difference(JSON.stringify(JSON.parse(json.stdout.toString("utf8"))), JSON.stringify(r.value.diagnostics)));
    // Nothing of validate goes to standard error: the page has only stdout to show.
    tally.check(`validate ${name}: native prints nothing on stderr`,
      text.stderr.length === 0 || `  stderr: ${text.stderr.toString("utf8")}`);
  }

  // --- render: every render golden of tests/CMakeLists.txt, both formats.
  const renders = [join(examples, "2026-10_alvdalen_kommun.yaml"), join(examples, "2026-09_alvdalen_gemensam.yaml"),
    join(cli, "version-1", "2026-10_alvdalen_gemensam.yaml"), join(validateDir, "andrad-partstext.yaml"),
    ...readdirSync(join(cli, "render")).filter((f) => f.endsWith(".yaml")).sort().map((f) => join(cli, "render", f))];
  for (const file of renders) {
    const name = basename(file);
    const text = readFileSync(file, "utf8");
    for (const format of ["html", "markdown"]) {
      const n = native(lagesbild, ["render", "--format", format, name], dirname(file));
      const label = `render --format ${format} ${file.slice(source.length + 1)}`;
      if (n.code !== 0) {
        tally.check(label, `  the native render failed (exit ${n.code}): ${n.stderr}`);
        continue;
      }
      const r = await api("render", name, text, format);
      tally.check(label, r.error !== undefined ? `  threw: ${r.error}` : difference(n.stdout, r.value));
    }
  }
  // A file with errors: the thrown Error is render's standard error and exit code.
  for (const name of ["fel-typ.yaml", "yaml-syntax.yaml", "otillatet-varde.yaml", "gemensam-fel.yaml"]) {
    const n = native(lagesbild, ["render", "--format", "html", name], validateDir);
    const r = await api("render", name, readFileSync(join(validateDir, name), "utf8"), "html");
    const label = `render refuses ${name}`;
    if (r.error === undefined) {
      tally.check(label, `  the page rendered it; native exit ${n.code}: ${n.stderr}`);
      continue;
    }
    tally.check(`${label}: native refuses too`, n.code !== 0 && n.stdout.length === 0 || `  native exit ${n.code}`);
    tally.check(`${label}: message`, difference(n.stderr, r.error));
    tally.check(`${label}: exit code`, r.exitCode === n.code || `  native exit ${n.code}, page exitCode ${r.exitCode}`);
  }
  // "pdf" is the browser's print of the HTML: refused with the usage exit code, never HTML in its place.
  for (const format of ["pdf", "docx"]) {
    const r = await api("render", "2026-10_alvdalen_kommun.yaml",
      readFileSync(join(examples, "2026-10_alvdalen_kommun.yaml"), "utf8"), format);
    tally.check(`render refuses the format ${format}`,
      (r.error !== undefined && r.exitCode === 2 && r.error.includes(`"${format}"`)) ||
        `  returned ${r.value === undefined ? "nothing" : "a document"}; error ${r.error}, exitCode ${r.exitCode}`);
  }

  // --- merge. Each case: the parties' files, previous, existing (all as
  // {name: path or Buffer}); the CLI runs in a folder with copies of them,
  // without -o, so it writes (and names) the joint file's own name there.
  const ex = (name) => join(examples, name);
  const v1 = (name) => join(cli, "version-1", name);
  const read = (file) => readFileSync(file, "utf8");
  const nextMonth = (file) => Buffer.from(read(file).replace(/^period: 2026-10/m, "period: 2026-11")
    .replace(/^upprättad: 2026-11-0/m, "upprättad: 2026-12-0"), "utf8");
  const goldenJoint = join(cli, "merge", "2026-10_alvdalen_gemensam.yaml");
  const withOwnComment = Buffer.from(read(goldenJoint).replace(/^(    prioritet: ~)( *#)/m, "$1  # beslutat på mötet 20 nov$2"), "utf8");
  const handEdited = Buffer.from(read(goldenJoint).replace(/^( {8}vad: )(.*)$/m, "$1$2 Ändrad för hand."), "utf8");
  const merges = [
    { label: "examples kommun + polis", parties: { "2026-10_alvdalen_kommun.yaml": ex("2026-10_alvdalen_kommun.yaml"), "2026-10_alvdalen_polis.yaml": ex("2026-10_alvdalen_polis.yaml") } },
    { label: "examples kommun + polis --previous 2026-09", parties: { "2026-10_alvdalen_kommun.yaml": ex("2026-10_alvdalen_kommun.yaml"), "2026-10_alvdalen_polis.yaml": ex("2026-10_alvdalen_polis.yaml") },
      previous: { "2026-09_alvdalen_gemensam.yaml": ex("2026-09_alvdalen_gemensam.yaml") } },
    { label: "examples polis + kommun (other order)", parties: { "2026-10_alvdalen_polis.yaml": ex("2026-10_alvdalen_polis.yaml"), "2026-10_alvdalen_kommun.yaml": ex("2026-10_alvdalen_kommun.yaml") } },
    { label: "kommun alone (a party without a file)", parties: { "2026-10_alvdalen_kommun.yaml": ex("2026-10_alvdalen_kommun.yaml") } },
    { label: "again over the existing joint file (tests/cli/merge)", parties: { "2026-10_alvdalen_kommun.yaml": ex("2026-10_alvdalen_kommun.yaml"), "2026-10_alvdalen_polis.yaml": ex("2026-10_alvdalen_polis.yaml") },
      existing: { "2026-10_alvdalen_gemensam.yaml": goldenJoint } },
    // Warnings that name lines of the joint file written (see shifted()).
    { label: "polis alone over the existing joint file", parties: { "2026-10_alvdalen_polis.yaml": ex("2026-10_alvdalen_polis.yaml") },
      existing: { "2026-10_alvdalen_gemensam.yaml": goldenJoint } },
    { label: "November --previous October's joint file", parties: { "2026-11_alvdalen_kommun.yaml": nextMonth(ex("2026-10_alvdalen_kommun.yaml")), "2026-11_alvdalen_polis.yaml": nextMonth(ex("2026-10_alvdalen_polis.yaml")) },
      previous: { "2026-10_alvdalen_gemensam.yaml": goldenJoint } },
    { label: "version-1 kommun + polis --previous version-1 2026-09", parties: { "2026-10_alvdalen_kommun.yaml": v1("2026-10_alvdalen_kommun.yaml"), "2026-10_alvdalen_polis.yaml": v1("2026-10_alvdalen_polis.yaml") },
      previous: { "2026-09_alvdalen_gemensam.yaml": v1("2026-09_alvdalen_gemensam.yaml") } },
    { label: "version-1 again over version-1's joint file", parties: { "2026-10_alvdalen_kommun.yaml": v1("2026-10_alvdalen_kommun.yaml"), "2026-10_alvdalen_polis.yaml": v1("2026-10_alvdalen_polis.yaml") },
      existing: { "2026-10_alvdalen_gemensam.yaml": v1("2026-10_alvdalen_gemensam.yaml") } },
    // Refusals.
    { label: "refused: different months", refused: true, parties: { "2026-10_alvdalen_kommun.yaml": ex("2026-10_alvdalen_kommun.yaml"), "2026-11_alvdalen_polis.yaml": nextMonth(ex("2026-10_alvdalen_polis.yaml")) } },
    { label: "refused: a party's file twice", refused: true, parties: { "2026-10_alvdalen_polis.yaml": ex("2026-10_alvdalen_polis.yaml"), "polis-kopia.yaml": ex("2026-10_alvdalen_polis.yaml") } },
    { label: "refused: an own comment in the existing joint file", refused: true, parties: { "2026-10_alvdalen_kommun.yaml": ex("2026-10_alvdalen_kommun.yaml"), "2026-10_alvdalen_polis.yaml": ex("2026-10_alvdalen_polis.yaml") },
      existing: { "2026-10_alvdalen_gemensam.yaml": withOwnComment } },
    { label: "refused: party text edited by hand in the existing joint file", refused: true, parties: { "2026-10_alvdalen_kommun.yaml": ex("2026-10_alvdalen_kommun.yaml"), "2026-10_alvdalen_polis.yaml": ex("2026-10_alvdalen_polis.yaml") },
      existing: { "2026-10_alvdalen_gemensam.yaml": handEdited } },
    { label: "refused: a joint file given as a party's", refused: true, parties: { "gemensam-kopia.yaml": goldenJoint, "2026-10_alvdalen_polis.yaml": ex("2026-10_alvdalen_polis.yaml") } },
    { label: "refused: a party's file with errors", refused: true, parties: { "2026-10_alvdalen_kommun.yaml": ex("2026-10_alvdalen_kommun.yaml"),
      "trasig_polis.yaml": Buffer.from(read(ex("2026-10_alvdalen_polis.yaml")).replace(/trend: ökande/g, "trend: ökad"), "utf8") } },
  ];
  // The native messages as they read when the file written has no modeline:
  // each diagnostic on FILE (`FILE:N:C: ...`, its excerpt ` N | text` and the
  // caret line under it) names line N - 1. Nothing else changes.
  function shifted(text, file) {
    const out = [];
    let inFile = false;
    let width = 0;
    for (const line of text.split("\n")) {
      const head = line.match(/^(.+?):(\d+):(\d+): (.*)$/);
      if (head) {
        inFile = head[1] === file;
        out.push(inFile ? `${head[1]}:${Number(head[2]) - 1}:${head[3]}: ${head[4]}` : line);
        continue;
      }
      const excerpt = line.match(/^ (\d+) \|(.*)$/);
      if (inFile && excerpt) {
        const n = String(Number(excerpt[1]) - 1);
        width = n.length;
        out.push(` ${n} |${excerpt[2]}`);
        continue;
      }
      const caret = line.match(/^ +\|(.*)$/);
      if (inFile && caret) {
        out.push(`${" ".repeat(width + 2)}|${caret[1]}`);
        continue;
      }
      inFile = false;
      out.push(line);
    }
    return out.join("\n");
  }
  const bytesOf = (content) => (Buffer.isBuffer(content) ? content : readFileSync(content));
  for (const m of merges) {
    const all = { ...m.parties, ...(m.previous || {}), ...(m.existing || {}) };
    const folder = folderWith(all);
    const args = ["merge", ...Object.keys(m.parties)];
    if (m.previous) args.push("--previous", Object.keys(m.previous)[0]);
    const before = new Set(readdirSync(folder));
    const n = native(lagesbild, args, folder);
    const entry = (o) => (o ? { fileName: Object.keys(o)[0], text: bytesOf(Object.values(o)[0]).toString("utf8") } : undefined);
    const files = Object.entries(m.parties).map(([fileName, content]) => ({ fileName, text: bytesOf(content).toString("utf8") }));
    const options = {};
    if (m.previous) options.previous = entry(m.previous);
    if (m.existing) options.existing = entry(m.existing);
    const r = await api("merge", files, options);
    const label = `merge ${m.label}`;
    if (r.error !== undefined) {
      tally.check(label, `  threw: ${r.error}`);
      continue;
    }
    const got = r.value;
    const messages = Buffer.concat([n.stderr, n.stdout]);
    const writtenNative = got.fileName && existsSync(join(folder, got.fileName)) ? readFileSync(join(folder, got.fileName), "utf8") : "";
    // Lines of the file written are counted in that file: one more in the
    // native file, whose first line is the modeline.
    const expected = !m.refused && hasModeline(writtenNative) ? shifted(messages.toString("utf8"), got.fileName) : messages;
    tally.check(`${label}: messages`, difference(expected, got.messages));
    tally.check(`${label}: exit code`, got.exitCode === n.code || `  native exit ${n.code}, page exitCode ${got.exitCode}`);
    if (m.refused) {
      tally.check(`${label}: native refuses`, n.code !== 0 || `  native exit 0: ${messages}`);
      tally.check(`${label}: no text`, got.text === null || `  the page's text is not null (${String(got.text).length} characters)`);
      const now = readdirSync(folder).filter((f) => !before.has(f));
      tally.check(`${label}: native wrote nothing`, now.length === 0 || `  native wrote ${now.join(", ")}`);
      if (m.existing) {
        const [name, content] = Object.entries(m.existing)[0];
        tally.check(`${label}: native left the existing file`, readFileSync(join(folder, name)).equals(bytesOf(content)) || "  changed");
      }
      continue;
    }
    tally.check(`${label}: native merged`, n.code === 0 || `  native exit ${n.code}: ${messages}`);
    const written = join(folder, got.fileName || "(no name)");
    if (!existsSync(written)) {
      tally.check(`${label}: file name`, `  the page names ${got.fileName}; native wrote ${readdirSync(folder).filter((f) => !before.has(f)).join(", ") || "nothing new"}`);
      continue;
    }
    const file = readFileSync(written, "utf8");
    tally.check(`${label}: native wrote its modeline`, hasModeline(file) || `  first line: ${file.split("\n")[0]}`);
    tally.check(`${label}: text`, difference(withoutModeline(file), got.text));
  }

  // --- new: the same file as `lagesbild new` writes in an empty folder.
  const news = [
    { kommun: "Älvdalen", part: "polis", period: "2026-11", upprattad: "2026-12-04" },
    { kommun: "Älvdalen", part: "kommun", period: "2026-10", upprattad: "2026-11-04" },
    { kommun: "Håbo", part: "kommun", period: "2027-01", upprattad: "2027-02-03", organisation: "Håbo kommun",
      upprattadAv: "Säkerhetssamordnare", klassificering: "sekretess", sekretessgrund: "OSL 18 kap. 13 §", diarienummer: "KS 2027/12" },
  ];
  const flagOf = { kommun: "--kommun", part: "--part", period: "--period", upprattad: "--upprattad", organisation: "--organisation",
    upprattadAv: "--upprattad-av", klassificering: "--klassificering", sekretessgrund: "--sekretessgrund", diarienummer: "--diarienummer" };
  for (const o of news) {
    const folder = folderWith({});
    const args = ["new", ...Object.entries(o).flatMap(([k, v]) => [flagOf[k], v])];
    const n = native(lagesbild, args, folder);
    const label = `new ${Object.values(o).join(" ")}`;
    const r = await api("newFile", o);
    if (r.error !== undefined) {
      tally.check(label, `  threw: ${r.error}`);
      continue;
    }
    const written = readdirSync(folder);
    if (!tally.check(`${label}: native wrote one file`, n.code === 0 && written.length === 1 || `  exit ${n.code}, files ${written}: ${n.stderr}`)) continue;
    tally.check(`${label}: file name`, r.value.fileName === written[0] || `  native ${written[0]}, page ${r.value.fileName}`);
    const file = readFileSync(join(folder, written[0]), "utf8");
    tally.check(`${label}: native wrote its modeline`, hasModeline(file) || `  first line: ${file.split("\n")[0]}`);
    tally.check(`${label}: text`, difference(withoutModeline(file), r.value.text));
  }
  // The golden new file of tests/cli/new is what the page writes too.
  {
    const r = await api("newFile", { kommun: "Älvdalen", part: "polis", period: "2026-11", upprattad: "2026-12-02" });
    const golden = readFileSync(join(cli, "new", "2026-11_alvdalen_polis.yaml"), "utf8");
    tally.check("new: the golden tests/cli/new/2026-11_alvdalen_polis.yaml", r.error ?? difference(withoutModeline(golden), r.value.text, ["golden", "page"]));
  }
  // A refusal: an unknown party. The page's words need not be the CLI's
  // (which name the flag), but they must say in Swedish what is wrong.
  for (const o of [{ kommun: "Älvdalen", part: "brandkår", period: "2026-11" }, { kommun: "", part: "kommun", period: "2026-11" },
    { kommun: "Älvdalen", part: "kommun", period: "2026-13" }]) {
    const n = native(lagesbild, ["new", "--kommun", o.kommun, "--part", o.part, "--period", o.period], folderWith({}));
    const r = await api("newFile", o);
    const label = `new refuses ${JSON.stringify(o)}`;
    tally.check(`${label}: native refuses`, n.code !== 0 || "  native exit 0");
    if (r.error === undefined) {
      tally.check(label, `  the page made ${r.value.fileName}`);
      continue;
    }
    const message = r.error;
    const names = o.part === "brandkår" ? /brandkår/.test(message) && /part/.test(message)
      : o.kommun === "" ? /kommun/i.test(message) : /2026-13|period|månad/i.test(message);
    const swedish = /^[A-ZÅÄÖa-zåäö`]/.test(message) && !/\b(invalid|unknown|error|must|required|not)\b/i.test(message) &&
      !message.startsWith("lagesbild: fel:");
    tally.check(`${label}: a Swedish sentence naming the problem`, names && swedish || `  page: ${message}\n  native: ${n.stderr}`);
  }
  exitCode = tally.finish();
} finally {
  await close();
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(exitCode);
