// SPDX-License-Identifier: EUPL-1.2
// lagesbild.html's interface. Every judgement, every file text and every
// document comes from window.lagesbild (src/web/API.md); this code only shows
// them and keeps the open files in memory (never in the browser's storage).
import { $, h, kMaxFileBytes, megabytes, yieldToBrowser, decodeForDisplay, verdictOf, diagnosticLabel, download, readBytes } from "./util.js";
import * as editor from "./editor.js";
import * as form from "./form.js";

const api = () => window.lagesbild;

// --- Open files ----------------------------------------------------------
// Each open file: {id, name, state (CodeMirror's, holds the text), bytes (as
// opened, until edited or saved: the core judges them), encoding, dirty,
// diagnostics, verdict}.
const files = [];
let current = null;
let nextId = 1;
let checkTimer = null;

function textOf(file) {
  return file.state.doc.toString();
}

function addFile({ name, text, bytes = null, encoding = "UTF-8", dirty = false }) {
  // Opening a file again replaces the copy in memory unless that has edits.
  let file = files.find((f) => f.name === name && !f.dirty);
  if (file) {
    editor.replaceText(file, text); // (marks it edited; set right below)
    file.bytes = bytes;
    file.encoding = encoding;
    file.dirty = dirty;
    file.verdict = "";
  } else {
    file = { id: nextId++, name, state: editor.createState(name, text), bytes, encoding, dirty, diagnostics: [], verdict: "" };
    files.push(file);
  }
  updateFileBar();
  return file;
}

// An open file's value in the file list: its name (what tests select), or
// its name and id when another open file has the same name.
function valueOf(file) {
  return files.some((f) => f !== file && f.name === file.name) ? `${file.name}#${file.id}` : file.name;
}

function updateFileBar() {
  const select = $("current-file");
  if (files.length === 0) {
    select.replaceChildren(h("option", { value: "" }, "Ingen fil är öppen"));
  } else {
    select.replaceChildren(...files.map((f) =>
      h("option", { value: valueOf(f) }, f.dirty ? `${f.name} (ej sparad)` : f.name)));
    select.value = current ? valueOf(current) : "";
  }
  const ready = !!(api() && api().ready);
  select.disabled = files.length === 0;
  $("save-file").disabled = !current || !ready;
  $("close-file").disabled = !current;
  $("file-state").textContent = !current ? "" : current.dirty ? "Ändringar som inte är sparade"
    : current.saved ? "Sparad" : "Oförändrad";
  updateMergeOpenList();
}

function setCurrent(file) {
  current = file;
  editor.showFile(file);
  $("editor-notice").hidden = true;
  const has = !!file;
  $("editor-empty").hidden = has;
  $("editor-area").hidden = !has;
  updateEncodingNotice();
  updateFileBar();
  if (file) {
    showEditorDiagnostics(file);
    if (!file.verdict) runCheck(file);
  }
}

function updateEncodingNotice() {
  const box = $("editor-encoding");
  if (!current || current.encoding === "UTF-8") {
    box.hidden = true;
    return;
  }
  box.replaceChildren(h("p", {},
    `${current.name} är inte sparad som UTF-8. Texten visas som ${current.encoding}; kontrollen nedan säger vad som är fel med teckenkodningen. `,
    h("strong", {}, "Spara skriver filen som UTF-8.")));
  box.hidden = false;
}

function markDirty(file) {
  if (file.dirty && !file.bytes) return;
  file.dirty = true;
  file.bytes = null; // from now on the text is what is judged and saved
  updateFileBar();
}

// --- Checking --------------------------------------------------------------
function contentOf(file) {
  return file.bytes || textOf(file);
}

