// The built-in stylesheet, kept apart from the writer so that it reads as CSS.
#include "core/render/html_style.hpp"

namespace lagesbild {

std::string_view default_stylesheet() {
  return R"css(
@page {
  size: A4;
  margin: 22mm 18mm 20mm 18mm;
  @top-left { content: string(running); font: 8.5pt/1.2 "DejaVu Sans", Arial, sans-serif; color: #444; }
  @top-right { content: string(marking); font: bold 8.5pt/1.2 "DejaVu Sans", Arial, sans-serif; color: #8a1c1c; }
  @bottom-left { content: string(marking); font: bold 8.5pt/1.2 "DejaVu Sans", Arial, sans-serif; color: #8a1c1c; }
  @bottom-right { content: "Sida " counter(page) " av " counter(pages); font: 8.5pt/1.2 "DejaVu Sans", Arial, sans-serif; color: #444; }
}
html { font: 10.5pt/1.45 "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #1a1a1a; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; }
.running { string-set: running content(); height: 0; overflow: hidden; font-size: 0; margin: 0; }
.marking { string-set: marking content(); }
header.document { border-bottom: 2px solid #1f3a5f; margin-bottom: 1.2rem; }
h1 { font-size: 19pt; color: #1f3a5f; margin: 0.2rem 0 0.6rem; }
h2 { font-size: 14pt; color: #1f3a5f; margin: 1.6rem 0 0.4rem; border-bottom: 1px solid #c8d3e0; break-after: avoid; }
h3 { font-size: 11.5pt; margin: 1.1rem 0 0.3rem; break-after: avoid; }
p { margin: 0.35rem 0; }
p.question { color: #444; font-style: italic; }
p.marking, div.marking { display: inline-block; font-weight: bold; color: #8a1c1c; border: 1.5px solid #8a1c1c;
  padding: 0.15rem 0.5rem; margin: 0.3rem 0 0.8rem; letter-spacing: 0.03em; }
.unanswered { color: #8a1c1c; }
div.draft { font-weight: bold; color: #fff; background: #8a1c1c; padding: 0.2rem 0.6rem; margin: 0 0 0.8rem; }
p.note { font-size: 9pt; color: #555; }
table { border-collapse: collapse; width: 100%; margin: 0.4rem 0 0.8rem; font-size: 9.5pt; }
th, td { border: 1px solid #b9c4d0; padding: 0.25rem 0.4rem; text-align: left; vertical-align: top; }
th { background: #e8eef5; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
table.trends { width: auto; min-width: 50%; }
table.trends td:first-child { width: 9rem; }
td em { color: #555; }
td { hyphens: auto; overflow-wrap: break-word; }
table.actions { font-size: 8.5pt; }
table.actions th, table.actions td { padding: 0.2rem 0.25rem; hyphens: auto; }
table.actions td:nth-child(6) { white-space: nowrap; }
table.actions td:first-child em { display: block; white-space: nowrap; font-size: 7.5pt; }
table.summary { font-size: 8.5pt; }
table.summary td { white-space: nowrap; }
table.observations th:last-child { width: 3.2rem; }
span[class^="uppfoljning-"]::before { content: "●\00a0"; }
.uppfoljning-gron::before { color: #2e7d32; }
.uppfoljning-gul::before { color: #d8a300; }
.uppfoljning-rod::before { color: #c62828; }
figure { margin: 0.4rem 0 1rem; break-inside: avoid; }
figure svg { width: 100%; height: auto; }
figcaption { font-size: 9pt; color: #444; }
@media screen {
  body { background: #f4f6f9; }
  main { background: #fff; padding: 1.5rem 2rem; box-shadow: 0 1px 4px rgba(0,0,0,0.15); }
  .screen-header { display: block; font-size: 9pt; color: #444; margin-bottom: 0.5rem; }
}
@media print {
  .screen-header { display: none; }
  body { max-width: none; padding: 0; }
}
)css";
}

}  // namespace lagesbild
