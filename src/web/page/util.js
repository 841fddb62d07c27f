// SPDX-License-Identifier: EUPL-1.2
// Small helpers of the page: DOM building, downloads, showing bytes as text,
// and the Swedish words for a diagnostic's severity. None of lagesbild(5)'s
// rules is here: every judgement comes from window.lagesbild.

export const $ = (id) => document.getElementById(id);

// h("li", {class: "x", id: "y"}, child, "text", ...): an element with
// attributes (set as attributes; false/null/undefined skip) and children.
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === false || v === null || v === undefined) continue;
    if (k === "text") el.textContent = v;
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

// The limit of a file the page reads at all: larger ones are refused before
// reading, so that the tab does not freeze (the core has its own limit).
export const kMaxFileBytes = 50 * 1024 * 1024;

export function megabytes(n) {
  return (n / (1024 * 1024)).toLocaleString("sv-SE", { maximumFractionDigits: 1 });
}

// Lets the browser paint and handle input between two long calls.
export const yieldToBrowser = () => new Promise((resolve) => setTimeout(resolve));

// Bytes shown as text in the editor. The core judges the bytes themselves
// (and says what is wrong with their encoding); this is only the best guess
// for showing them: UTF-16 after its byte order mark, UTF-8 when the bytes
// are UTF-8, otherwise windows-1252 (what Swedish Windows programs write).
export function decodeForDisplay(bytes) {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "UTF-16" };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder("utf-16be").decode(bytes), encoding: "UTF-16" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "UTF-8" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
}

// A diagnostic's severity in the words of the page, and in CodeMirror's.
export function severityWord(severity) {
  if (severity === "error") return "fel";
  if (severity === "warning") return "varning";
  return "anmärkning";
}
export function severityClass(severity) {
  if (severity === "error") return "error";
  if (severity === "warning") return "warning";
  return "info";
}

// The verdict is the last line of what validate prints for people.
export function verdictOf(checkResult) {
  const lines = String(checkResult.text || "").trimEnd().split("\n");
  return lines[lines.length - 1] || "";
}

// "Rad 21, kolumn 1: fel: … [saknat-varde]" as the elements of a list item.
export function diagnosticLabel(d) {
  const where = d.line ? `Rad ${d.line}${d.column ? `, kolumn ${d.column}` : ""}: ` : "";
  return [
    h("span", { class: `sev sev-${severityClass(d.severity)}` }, severityWord(d.severity)),
    " ",
    where,
    d.message,
    d.rule ? h("span", { class: "rule" }, ` [${d.rule}]`) : null,
  ];
}

// Offers text for download under a name, as the browser's own download.
export function download(name, text, type) {
  const blob = new Blob([text], { type: `${type};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const a = h("a", { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by then; the URL is given back afterwards.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export async function readBytes(file) {
  return new Uint8Array(await file.arrayBuffer());
}

// An ASCII form of a word for element ids ("ökande" -> "okande").
export function slug(s) {
  return String(s).toLowerCase()
    .replace(/[åä]/g, "a").replace(/ö/g, "o").replace(/é/g, "e")
    .replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}
