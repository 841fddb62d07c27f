// SPDX-License-Identifier: EUPL-1.2
// The form of a party's file: built from the questionnaire
// (lagesbild.questionnaire) around the model of lagesbild.readForm. The form
// only edits the model; main.js turns it into the file's text with
// lagesbild.writeForm and checks that text with lagesbild.check. Nothing here
// judges an answer.
import { h, slug, severityClass, diagnosticLabel } from "./util.js";

let model = null;
let questionnaire = null;
let changed = () => {};
let announce = () => {};
let root = null;

// The header's fields: model key, the key written in the file (to place the
// core's diagnostics), the element id and the Swedish label.
const headerFields = [
  { key: "kommun", yaml: "kommun", id: "form-kommun", label: "Kommun" },
  { key: "part", yaml: "part", id: "form-part", label: "Part", kind: "part" },
  { key: "organisation", yaml: "organisation", id: "form-organisation", label: "Organisation",
    hint: "T.ex. Älvdalens kommun eller Lokalpolisområde Mora." },
  { key: "period", yaml: "period", id: "form-period", label: "Period (månad)", type: "month", hint: "ÅÅÅÅ-MM" },
  { key: "upprattad", yaml: "upprättad", id: "form-upprattad", label: "Upprättad (datum)", type: "date",
    hint: "ÅÅÅÅ-MM-DD, datum då lägesbilden skrevs." },
  { key: "upprattadAv", yaml: "upprättad_av", id: "form-upprattad-av", label: "Upprättad av",
    hint: "En roll räcker, t.ex. Säkerhetssamordnare eller Kommunpolis." },
  { key: "klassificering", yaml: "klassificering", id: "form-klassificering", label: "Klassificering", kind: "klassificering" },
  { key: "sekretessgrund", yaml: "sekretessgrund", id: "form-sekretessgrund", label: "Sekretessgrund",
    hint: "Lagrummet, t.ex. OSL 35 kap. 1 §. Krävs vid sekretess." },
  { key: "diarienummer", yaml: "diarienummer", id: "form-diarienummer", label: "Diarienummer",
    hint: "Frivilligt, t.ex. KS 2026/123." },
];

function diagBox(id) {
  return h("ul", { id: `${id}-diag`, class: "diagnostics field-diagnostics", hidden: true });
}

function describedBy(...ids) {
  return ids.filter(Boolean).join(" ");
}

function options(select, values, current, emptyLabel) {
  const list = [...values];
  if (current && !list.includes(current)) list.push(current); // keep what the file has
  if (emptyLabel !== undefined) select.append(h("option", { value: "" }, emptyLabel));
  for (const v of list) select.append(h("option", { value: v }, v));
  select.value = current || "";
}

// A month or date input that falls back to a text input when the file's value
// is not one the browser's picker takes, so that nothing is hidden.
function dateLikeInput(field, value, hintId) {
  const input = h("input", { type: field.type, id: field.id, "aria-describedby": describedBy(hintId, `${field.id}-diag`) });
  input.value = value || "";
  if ((value || "") !== input.value) {
    input.type = "text";
    input.value = value;
  }
  return input;
}

function headerField(field) {
  const hintId = field.hint ? `${field.id}-hint` : null;
  const value = model[field.key];
  let control;
  if (field.kind === "part") {
    control = h("select", { id: field.id, "aria-describedby": describedBy(`${field.id}-diag`) });
    options(control, questionnaire.parties || [], value);
  } else if (field.kind === "klassificering") {
    control = h("select", { id: field.id, "aria-describedby": describedBy(`${field.id}-diag`) });
    options(control, questionnaire.classifications || ["öppen", "intern", "sekretess"], value, "(inte vald)");
  } else if (field.type) {
    control = dateLikeInput(field, value, hintId);
  } else {
    control = h("input", { type: "text", id: field.id, "aria-describedby": describedBy(hintId, `${field.id}-diag`) });
    control.value = value || "";
  }
  control.addEventListener(control.tagName === "SELECT" ? "change" : "input", () => {
    model[field.key] = control.value;
    if (field.key === "klassificering") updateSekretess();
    changed();
  });
  return h("div", { class: "field", id: `${field.id}-field` },
    h("label", { for: field.id }, field.label),
    control,
    hintId ? h("p", { class: "hint", id: hintId }, field.hint) : null,
    diagBox(field.id));
}

