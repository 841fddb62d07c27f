// SPDX-License-Identifier: EUPL-1.2
// The built-in stylesheet, kept apart from the writer so that it reads as CSS.
// Held to WCAG 2.1 AA (tests/a11y): text at least 9 pt and 4.5:1, the page
// reflows at 320 px (only a table or chart scrolls, inside its own region),
// dates never break. The margin boxes' text is written per document after
// this (print_marks.cpp): Chromium prints no string().
#include "core/render/html_style.hpp"

namespace lagesbild {

std::string_view default_stylesheet() {
  return R"css(
@page {
  size: A4;
  margin: 22mm 18mm 20mm 18mm;
  @top-left { font: 9pt/1.2 "DejaVu Sans", Arial, sans-serif; color: #444; }
  @top-right { font: bold 9pt/1.2 "DejaVu Sans", Arial, sans-serif; color: #8a1c1c; }
  @bottom-left { font: bold 9pt/1.2 "DejaVu Sans", Arial, sans-serif; color: #8a1c1c; }
  @bottom-right { content: "Sida " counter(page) " av " counter(pages); font: 9pt/1.2 "DejaVu Sans", Arial, sans-serif; color: #444; }
}
html { font: 10.5pt/1.45 "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #1a1a1a; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; }
main { overflow-wrap: break-word; }
header.running p { font-size: 9pt; color: #444; margin: 0 0 0.5rem; }
header.document { border-bottom: 2px solid #1f3a5f; margin-bottom: 1.2rem; }
h1 { font-size: 19pt; color: #1f3a5f; margin: 0.2rem 0 0.6rem; }
h2 { font-size: 14pt; color: #1f3a5f; margin: 1.6rem 0 0.4rem; border-bottom: 1px solid #c8d3e0; break-after: avoid; }
h3 { font-size: 11.5pt; margin: 1.1rem 0 0.3rem; break-after: avoid; }
p { margin: 0.35rem 0; }
p.question { color: #444; font-style: italic; }
/* A heading, a question or a label stays on the page of what it introduces. */
p.question, p.label { break-after: avoid; }
p.label { margin: 0.6rem 0 0.1rem; }
ul { margin: 0.2rem 0 0.6rem; padding-left: 1.4rem; }
li { margin: 0.1rem 0; }
p.marking, div.marking { display: inline-block; font-weight: bold; color: #8a1c1c; border: 1.5px solid #8a1c1c;
  padding: 0.15rem 0.5rem; margin: 0.3rem 0 0.8rem; letter-spacing: 0.03em; }
.unanswered { color: #8a1c1c; }
div.draft { font-weight: bold; color: #fff; background: #8a1c1c; padding: 0.2rem 0.6rem; margin: 0 0 0.8rem; }
p.note { font-size: 9pt; color: #444; }
.date { white-space: nowrap; }
a { color: #1f4f8a; }
.table-scroll, .chart-scroll { margin: 0.4rem 0 0.8rem; }
.table-scroll:focus-visible, .chart-scroll:focus-visible { outline: 2px solid #1f3a5f; outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
caption { caption-side: top; text-align: left; font-weight: bold; color: #1f3a5f; padding: 0 0 0.15rem; break-after: avoid; }
th, td { border: 1px solid #b9c4d0; padding: 0.25rem 0.4rem; text-align: left; vertical-align: top; }
th { background: #e8eef5; }
tbody th { background: #f3f6fa; font-weight: normal; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
table.trends { width: auto; min-width: 50%; }
table.trends th:first-child { width: 9rem; }
td em { color: #555; }
td, th { overflow-wrap: break-word; }
table.actions { font-size: 9pt; }
table.actions th, table.actions td { padding: 0.2rem 0.25rem; }
table.actions tbody th em { display: block; white-space: nowrap; color: #555; }
table.summary { font-size: 9pt; }
table.summary td { white-space: nowrap; }
table.observations th:last-child { width: 3.2rem; }
table.glance { width: auto; min-width: 60%; }
/* Small tables are read whole: never split across pages. */
table.trends, table.glance, table.signatures { break-inside: avoid; }
ul.attendees { columns: 2; column-gap: 2rem; }
/* Room to sign by hand on the printed page. */
table.signatures td { height: 3rem; }
table.signatures thead th:nth-child(1) { width: 24%; }
table.signatures thead th:nth-child(4), table.signatures thead th:nth-child(5) { width: 24%; }
span[class^="uppfoljning-"]::before { content: "●\00a0"; }
.uppfoljning-gron::before { color: #2e7d32; }
.uppfoljning-gul::before { color: #8f6d00; }
.uppfoljning-rod::before { color: #c62828; }
figure { margin: 0.4rem 0 1rem; break-inside: avoid; }
figure svg { display: block; max-width: 100%; height: auto; }
figcaption { font-size: 9pt; color: #444; }
@media screen {
  body { background: #f4f6f9; }
  main { background: #fff; padding: 1.5rem 2rem; box-shadow: 0 1px 4px rgba(0,0,0,0.15); }
  .table-scroll, .chart-scroll { overflow-x: auto; }
}
@media screen and (max-width: 40rem) {
  body { padding: 0.5rem; }
  main { padding: 0.8rem 0.75rem; }
  h1 { font-size: 16pt; }
  h2 { font-size: 13pt; }
  figure svg { max-width: none; }
  /* Wide tables scroll in their region rather than squeeze text to a word a line. */
  table.observations, table.provenance, table.summary { min-width: 32rem; }
  table.actions { min-width: 40rem; }
}
@media print {
  header.running { display: none; }
  /* The first page is the summary; the areas begin on the next. */
  h2.page-break { break-before: page; }
  /* The action plan's and the parties' columns set, so that they fit A4: the
     widths are of the text, padding and borders come on top, so they add up to
     90%, not 100% (a table wider than the page would be cut at its edge). */
  table.actions, table.provenance { table-layout: fixed; }
  table.actions td, table.actions th, table.provenance td, table.provenance th { hyphens: auto; }
  table.actions thead th:nth-child(1) { width: 9%; }
  table.actions thead th:nth-child(2) { width: 16%; }
  table.actions thead th:nth-child(3), table.actions thead th:nth-child(4),
  table.actions thead th:nth-child(5) { width: 12%; }
  table.actions thead th:nth-child(6) { width: 11%; }
  table.actions thead th:nth-child(7) { width: 12%; }
  table.actions thead th:nth-child(8) { width: 6%; }
  table.provenance thead th:nth-child(1) { width: 9%; }
  table.provenance thead th:nth-child(2), table.provenance thead th:nth-child(4) { width: 16%; }
  table.provenance thead th:nth-child(3) { width: 12%; }
  table.provenance thead th:nth-child(5) { width: 20%; }
  table.provenance thead th:nth-child(6) { width: 15%; }
  /* The first page's open actions: room for the action's text, so that the
     summary, read alone, stays on its page. */
  table.open-actions { table-layout: fixed; }
  table.open-actions td { hyphens: auto; }
  table.glance th, table.glance td, table.open-actions th, table.open-actions td { padding: 0.1rem 0.3rem; }
  h1 { font-size: 17pt; }
  table.open-actions thead th:nth-child(1) { width: 6%; }
  table.open-actions thead th:nth-child(2) { width: 36%; }
  table.open-actions thead th:nth-child(3) { width: 24%; }
  table.open-actions thead th:nth-child(4) { width: 12%; }
  table.open-actions thead th:nth-child(5) { width: 12%; }
  /* A file name is one long word: it breaks anywhere rather than widen its column. */
  table.provenance td { overflow-wrap: anywhere; }
  /* "från 2026-09" under the id: the month on a line of its own if need be. */
  table.actions tbody th em { white-space: normal; }
  body { max-width: none; padding: 0; }
}
)css";
}

}  // namespace lagesbild
