// The page's wiring: the sections, the open files, and the calls of
// window.lagesbild (src/web/API.md). Every judgement is the core's: this
// file moves texts between the controls and the API and shows the answers.
import { $, h, kMaxFileBytes, megabytes, yieldToBrowser, decodeForDisplay, verdictOf, diagnosticLabel,
  download, readBytes } from "./util.js";
import { createState, initEditor, showFile, replaceText, renameFile, setLint, goToLine } from "./editor.js";
import { buildForm, currentModel, showDiagnostics } from "./form.js";

const lb = () => window.lagesbild;
const sections = ["oppna", "redigera", "formular", "ny", "sla-ihop", "dokument"];
const files = [];  // {name, state, dirty, note}
let current = null;
let checkTimer = 0;
let questionnaire = null;

function say(text) {
  $("status").textContent = text;
}

// --- Sections ---------------------------------------------------------------
function showSection(id, focus) {
  if (!sections.includes(id)) id = "oppna";
  for (const s of sections) {
    $(s).hidden = s !== id;
    const link = $(`nav-${s}`);
    if (s === id) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  if (id === "redigera") showEditor();
  if (id === "formular") showForm();
  if (id === "dokument") showDocument();
  if (focus) $(`${id}-heading`).focus();
}

function go(id) {
  if (location.hash !== `#${id}`) history.replaceState(null, "", `#${id}`);
  showSection(id, true);
}

// --- Open files ---------------------------------------------------------------
function addFile(name, text, dirty, note) {
  let file = files.find((f) => f.name === name);
  if (file) {
    replaceText(file, text);
    file.dirty = dirty;
    file.note = note;
  } else {
    file = { name, state: createState(name, text), dirty, note };
    files.push(file);
  }
  selectFile(file);
  return file;
}

function textOf(file) {
  return file.state.doc.toString();
}

function selectFile(file) {
  current = file;
  const select = $("current-file");
  select.replaceChildren(...(files.length ? files.map((f) => h("option", { value: f.name, selected: f === file },
    f.name + (f.dirty ? " (inte sparad)" : ""))) : [h("option", { value: "" }, "Ingen fil är öppen")]));
  select.disabled = files.length === 0;
  $("save-file").disabled = !file;
  $("close-file").disabled = !file;
  $("file-state").textContent = file ? (file.dirty ? "Ändringar är inte sparade." : "Sparad eller oförändrad.") : "";
  if (file) showFile(file);
}

function markDirty(file) {
  if (file.dirty) return;
  file.dirty = true;
  selectFile(file);
}

// The proper name of a party's file (lagesbild(5) §4), else the name it has.
function properName(file) {
  const form = lb().readForm(file.name, textOf(file));
  const m = form.model;
  const name = m ? lb().fileName(m.period, m.kommun, m.part) : null;
  return name || file.name;
}

function saveFile() {
  if (!current) return;
  const name = properName(current);
  if (name !== current.name && !files.some((f) => f.name === name)) {
    current.name = name;
    renameFile(current, name);
  }
  download(current.name, textOf(current), "application/yaml");
  current.dirty = false;
  current.note = "";
  selectFile(current);
  say(`Sparade ${current.name} (i webbläsarens mapp för nedladdningar).`);
}

function closeFile() {
  if (!current) return;
  if (current.dirty && !window.confirm(`${current.name} har ändringar som inte är sparade. Stänga ändå?`)) return;
  files.splice(files.indexOf(current), 1);
  current = null;
  selectFile(files[0] || null);
  showSection(location.hash.slice(1) || "oppna", false);
}

// --- Öppna och kontrollera ----------------------------------------------------
function diagnosticList(file, diagnostics) {
  return h("ul", { class: "diagnostics" }, diagnostics.map((d) => h("li", { class: "diag" },
    h("button", { type: "button", class: "link-button", "data-line": d.line, "data-column": d.column },
      diagnosticLabel(d)))).map((li) => {
    li.querySelector("button").addEventListener("click", (e) => {
      const b = e.currentTarget;
      selectFile(file);
      go("redigera");
      goToLine(Number(b.dataset.line), Number(b.dataset.column));
    });
    return li;
  }));
}

async function openFiles(list) {
  const results = $("check-results");
  const final = $("check-final").checked;
  for (const f of list) {
    if (f.size > kMaxFileBytes) {
      results.append(h("div", { class: "result" }, h("h3", {}, f.name),
        h("p", { class: "error-text" }, `Filen är ${megabytes(f.size)} MB och läses inte: en lägesbild är några kB. ` +
          "Kontrollera att det är rätt fil.")));
      continue;
    }
    const bytes = await readBytes(f);
    const result = lb().check(f.name, bytes, { final });
    const shown = decodeForDisplay(bytes);
    const note = shown.encoding === "UTF-8" ? "" : `Filen är inte sparad som UTF-8 (den visas som ${shown.encoding}). ` +
      "Spara skriver den som UTF-8.";
    const file = addFile(f.name, shown.text, note !== "", note);
    results.append(h("div", { class: "result" }, h("h3", {}, f.name),
      h("p", { class: result.exitCode === 0 ? "verdict ok" : "verdict bad" }, verdictOf(result)),
      diagnosticList(file, result.diagnostics)));
    say(`Kontrollerade ${f.name}: ${verdictOf(result)}`);
    await yieldToBrowser();
  }
}

// --- Redigera -----------------------------------------------------------------
function scheduleCheck() {
  clearTimeout(checkTimer);
  checkTimer = setTimeout(() => current && runCheck(current), 400);
}

function runCheck(file) {
  const result = lb().check(file.name, textOf(file), { final: $("editor-final").checked });
  setLint(file, result.diagnostics);
  if (file === current && !$("redigera").hidden) {
    $("editor-verdict").textContent = verdictOf(result);
    $("editor-diagnostics").replaceWith(Object.assign(diagnosticList(file, result.diagnostics),
      { id: "editor-diagnostics" }));
    $("editor-diagnostics").setAttribute("aria-labelledby", "editor-diagnostics-heading");
  }
  return result;
}

function showEditor() {
  const has = Boolean(current);
  $("editor-empty").hidden = has;
  $("editor-area").hidden = !has;
  $("editor-encoding").hidden = !(current && current.note);
  $("editor-encoding").textContent = current ? current.note : "";
  if (has) runCheck(current);
}

// --- Formulär -------------------------------------------------------------------
let formFile = null;

function formChanged() {
  if (!formFile) return;
  const text = lb().writeForm(currentModel());
  replaceText(formFile, text);
  markDirty(formFile);
  checkForm(text);
}

function checkForm(text) {
  const result = lb().check(formFile.name, text, {});
  setLint(formFile, result.diagnostics);
  $("form-verdict").textContent = verdictOf(result);
  const rest = showDiagnostics(text, result.diagnostics);
  $("form-general-diagnostics").replaceChildren(...rest.map((d) => h("li", { class: "diag" }, diagnosticLabel(d))));
}

function askAboutComments(comments) {
  return new Promise((resolve) => {
    const dialog = $("comments-dialog");
    $("comments-dialog-list").replaceChildren(...comments.map((c) => h("li", {}, `Rad ${c.line}: # ${c.text}`)));
    const done = (answer) => {
      dialog.close();
      resolve(answer);
    };
    $("comments-dialog-yes").onclick = () => done(true);
    $("comments-dialog-no").onclick = () => done(false);
    dialog.addEventListener("cancel", () => resolve(false), { once: true });
    dialog.showModal();
  });
}

async function showForm() {
  const notice = $("form-notice");
  notice.hidden = true;
  $("form").hidden = true;
  $("form-empty").hidden = Boolean(current);
  if (!current) return;
  const file = current;
  const read = lb().readForm(file.name, textOf(file));
  if (!read.model) {
    notice.textContent = read.reason;
    notice.hidden = false;
    return;
  }
  if (read.ownComments.length && formFile !== file && !(await askAboutComments(read.ownComments))) {
    go("redigera");
    return;
  }
  formFile = file;
  if (!questionnaire || questionnaire.id !== read.model.mall) questionnaire = lb().questionnaire(read.model.mall);
  buildForm($("form-fields"), read.model, questionnaire, formChanged, (text) => {
    $("form-live").textContent = text;
  });
  $("form").hidden = false;
  checkForm(textOf(file));
}

// --- Ny lägesbild ---------------------------------------------------------------
function createNew(event) {
  event.preventDefault();
  const value = (id) => $(id).value.trim();
  try {
    const made = lb().newFile({
      kommun: value("new-kommun"), part: value("new-part"), period: value("new-period"),
      organisation: value("new-organisation"), upprattadAv: value("new-upprattad-av"),
      upprattad: value("new-upprattad"), klassificering: value("new-klassificering"),
      sekretessgrund: value("new-sekretessgrund"), diarienummer: value("new-diarienummer"),
    });
    $("new-error").textContent = "";
    addFile(made.fileName, made.text, true, "");
    say(`Skapade ${made.fileName}. Den är inte sparad än: tryck på Spara.`);
    go("formular");
  } catch (e) {
    $("new-error").textContent = e.message;
  }
}

// --- Slå ihop ---------------------------------------------------------------------
async function fileTexts(input) {
  const out = [];
  for (const f of input.files) out.push({ fileName: f.name, text: await readBytes(f) });
  return out;
}

async function runMerge(event) {
  event.preventDefault();
  const parties = await fileTexts($("merge-files"));
  for (const box of $("merge-open-list").querySelectorAll("input:checked")) {
    const f = files.find((x) => x.name === box.value);
    if (f) parties.push({ fileName: f.name, text: textOf(f) });
  }
  const [previous] = await fileTexts($("merge-previous"));
  const [existing] = await fileTexts($("merge-existing"));
  let result;
  try {
    result = lb().merge(parties, { previous, existing });
  } catch (e) {
    result = { messages: e.message, text: null };
  }
  $("merge-result").hidden = false;
  $("merge-messages").textContent = result.messages || "";
  if (result.text != null) {
    addFile(result.fileName, result.text, true, "");
    say(`Den gemensamma lägesbilden ${result.fileName} är öppen under Redigera. Spara den med Spara.`);
  } else {
    say("Sammanslagningen gjordes inte; se meddelandena.");
  }
}

function listOpenFilesForMerge() {
  const list = $("merge-open-list");
  list.replaceChildren(...files.map((f, i) => h("p", { class: "check-option" },
    h("input", { type: "checkbox", id: `merge-open-${i}`, value: f.name }),
    h("label", { for: `merge-open-${i}` }, f.name))));
  $("merge-open").hidden = files.length === 0;
}

// --- Dokument -----------------------------------------------------------------------
function showDocument() {
  $("render-empty").hidden = Boolean(current);
  $("render-area").hidden = !current;
  if (!current) return;
  $("render-file").textContent = current.name;
  const error = $("render-error");
  try {
    $("render-frame").srcdoc = lb().render(current.name, textOf(current), "html");
    error.hidden = true;
  } catch (e) {
    error.textContent = `${e.message}(slutstatus ${e.exitCode})`;
    error.hidden = false;
    $("render-frame").srcdoc = "";
  }
}

function downloadDocument(format) {
  if (!current) return;
  try {
    const text = lb().render(current.name, textOf(current), format);
    const stem = current.name.replace(/\.ya?ml$/i, "");
    download(`${stem}.${format === "markdown" ? "md" : "html"}`, text, format === "markdown" ? "text/markdown" : "text/html");
  } catch (e) {
    $("render-error").textContent = e.message;
    $("render-error").hidden = false;
  }
}

// --- Start ----------------------------------------------------------------------------
function ready() {
  for (const el of document.querySelectorAll("[data-needs-core]")) el.disabled = false;
  $("loading").hidden = true;
  $("version").textContent = lb().version;
  questionnaire = lb().questionnaire("dalarna-2019");
  $("new-part").replaceChildren(...questionnaire.parties.map((p) => h("option", { value: p }, p)));
  $("new-klassificering").replaceChildren(...questionnaire.classifications.map((c) =>
    h("option", { value: c, selected: c === "intern" }, c)));
  say("Sidan är klar att använda.");
}

function start() {
  initEditor($("editor"), (file) => {
    markDirty(file);
    if (file === current) scheduleCheck();
  });
  for (const s of sections) $(`nav-${s}`).addEventListener("click", (e) => {
    e.preventDefault();
    go(s);
    if (s === "sla-ihop") listOpenFilesForMerge();
  });
  window.addEventListener("hashchange", () => showSection(location.hash.slice(1), true));
  $("current-file").addEventListener("change", (e) => {
    selectFile(files.find((f) => f.name === e.target.value) || null);
    showSection(location.hash.slice(1) || "oppna", false);
  });
  $("save-file").addEventListener("click", saveFile);
  $("close-file").addEventListener("click", closeFile);
  $("open-files").addEventListener("change", (e) => openFiles([...e.target.files]));
  const zone = $("drop-zone");
  zone.addEventListener("dragover", (e) => {
    e.preventDefault();
    zone.classList.add("dragging");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("dragging"));
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.classList.remove("dragging");
    if (lb().ready) openFiles([...e.dataTransfer.files]);
  });
  $("editor-final").addEventListener("change", () => current && runCheck(current));
  $("new-form").addEventListener("submit", createNew);
  $("new-klassificering").addEventListener("change", (e) => {
    $("new-sekretessgrund-field").hidden = e.target.value !== "sekretess";
  });
  $("merge-form").addEventListener("submit", runMerge);
  $("render-run").addEventListener("click", showDocument);
  $("render-print").addEventListener("click", () => $("render-frame").contentWindow.print());
  $("render-markdown").addEventListener("click", () => downloadDocument("markdown"));
  $("render-html").addEventListener("click", () => downloadDocument("html"));
  // Unsaved work is never lost by a reload or a closed tab without a question.
  window.addEventListener("beforeunload", (e) => {
    if (!files.some((f) => f.dirty)) return;
    e.preventDefault();
    e.returnValue = "";
  });
  showSection(location.hash.slice(1) || "oppna", false);
  if (lb() && lb().ready) ready();
  else window.addEventListener("lagesbild-ready", ready, { once: true });
}

start();