// sekretessgrund is shown when the classification is sekretess (or when the
// file already has one), and is marked as asked for then.
function updateSekretess() {
  const box = root.querySelector("#form-sekretessgrund-field");
  const input = root.querySelector("#form-sekretessgrund");
  const secret = model.klassificering === "sekretess";
  box.hidden = !secret && !model.sekretessgrund;
  input.setAttribute("aria-required", secret ? "true" : "false");
  box.querySelector("label").textContent = secret ? "Sekretessgrund (krävs vid sekretess)" : "Sekretessgrund";
}

function sourcesFieldset() {
  const list = [...(questionnaire.sources || [])];
  for (const s of model.kallor || []) if (!list.includes(s)) list.push(s);
  const boxes = list.map((s) => {
    const id = `form-kalla-${slug(s)}`;
    const cb = h("input", { type: "checkbox", id, value: s });
    cb.checked = (model.kallor || []).includes(s);
    cb.addEventListener("change", () => {
      // The file's order of the sources is kept; a new one goes last.
      const now = (model.kallor || []).filter((x) => x !== s);
      if (cb.checked) now.push(s);
      model.kallor = now;
      changed();
    });
    return h("div", { class: "check" }, cb, h("label", { for: id }, s));
  });
  return h("fieldset", { id: "form-kallor", class: "sources", "aria-describedby": "form-kallor-hint form-kallor-diag" },
    h("legend", {}, "Källor"),
    h("p", { class: "hint", id: "form-kallor-hint" }, "Varifrån uppgifterna kommer (frivilligt)."),
    h("div", { class: "check-grid" }, boxes),
    diagBox("form-kallor"));
}

function areaPrefix(ai) {
  return `form-a${ai + 1}`;
}

function observationRow(area, ai, oi) {
  const heading = headingOf(ai);
  const obs = area.iakttagelser[oi];
  const p = `${areaPrefix(ai)}-o${oi + 1}`;
  const text = (name, label, tag, attrs) => {
    const el = h(tag, { id: `${p}-${name}`, ...attrs });
    el.value = obs[name] === null || obs[name] === undefined ? "" : String(obs[name]);
    el.addEventListener("input", () => {
      obs[name] = el.value;
      changed();
    });
    return h("div", { class: `field field-${name}` }, h("label", { for: el.id }, label), el);
  };
  const kalla = h("select", { id: `${p}-kalla` });
  options(kalla, questionnaire.sources || [], obs.kalla, "(ingen källa)");
  kalla.addEventListener("change", () => {
    obs.kalla = kalla.value;
    changed();
  });
  const antal = h("input", { type: "number", id: `${p}-antal`, min: "0", step: "1", inputmode: "numeric" });
  antal.value = obs.antal === null || obs.antal === undefined ? "" : String(obs.antal);
  antal.addEventListener("input", () => {
    // An empty field is "not given"; the number itself is judged by the core.
    obs.antal = antal.value === "" ? null : Number(antal.value);
    changed();
  });
  const remove = h("button", { type: "button", id: `${p}-remove`, class: "remove",
    "aria-label": `Ta bort iakttagelse ${oi + 1} i ${heading}` }, "Ta bort iakttagelse");
  remove.addEventListener("click", () => removeObservation(ai, oi));
  return h("fieldset", { id: p, class: "observation", "aria-describedby": `${p}-diag` },
    h("legend", {}, `Iakttagelse ${oi + 1}`),
    text("vad", "Vad har hänt? (krävs)", "textarea", { rows: "3", "aria-required": "true" }),
    text("var", "Var (plats)", "input", { type: "text" }),
    text("nar", "När (datum eller mönster, t.ex. helger, kvällstid)", "input", { type: "text" }),
    h("div", { class: "field field-kalla" }, h("label", { for: kalla.id }, "Källa"), kalla),
    h("div", { class: "field field-antal" }, h("label", { for: antal.id }, "Antal händelser"), antal),
    diagBox(p),
    remove);
}