function runCheck(file) {
  if (!api() || !api().ready) return;
  let result;
  try {
    result = api().check(file.name, contentOf(file), { final: $("editor-final").checked });
  } catch (e) {
    result = { diagnostics: [], text: `${file.name}: ${e.message}` };
  }
  const verdict = verdictOf(result);
  const changed = verdict !== file.verdict;
  file.diagnostics = result.diagnostics || [];
  file.verdict = verdict;
  editor.setLint(file, file.diagnostics);
  if (file === current) {
    showEditorDiagnostics(file);
    showFormDiagnostics(file);
    if (changed) status(`Kontrollerad: ${verdict}`);
  }
}

function scheduleCheck(file) {
  clearTimeout(checkTimer);
  checkTimer = setTimeout(() => runCheck(file), 400);
}

function diagnosticButton(file, d) {
  const b = h("button", { type: "button", class: "diag-button" }, diagnosticLabel(d));
  b.addEventListener("click", () => openAt(file, d.line, d.column));
  return b;
}

function showEditorDiagnostics(file) {
  $("editor-verdict").textContent = file.verdict;
  $("editor-diagnostics").replaceChildren(...file.diagnostics.map((d) =>
    h("li", { class: `diag diag-${d.severity}` }, diagnosticButton(file, d))));
}

async function openAt(file, line, column) {
  if (file !== current) setCurrent(file);
  await go("redigera", false);
  editor.goToLine(line, column);
}

function status(text) {
  const el = $("status");
  el.textContent = text;
}

// --- Sections ----------------------------------------------------------------
const sections = ["oppna", "redigera", "formular", "ny", "sla-ihop", "dokument"];
let shown = null;

