// SPDX-License-Identifier: EUPL-1.2
// Puts the page together as one self-contained file (.ci/build-web):
//   node assemble.mjs --template T.html.in --style S.css --core CORE.js --app APP.js \
//     --licence LICENSE --third-party THIRD-PARTY.md --out lagesbild.html
// The template's @STYLE@, @CORE_SCRIPT@ and @APP_SCRIPT@ become the files'
// text, inline; @LICENCE_TEXT@ the licence's text (escaped), and
// @THIRD_PARTY_ROWS@ a table row for each package of THIRD-PARTY.md's table
// (the npm packages the page bundles), for the footer's "Licens"; @CSP@ becomes a Content-Security-Policy that allows exactly
// these two scripts (by their SHA-256), WebAssembly, and no connection at
// all: the page can send nothing anywhere, whatever a file holds.
import { createHash } from "node:crypto";
import { readFileSync, renameSync, writeFileSync } from "node:fs";

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, "")] = process.argv[i + 1];
for (const name of ["template", "style", "core", "app", "licence", "third-party", "out"]) {
  if (!args[name]) {
    console.error(`assemble.mjs: --${name} saknas`);
    process.exit(2);
  }
}

const read = (file) => readFileSync(file, "utf8");
// Inline text may not end its own element early.
const inlineScript = (text) => text.replace(/<\/script/gi, "<\\/script").replace(/<!--/g, "<\\!--");
const inlineStyle = (text) => text.replace(/<\/style/gi, "<\\/style");

const core = inlineScript(read(args.core));
const app = inlineScript(read(args.app));
const style = inlineStyle(read(args.style));
const escapeHtml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const licence = escapeHtml(read(args.licence).replace(/\n+$/, ""));
// "| package | version | licence |" rows, less the table's head and rule.
const thirdParty = read(args["third-party"])
  .split("\n")
  .map((line) => line.match(/^\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|$/))
  .filter((m) => m && m[1] !== "package" && !/^-+$/.test(m[1]))
  .map((m) => `        <tr><td>${escapeHtml(m[1])}</td><td>${escapeHtml(m[2])}</td><td>${escapeHtml(m[3])}</td></tr>`);
if (thirdParty.length === 0) {
  console.error(`assemble.mjs: ${args["third-party"]} har ingen tabell över paketen`);
  process.exit(1);
}
const hash = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

const csp = [
  "default-src 'none'",
  `script-src ${hash(core)} ${hash(app)} 'wasm-unsafe-eval'`,
  "style-src 'unsafe-inline'",
  "img-src data: blob:",
  "frame-src blob: about:",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

let page = read(args.template);
const replacements = {
  "@CSP@": csp,
  "@STYLE@": style,
  "@CORE_SCRIPT@": core,
  "@APP_SCRIPT@": app,
  "@LICENCE_TEXT@": licence,
  "@THIRD_PARTY_ROWS@": thirdParty.join("\n"),
};
for (const [placeholder, text] of Object.entries(replacements)) {
  if (page.split(placeholder).length !== 2) {
    console.error(`assemble.mjs: ${args.template} ska ha ${placeholder} exakt en gång`);
    process.exit(1);
  }
  // A function, so that "$&" and the like in the scripts stay as they are.
  page = page.replace(placeholder, () => text);
}
const temporary = `${args.out}.tmp`;
writeFileSync(temporary, page);
renameSync(temporary, args.out);