function renderObservations(ai) {
  const area = model.omraden[ai];
  const list = root.querySelector(`#${areaPrefix(ai)}-observations`);
  list.replaceChildren(...area.iakttagelser.map((_, oi) => observationRow(area, ai, oi)));
}

// The questionnaire's heading of an area, for labels and announcements.
function headingOf(ai) {
  const id = model.omraden[ai].id;
  const q = (questionnaire.areas || []).find((a) => a.id === id);
  return q ? q.heading : id;
}

function addObservation(ai) {
  const area = model.omraden[ai];
  area.iakttagelser.push({ vad: "", var: "", nar: "", kalla: "", antal: null });
  renderObservations(ai);
  const n = area.iakttagelser.length;
  root.querySelector(`#${areaPrefix(ai)}-o${n}-vad`).focus();
  announce(`Iakttagelse ${n} lades till i ${headingOf(ai)}.`);
  changed();
}

function removeObservation(ai, oi) {
  const area = model.omraden[ai];
  area.iakttagelser.splice(oi, 1);
  renderObservations(ai);
  // Focus goes to the row that took its place, else the one before, else
  // the area's add button.
  const n = area.iakttagelser.length;
  const target = n === 0 ? root.querySelector(`#${areaPrefix(ai)}-add`)
    : root.querySelector(`#${areaPrefix(ai)}-o${Math.min(oi, n - 1) + 1}-vad`);
  target.focus();
  announce(`Iakttagelse ${oi + 1} togs bort från ${headingOf(ai)}.` + (n ? ` ${n} kvar.` : " Inga iakttagelser kvar."));
  changed();
}

function areaFieldset(ai) {
  const area = model.omraden[ai];
  const qa = (questionnaire.areas || []).find((a) => a.id === area.id) || { heading: area.id, question: "" };
  const p = areaPrefix(ai);
  const trends = questionnaire.trends || ["ökande", "oförändrad", "minskande", "okänd"];
  const radios = trends.map((t) => {
    const id = `${p}-trend-${slug(t)}`;
    const r = h("input", { type: "radio", id, name: `${p}-trend`, value: t });
    r.checked = area.trend === t;
    r.addEventListener("change", () => {
      if (r.checked) {
        area.trend = t;
        changed();
      }
    });
    return h("div", { class: "check" }, r, h("label", { for: id }, t));
  });
  const add = h("button", { type: "button", id: `${p}-add`, "aria-label": `Lägg till iakttagelse i ${qa.heading}` }, "Lägg till iakttagelse");
  add.addEventListener("click", () => addObservation(ai));
  const bedomning = h("textarea", { id: `${p}-bedomning`, rows: "3", "aria-describedby": `${p}-bedomning-diag` });
  bedomning.value = area.bedomning || "";
  bedomning.addEventListener("input", () => {
    area.bedomning = bedomning.value;
    changed();
  });
  const inget = h("input", { type: "checkbox", id: `${p}-inget`, "aria-describedby": `${p}-inget-diag` });
  inget.checked = !!area.ingetAttRapportera;
  inget.addEventListener("change", () => {
    area.ingetAttRapportera = inget.checked;
    changed();
  });
  return h("fieldset", { id: p, class: "area", "aria-describedby": `${p}-question ${p}-diag`, "data-area": area.id },
    h("legend", {}, h("span", { class: "area-heading" }, `${ai + 1}. ${qa.heading}`)),
    h("p", { id: `${p}-question`, class: "question" }, qa.question),
    diagBox(p),
    h("fieldset", { id: `${p}-trend`, class: "trend", "aria-describedby": `${p}-trend-diag` },
      h("legend", {}, "Trend jämfört med månaden innan"),
      h("div", { class: "check-row" }, radios),
      diagBox(`${p}-trend`)),
    h("div", { class: "observations-block" },
      h("h4", { id: `${p}-observations-heading` }, "Iakttagelser"),
      h("div", { id: `${p}-observations`, class: "observations" }),
      add),
    h("div", { class: "field" },
      h("label", { for: bedomning.id }, "Er bedömning (frivilligt)"),
      bedomning,
      diagBox(`${p}-bedomning`)),
    h("div", { class: "check" }, inget, h("label", { for: inget.id }, "Inget att rapportera")),
    diagBox(`${p}-inget`));
}