function showSection(id, focus) {
  for (const s of sections) $(s).hidden = s !== id;
  for (const s of sections) {
    const link = $(`nav-${s}`);
    if (s === id) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  shown = id;
  if (focus) $(`${id}-heading`).focus();
}

async function route(focus) {
  let id = location.hash.slice(1);
  if (!sections.includes(id)) id = "oppna";
  if (id === "formular") {
    const ok = await enterForm();
    if (!ok) {
      history.replaceState(null, "", "#redigera");
      id = "redigera";
    }
  }
  if (id === "dokument") renderCurrent();
  showSection(id, focus);
}

async function go(id, focus) {
  if (location.hash !== `#${id}`) history.pushState(null, "", `#${id}`);
  await route(focus);
}

// --- Form --------------------------------------------------------------------
let formFile = null;

// The form is always read again from the text. Returns false when the file
// cannot be shown in the form (the editor then says why) or when the person
// keeps the comments the form would drop.
async function enterForm() {
  formFile = null;
  $("form-notice").hidden = true;
  if (!current) {
    $("form-empty").hidden = false;
    $("form").hidden = true;
    return true;
  }
  if (!api() || !api().ready) return false;
  const file = current;
  const text = textOf(file);
  let r;
  try {
    r = api().readForm(file.name, file.bytes || text);
  } catch (e) {
    r = { model: null, reason: e.message, ownComments: [] };
  }
  if (!r.model) {
    showEditorNotice(`${file.name} kan inte visas i formuläret: ${r.reason}`);
    return false;
  }
  const comments = r.ownComments || [];
  if (comments.length && file.commentsAcceptedFor !== text) {
    if (!(await confirmComments(comments))) return false;
    file.commentsAcceptedFor = text;
  }
  let q;
  try {
    q = api().questionnaire(r.model.mall);
  } catch (e) {
    showEditorNotice(`${file.name} kan inte visas i formuläret: ${e.message}`);
    return false;
  }
  $("form-empty").hidden = true;
  $("form").hidden = false;
  formFile = file;
  form.buildForm($("form-fields"), r.model, q, () => formChanged(file), (msg) => {
    $("form-live").textContent = msg;
  });
  showFormDiagnostics(file);
  return true;
}

function formChanged(file) {
  if (file !== current || formFile !== file) return;
  const text = api().writeForm(form.currentModel());
  editor.replaceText(file, text);
  markDirty(file);
  scheduleCheck(file);
}

function showFormDiagnostics(file) {
  if (formFile !== file) return;
  const rest = form.showDiagnostics(textOf(file), file.diagnostics);
  $("form-verdict").textContent = file.verdict;
  $("form-general-diagnostics").replaceChildren(...rest.map((d) =>
    h("li", { class: `diag diag-${d.severity}` }, diagnosticButton(file, d))));
}

function showEditorNotice(text) {
  const box = $("editor-notice");
  box.textContent = text;
  box.hidden = false;
}

// The accessible confirmation before the form drops a person's comments.
function confirmComments(comments) {
  const dialog = $("comments-dialog");
  $("comments-dialog-list").replaceChildren(...comments.map((c) =>
    h("li", {}, `rad ${c.line}: `, h("code", {}, c.text))));
  return new Promise((resolve) => {
    const done = (answer) => {
      dialog.removeEventListener("close", onClose);
      if (dialog.open) dialog.close();
      resolve(answer);
    };
    const onClose = () => done(false);
    $("comments-dialog-yes").onclick = () => done(true);
    $("comments-dialog-no").onclick = () => done(false);
    dialog.addEventListener("close", onClose);
    dialog.showModal();
    $("comments-dialog-no").focus();
  });
}

// --- Saving ------------------------------------------------------------------
// A party's file is saved under the name lagesbild(5) §4 gives it; any other
// file (a joint picture, or one the form cannot read) under the name it has.
function properName(file) {
  try {
    const r = api().readForm(file.name, textOf(file));
    const m = r && r.model;
    if (m && m.period && m.kommun && m.part) return api().fileName(m.period, m.kommun, m.part);
  } catch {
    // fall through to the name it was opened with
  }
  return file.name;
}

function save() {
  const file = current;
  if (!file) return;
  const name = properName(file);
  download(name, textOf(file), "application/yaml");
  const renamed = name !== file.name;
  file.name = name;
  file.bytes = null;
  file.encoding = "UTF-8";
  file.dirty = false;
  file.saved = true;
  if (renamed) editor.renameFile(file, name);
  updateEncodingNotice();
  updateFileBar();
  status(`Sparad som ${name} (i webbläsarens mapp för hämtade filer).`);
  if (renamed) runCheck(file);
}

function closeFile() {
  const file = current;
  if (!file) return;
  if (file.dirty && !window.confirm(`${file.name} har ändringar som inte är sparade. Stäng filen ändå?`)) return;
  files.splice(files.indexOf(file), 1);
  setCurrent(files[files.length - 1] || null);
  status(`Stängde ${file.name}.`);
  if (shown === "formular" || shown === "dokument") route(false);
}

// --- Open and check ----------------------------------------------------------
const checked = []; // the files listed under Öppna och kontrollera

async function openFiles(fileList) {
  const list = [...fileList];
  if (list.length === 0) return;
  if (shown !== "oppna") await go("oppna", false);
  const verdicts = [];
  for (const f of list) {
    if (f.size > kMaxFileBytes) {
      checked.push({ tooLarge: true, name: f.name, size: f.size });
      verdicts.push(`${f.name}: läses inte (för stor)`);
      continue;
    }
    if (f.size > api().maxFileBytes) {
      // The core reads nothing of such a file but its size, and neither does
      // the page: the CLI's message at once, and the tab is not held while
      // megabytes are decoded and copied only to be refused.
      const entry = { overLimit: true, name: f.name, file: f };
      checkEntry(entry);
      checked.push(entry);
      verdicts.push(entry.verdict);
      showChecked();
      await yieldToBrowser();
      continue;
    }
    const bytes = await readBytes(f);
    const { text, encoding } = decodeForDisplay(bytes);
    const file = addFile({ name: f.name, text, bytes, encoding });
    const entry = checked.find((c) => c.file === file) || { file };
    if (!checked.includes(entry)) checked.push(entry);
    checkEntry(entry);
    verdicts.push(entry.verdict);
    showChecked();
    await yieldToBrowser();
  }
  if (!current && files.length) setCurrent(files[files.length - 1]);
  else if (current) setCurrent(current);
  showChecked();
  status(`Kontrollerad: ${verdicts.join("; ")}`);
}

function checkEntry(entry) {
  const file = entry.file;
  try {
    const content = entry.overLimit ? file : contentOf(file);
    entry.result = api().check(file.name, content, { final: $("check-final").checked });
  } catch (e) {
    entry.result = { diagnostics: [], text: `${file.name}: ${e.message}` };
  }
  entry.verdict = verdictOf(entry.result);
}

function showChecked() {
  const box = $("check-results");
  box.replaceChildren(...checked.map((entry, i) => {
    const n = i + 1;
    if (entry.tooLarge) {
      return h("div", { class: "check-file result", id: `check-file-${n}` },
        h("h3", {}, entry.name),
        h("p", { class: "verdict verdict-bad" },
          `${entry.name} är ${megabytes(entry.size)} MB och läses inte: sidan öppnar filer på högst 50 MB. ` +
          "En lägesbild är några kB; kontrollera att det är rätt fil."));
    }
    const file = entry.file;
    const diags = entry.result.diagnostics || [];
    if (entry.overLimit) {
      return h("div", { class: "check-file result", id: `check-file-${n}` },
        h("h3", {}, entry.name),
        h("p", { class: "verdict verdict-bad", id: `check-verdict-${n}` }, entry.verdict),
        h("ul", { class: "diagnostics", id: `check-diagnostics-${n}`, "aria-label": `Kontroll av ${entry.name}` },
          diags.map((d) => h("li", { class: `diag diag-${d.severity}` }, diagnosticLabel(d)))));
    }
    const open = h("button", { type: "button", id: `check-open-${n}` }, "Öppna i redigeraren");
    open.addEventListener("click", () => openAt(file, 1, 1));
    return h("div", { class: "check-file result", id: `check-file-${n}` },
      h("h3", {}, entry.name || file.name),
      h("p", { class: `verdict ${entry.result.exitCode === 0 ? "verdict-ok" : "verdict-bad"}`, id: `check-verdict-${n}` }, entry.verdict),
      diags.length ? h("ul", { class: "diagnostics", id: `check-diagnostics-${n}`, "aria-label": `Kontroll av ${file.name}` },
        diags.map((d) => h("li", { class: `diag diag-${d.severity}` }, diagnosticButton(file, d)))) : null,
      file.encoding !== "UTF-8" ? h("p", { class: "hint" }, `Filen ser ut att vara ${file.encoding}. Öppna den i redigeraren och spara den som UTF-8.`) : null,
      open);
  }));
}

async function recheckAll() {
  for (const entry of checked) {
    if (entry.tooLarge) continue;
    if (!entry.overLimit) entry.name = entry.file.name;
    checkEntry(entry);
    await yieldToBrowser();
  }
  showChecked();
  if (checked.length) status(`Kontrollerad: ${checked.filter((e) => !e.tooLarge).map((e) => e.verdict).join("; ")}`);
}

// --- New file ----------------------------------------------------------------
function fillNewForm() {
  const q = api().questionnaire();
  const part = $("new-part");
  part.replaceChildren(...(q.parties || []).map((p) => h("option", { value: p }, p)));
  const kl = $("new-klassificering");
  kl.replaceChildren(...(q.classifications || ["öppen", "intern", "sekretess"]).map((c) => h("option", { value: c }, c)));
  kl.value = "intern"; // what `lagesbild new` writes when none is given
  const secret = () => {
    $("new-sekretessgrund-field").hidden = kl.value !== "sekretess";
  };
  kl.addEventListener("change", secret);
  secret();
}

async function createNew(event) {
  event.preventDefault();
  const value = (id) => $(id).value.trim() || undefined;
  const options = {
    kommun: $("new-kommun").value.trim(),
    part: $("new-part").value,
    period: value("new-period"),
    organisation: value("new-organisation"),
    upprattadAv: value("new-upprattad-av"),
    upprattad: value("new-upprattad"),
    klassificering: value("new-klassificering"),
    sekretessgrund: $("new-klassificering").value === "sekretess" ? value("new-sekretessgrund") : undefined,
    diarienummer: value("new-diarienummer"),
  };
  for (const k of Object.keys(options)) if (options[k] === undefined) delete options[k];
  let made;
  try {
    made = api().newFile(options);
  } catch (e) {
    $("new-error").textContent = `Lägesbilden skapades inte: ${e.message}`;
    return;
  }
  $("new-error").textContent = "";
  const file = addFile({ name: made.fileName, text: made.text, dirty: true });
  file.dirty = true;
  setCurrent(file);
  status(`Skapade ${made.fileName}. Den är inte sparad än: spara med knappen Spara.`);
  await go("formular", true);
}

// --- Merge ---------------------------------------------------------------------
function updateMergeOpenList() {
  const box = $("merge-open-list");
  const before = new Set([...box.querySelectorAll("input:checked")].map((i) => i.value));
  box.replaceChildren(...files.map((f) => {
    const id = `merge-open-${f.id}`;
    const cb = h("input", { type: "checkbox", id, value: f.id });
    cb.checked = before.has(String(f.id));
    return h("div", { class: "check" }, cb, h("label", { for: id }, f.name));
  }));
  $("merge-open").hidden = files.length === 0;
}

async function inputFiles(input) {
  const out = [];
  for (const f of input.files) {
    if (f.size > kMaxFileBytes) throw new Error(`${f.name} är ${megabytes(f.size)} MB och läses inte: sidan öppnar filer på högst 50 MB.`);
    out.push({ fileName: f.name, text: await readBytes(f) });
  }
  return out;
}

async function runMerge(event) {
  event.preventDefault();
  const out = $("merge-messages");
  $("merge-result").hidden = false;
  let result;
  try {
    const parties = await inputFiles($("merge-files"));
    for (const cb of $("merge-open-list").querySelectorAll("input:checked")) {
      const f = files.find((x) => String(x.id) === cb.value);
      if (f) parties.push({ fileName: f.name, text: contentOf(f) });
    }
    const [previous] = await inputFiles($("merge-previous"));
    const [existing] = await inputFiles($("merge-existing"));
    const opts = {};
    if (previous) opts.previous = previous;
    if (existing) opts.existing = existing;
    await yieldToBrowser();
    result = api().merge(parties, opts);
  } catch (e) {
    out.textContent = e.message;
    status("Sammanslagningen gick inte.");
    $("merge-result-heading").focus();
    return;
  }
  const children = [result.messages || ""];
  if (result.text !== null && result.text !== undefined) {
    const file = addFile({ name: result.fileName, text: result.text, dirty: true });
    file.dirty = true;
    setCurrent(file);
    status(`Sammanslagen: ${result.fileName} är öppen under Redigera och inte sparad än.`);
  } else {
    status("Sammanslagningen gjordes inte; se meddelandena.");
  }
  out.replaceChildren(...children);
  const link = $("merge-open-editor");
  link.hidden = result.text === null || result.text === undefined;
  $("merge-result-heading").focus();
}

// --- Document -------------------------------------------------------------------
let rendered = null; // {name, html}

function baseName(name) {
  return name.replace(/\.ya?ml$/i, "");
}

function renderCurrent() {
  const has = !!current;
  $("render-empty").hidden = has;
  $("render-area").hidden = !has;
  if (!has || !api() || !api().ready) return;
  $("render-file").textContent = current.name;
  const err = $("render-error");
  const frame = $("render-frame");
  try {
    const html = api().render(current.name, textOf(current), "html");
    rendered = { name: current.name, html };
    frame.srcdoc = html;
    frame.hidden = false;
    err.hidden = true;
  } catch (e) {
    rendered = null;
    err.textContent = `${e.message}${e.exitCode !== undefined ? `\nSlutkod: ${e.exitCode}` : ""}`;
    err.hidden = false;
    frame.hidden = true;
    frame.srcdoc = "";
  }
  for (const id of ["render-print", "render-markdown", "render-html"]) $(id).disabled = !rendered;
}

function renderDownload(format) {
  if (!current) return;
  try {
    const text = format === "html" ? api().render(current.name, textOf(current), "html")
      : api().render(current.name, textOf(current), "markdown");
    const name = `${baseName(properName(current))}.${format === "html" ? "html" : "md"}`;
    download(name, text, format === "html" ? "text/html" : "text/markdown");
    status(`Laddade ned ${name}.`);
  } catch (e) {
    renderCurrent();
  }
}

// --- Start ------------------------------------------------------------------------
function wire() {
  editor.initEditor($("editor"), (file) => {
    markDirty(file);
    scheduleCheck(file);
  });
  $("current-file").addEventListener("change", () => {
    const f = files.find((x) => valueOf(x) === $("current-file").value);
    if (f && f !== current) {
      setCurrent(f);
      if (shown === "formular" || shown === "dokument") route(false);
    }
  });
  $("save-file").addEventListener("click", save);
  $("close-file").addEventListener("click", closeFile);
  $("editor-final").addEventListener("change", () => current && runCheck(current));
  $("open-files").addEventListener("change", async (e) => {
    await openFiles(e.target.files);
    e.target.value = "";
  });
  $("check-final").addEventListener("change", recheckAll);
  const zone = $("drop-zone");
  // A file dropped anywhere on the page is opened and checked; the browser
  // would otherwise leave the page for it, and the open files with it.
  window.addEventListener("dragover", (e) => {
    e.preventDefault();
    zone.classList.add("dragging");
  });
  window.addEventListener("dragleave", (e) => {
    if (!e.relatedTarget) zone.classList.remove("dragging");
  });
  window.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.classList.remove("dragging");
    if (api() && api().ready && e.dataTransfer && e.dataTransfer.files.length) openFiles(e.dataTransfer.files);
  });
  $("new-form").addEventListener("submit", createNew);
  $("merge-form").addEventListener("submit", runMerge);
  $("merge-open-editor").addEventListener("click", () => go("redigera", true));
  $("render-run").addEventListener("click", renderCurrent);
  $("render-print").addEventListener("click", () => $("render-frame").contentWindow.print());
  $("render-markdown").addEventListener("click", () => renderDownload("markdown"));
  $("render-html").addEventListener("click", () => renderDownload("html"));
  window.addEventListener("hashchange", () => route(true));
  window.addEventListener("beforeunload", (e) => {
    if (files.some((f) => f.dirty)) {
      e.preventDefault();
      e.returnValue = "";
    }
  });
}

function onReady() {
  const l = api();
  $("loading").hidden = true;
  $("loading").textContent = "";
  $("version").textContent = l.version;
  for (const el of document.querySelectorAll("[data-needs-core]")) el.disabled = false;
  fillNewForm();
  updateFileBar();
  route(false);
}

// The core could not start (an old browser, WebAssembly turned off by policy):
// say so and what to do, in place of "Laddar…".
function onFailed(reason) {
  const loading = $("loading");
  loading.hidden = false;
  loading.setAttribute("role", "alert");
  loading.textContent =
    "lagesbild kunde inte starta i den här webbläsaren (" + reason + "). Sidan behöver WebAssembly: " +
    "använd en aktuell Edge, Chrome, Firefox eller Safari, eller lagesbild.exe på en Windows-dator.";
}

wire();
route(false);
if (api() && api().ready) onReady();
else if (api() && api().failed) onFailed(api().failed);
else {
  window.addEventListener("lagesbild-ready", onReady, { once: true });
  window.addEventListener("lagesbild-failed", (e) => onFailed(e.detail), { once: true });
}
