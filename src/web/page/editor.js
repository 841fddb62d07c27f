// SPDX-License-Identifier: EUPL-1.2
// The text editor: one CodeMirror 6 view; each open file has its own
// EditorState (text, undo history, cursor), so switching files loses nothing.
import { EditorState, Compartment } from "@codemirror/state";
import {
  EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter,
  drawSelection, highlightSpecialChars,
} from "@codemirror/view";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { syntaxHighlighting, defaultHighlightStyle, indentUnit, bracketMatching } from "@codemirror/language";
import { lintGutter, lintKeymap, setDiagnostics } from "@codemirror/lint";
import { searchKeymap, highlightSelectionMatches } from "@codemirror/search";
import { yaml } from "@codemirror/lang-yaml";
import { severityClass, severityWord } from "./util.js";

const labelCompartment = new Compartment();

let view = null;
let viewFile = null;
let onChange = () => {};

function labelExtension(name) {
  // tabindex: the text is the focusable part of its scrolling box (axe's
  // scrollable-region-focusable does not count contenteditable alone).
  return EditorView.contentAttributes.of({ "aria-label": `YAML-text för ${name}`, tabindex: "0" });
}

const theme = EditorView.theme({
  "&": { fontSize: "1rem", border: "1px solid #595959", backgroundColor: "#fff" },
  "&.cm-focused": { outline: "3px solid #1a4fd6", outlineOffset: "2px" },
  ".cm-scroller": { fontFamily: "ui-monospace, 'DejaVu Sans Mono', Consolas, monospace", lineHeight: "1.5" },
  ".cm-content": { minHeight: "20rem" },
  ".cm-gutters": { backgroundColor: "#f2f2f2", color: "#4a4a4a", borderRight: "1px solid #8a8a8a" },
  ".cm-activeLine": { backgroundColor: "#eef3ff" },
  ".cm-activeLineGutter": { backgroundColor: "#dde6fb", color: "#1b1b1b" },
});

// The extensions of every file's state; Tab is not bound, so that keyboard
// users can leave the editor (WCAG 2.1.2).
function extensions(name) {
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    history(),
    drawSelection(),
    highlightActiveLine(),
    highlightSelectionMatches(),
    bracketMatching(),
    indentUnit.of("  "),
    EditorState.tabSize.of(2),
    yaml(),
    syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
    lintGutter(),
    keymap.of([...defaultKeymap, ...historyKeymap, ...searchKeymap, ...lintKeymap]),
    EditorView.lineWrapping,
    labelCompartment.of(labelExtension(name)),
    theme,
    EditorView.updateListener.of((update) => {
      if (viewFile) viewFile.state = update.state;
      if (update.docChanged && viewFile) onChange(viewFile, update);
    }),
  ];
}

export function createState(name, text) {
  return EditorState.create({ doc: text, extensions: extensions(name) });
}

export function initEditor(parent, changed) {
  onChange = changed;
  view = new EditorView({ parent, state: createState("", "") });
}

export function showFile(file) {
  if (viewFile === file) return;
  viewFile = file;
  if (file) view.setState(file.state);
}

export function fileInView() {
  return viewFile;
}

// Applies a transaction spec to a file's state, through the view when the
// file is the one shown (so that the view stays in step).
export function applyToFile(file, spec) {
  if (file === viewFile) view.dispatch(spec);
  else file.state = file.state.update(spec).state;
}

export function replaceText(file, text) {
  if (file.state.doc.toString() === text) return;
  applyToFile(file, { changes: { from: 0, to: file.state.doc.length, insert: text } });
}

export function renameFile(file, name) {
  applyToFile(file, { effects: labelCompartment.reconfigure(labelExtension(name)) });
}

// The core's diagnostics (line, column 1-based) as lint marks.
export function setLint(file, diagnostics) {
  const doc = file.state.doc;
  const marks = [];
  for (const d of diagnostics) {
    const lineNo = Math.min(Math.max(d.line || 1, 1), doc.lines);
    const line = doc.line(lineNo);
    const from = Math.min(line.from + Math.max((d.column || 1) - 1, 0), line.to);
    marks.push({
      from,
      to: Math.max(from, line.to),
      severity: severityClass(d.severity),
      message: `${severityWord(d.severity)}: ${d.message}${d.rule ? ` [${d.rule}]` : ""}`,
    });
  }
  applyToFile(file, setDiagnostics(file.state, marks));
}

// Moves the cursor to a line (1-based) and column and focuses the editor.
export function goToLine(line, column) {
  const doc = view.state.doc;
  const l = doc.line(Math.min(Math.max(line || 1, 1), doc.lines));
  const pos = Math.min(l.from + Math.max((column || 1) - 1, 0), l.to);
  view.dispatch({ selection: { anchor: pos }, effects: EditorView.scrollIntoView(pos, { y: "center" }) });
  view.focus();
}

export function focusEditor() {
  view.focus();
}