// Builds the form for a model (changed in place) and its questionnaire.
export function buildForm(container, formModel, q, onChange, onAnnounce) {
  model = formModel;
  questionnaire = q;
  changed = onChange;
  announce = onAnnounce;
  root = container;
  for (const a of model.omraden) if (!Array.isArray(a.iakttagelser)) a.iakttagelser = [];
  const header = h("fieldset", { id: "form-header", class: "header-fields" },
    h("legend", {}, "Om lägesbilden"),
    headerFields.map(headerField),
    sourcesFieldset());
  container.replaceChildren(header,
    h("h3", { id: "form-areas-heading" }, "Fokusområden"),
    ...model.omraden.map((_, ai) => areaFieldset(ai)));
  updateSekretess();
  model.omraden.forEach((_, ai) => renderObservations(ai));
}

export function currentModel() {
  return model;
}

// --- Where a diagnostic is shown -------------------------------------------
// Presentation only: the core says which line a diagnostic is on; this finds
// the field that line belongs to in the layout `new` and writeForm write
// (header keys at the start of a line, each area as "  <id>:" under
// områden:, its keys indented by four, each observation a "- " item under
// iakttagelser:). A line it cannot place goes to the top of the form.
function placeDiagnostic(lines, d) {
  const L = (d.line || 0) - 1;
  if (L < 0 || L >= lines.length) return null;
  const omraden = lines.findIndex((l) => /^områden:/.test(l));
  if (omraden < 0 || L < omraden) {
    for (let i = L; i >= 0; i--) {
      const m = /^([^\s#:-][^:]*):/.exec(lines[i]);
      if (!m) continue;
      const f = headerFields.find((x) => x.yaml === m[1]);
      if (f) return `${f.id}-diag`;
      return m[1] === "källor" ? "form-kallor-diag" : null;
    }
    return null;
  }
  let ai = -1;
  let start = -1;
  for (let i = omraden + 1; i <= L; i++) {
    const m = /^ {2}([^\s#:][^:]*):\s*(#.*)?$/.exec(lines[i]);
    if (!m) continue;
    const idx = model.omraden.findIndex((a) => a.id === m[1]);
    if (idx >= 0) {
      ai = idx;
      start = i;
    }
  }
  if (ai < 0) return null;
  const p = areaPrefix(ai);
  let key = null;
  let obs = -1;
  for (let i = start + 1; i <= L; i++) {
    const k = /^ {4}([^\s#:-][^:]*):/.exec(lines[i]);
    if (k) key = k[1];
    else if (key === "iakttagelser" && /^\s+- /.test(lines[i])) obs += 1;
  }
  if (key === "trend") return `${p}-trend-diag`;
  if (key === "bedömning") return `${p}-bedomning-diag`;
  if (key === "inget_att_rapportera") return `${p}-inget-diag`;
  if (key === "iakttagelser" && obs >= 0 && obs < model.omraden[ai].iakttagelser.length) return `${p}-o${obs + 1}-diag`;
  return `${p}-diag`;
}

// Shows each diagnostic beside its field; returns those shown nowhere else.
export function showDiagnostics(text, diagnostics) {
  if (!root || !model) return diagnostics;
  const lines = text.split(/\r?\n/);
  for (const box of root.querySelectorAll(".field-diagnostics")) {
    box.replaceChildren();
    box.hidden = true;
  }
  for (const el of root.querySelectorAll("[aria-invalid]")) el.removeAttribute("aria-invalid");
  const rest = [];
  for (const d of diagnostics) {
    const id = placeDiagnostic(lines, d);
    const box = id && root.querySelector(`#${id}`);
    if (!box) {
      rest.push(d);
      continue;
    }
    box.append(h("li", { class: `diag diag-${severityClass(d.severity)}` }, diagnosticLabel(d)));
    box.hidden = false;
    if (d.severity === "error") {
      const control = root.querySelector(`#${id.replace(/-diag$/, "")}`);
      if (control && /^(INPUT|SELECT|TEXTAREA)$/.test(control.tagName)) control.setAttribute("aria-invalid", "true");
    }
  }
  return rest;
}
