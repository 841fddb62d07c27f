// SPDX-License-Identifier: EUPL-1.2
// Puts the page together as one self-contained file (.ci/build-web):
//   node assemble.mjs --template T.html.in --style S.css --core CORE.js --app APP.js --out lagesbild.html
// The template's @STYLE@, @CORE_SCRIPT@ and @APP_SCRIPT@ become the files'
// text, inline; @CSP@ becomes a Content-Security-Policy that allows exactly
// these two scripts (by their SHA-256), WebAssembly, and no connection at
// all: the page can send nothing anywhere, whatever a file holds.
import { createHash } from "node:crypto";
import { readFileSync, renameSync, writeFileSync } from "node:fs";

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, "")] = process.argv[i + 1];
for (const name of ["template", "style", "core", "app", "out"]) {
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
const replacements = { "@CSP@": csp, "@STYLE@": style, "@CORE_SCRIPT@": core, "@APP_SCRIPT@": app };
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
