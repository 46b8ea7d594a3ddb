// The page's one stylesheet, inlined. System fonts only (no web fonts, no
// network): the stack names fonts that carry the Vietnamese glyphs on each
// system, ending with DejaVu/Liberation found on Linux.
export const STYLES = String.raw`
:root {
  --ink: #1d232b; --muted: #5b6570; --line: #d9dee4; --paper: #fff; --panel: #f5f7f9;
  --accent: #1f5fa8; --restored: #fff3bf; --restored-edge: #e0b400; --review: #ffd8cc; --review-edge: #c2410c;
  --error: #b91c1c; --warning: #b45309; --info: #2563eb;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, "DejaVu Sans", "Liberation Sans", sans-serif;
  --mono: ui-monospace, "SFMono-Regular", Consolas, "Noto Sans Mono", "DejaVu Sans Mono", "Liberation Mono", monospace;
}
* { box-sizing: border-box; }
html { scroll-padding-top: 3.5rem; }
body { margin: 0; font: 15px/1.5 var(--sans); color: var(--ink); background: var(--paper); }
a { color: var(--accent); }
nav.top { position: sticky; top: 0; z-index: 20; background: #0f2f57; color: #fff; padding: .45rem 1.25rem; display: flex; gap: 1.1rem; flex-wrap: wrap; align-items: baseline; }
nav.top a { color: #fff; text-decoration: none; font-size: .92rem; }
nav.top a:hover { text-decoration: underline; }
nav.top .brand { font-weight: 600; margin-right: .5rem; }
main { max-width: 1240px; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
section { margin: 2rem 0; }
h1 { font-size: 1.45rem; line-height: 1.3; margin: .6rem 0 .4rem; }
h2 { font-size: 1.2rem; border-bottom: 2px solid var(--line); padding-bottom: .25rem; margin-bottom: .8rem; }
h3 { font-size: 1rem; margin: 1rem 0 .4rem; }
.muted { color: var(--muted); }
.small { font-size: .85rem; }
.authority { text-transform: uppercase; font-weight: 600; color: var(--muted); letter-spacing: .02em; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .6rem 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
.counts { display: flex; flex-wrap: wrap; gap: .6rem; margin: 1rem 0; padding: 0; list-style: none; }
.counts li { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .35rem .75rem; }
.counts strong { font-size: 1.15rem; margin-right: .3rem; }
ol.articles { padding-left: 0; list-style: none; }
ol.articles li { margin: .35rem 0; }
details { margin: .5rem 0; }
summary { cursor: pointer; color: var(--accent); }
.targets { list-style: none; padding: 0; }
.targets li { padding: .45rem 0; border-bottom: 1px solid var(--line); }
.target-id { font-weight: 600; margin-right: .4rem; }
.metric { display: inline-block; background: #e8f1fb; border: 1px solid #b9d3ef; border-radius: 4px; padding: 0 .4rem; margin: .2rem .3rem 0 0; font-size: .88rem; white-space: nowrap; }
.filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem; margin-bottom: .6rem; }
.filters label { display: flex; flex-direction: column; font-size: .82rem; color: var(--muted); gap: .15rem; }
.filters select, .filters input[type=search] { font: inherit; font-size: .9rem; padding: .2rem .3rem; max-width: 22rem; }
.filters .check { flex-direction: row; align-items: center; gap: .3rem; }
.filters button { font: inherit; font-size: .88rem; padding: .25rem .7rem; }
.shown { margin: .3rem 0 .6rem; color: var(--muted); }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; vertical-align: top; text-align: left; }
thead th { background: var(--panel); }
/* The tasks table is not in a scrolling wrapper, so its head can stick under the top bar. */
table.tasks thead th { position: sticky; top: 2.3rem; z-index: 5; box-shadow: 0 1px 0 var(--line); }
table.tasks td.ord { white-space: nowrap; }
table.tasks td.content { min-width: 18rem; }
table.tasks td.due { white-space: nowrap; }
table.tasks td.agencies { min-width: 8.5rem; }
table.tasks td.agencies div + div { border-top: 1px dotted var(--line); margin-top: .15rem; padding-top: .15rem; }
table.tasks td.deadline { min-width: 10rem; }
table.tasks ul { margin: .2rem 0 0; padding-left: 1.1rem; }
table.tasks tr.low-confidence td.ord::after { content: " ⚠"; color: var(--review-edge); }
table.tasks td.review, table.tasks div.review { background: var(--review); box-shadow: inset 3px 0 0 var(--review-edge); }
table.tasks td.review::after, table.tasks div.review::after { content: " ⚠ " attr(data-confidence); font-size: .8em; color: var(--review-edge); white-space: nowrap; }
th button.sort { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; cursor: pointer; color: var(--accent); }
.kind { display: inline-block; font-size: .75rem; border-radius: 3px; padding: 0 .3rem; background: #eef0f3; color: var(--muted); white-space: nowrap; }
.recurring-mark { color: #7c3aed; font-weight: 700; }
.source-link { font-size: .78rem; white-space: nowrap; }
table.timeline { font-size: .82rem; }
table.timeline th.agency { min-width: 12rem; max-width: 18rem; }
table.timeline td { min-width: 4.5rem; }
table.timeline td.empty { background: #fafbfc; }
.chip { display: inline-block; margin: 1px; padding: 0 .3rem; border-radius: 3px; background: #dbeafe; color: #1e3a8a; text-decoration: none; font-size: .78rem; white-space: nowrap; }
.chip.recurring { background: #ede9fe; color: #5b21b6; }
.undated { columns: 2 22rem; padding-left: 1.2rem; }
.undated li { break-inside: avoid; margin-bottom: .25rem; }
.text-view { border: 1px solid var(--line); border-radius: 6px; background: #fcfcfd; padding: .4rem 0; }
.line { display: grid; grid-template-columns: 4.2rem 1fr; }
.line:target, .line.flash { background: #fff7d6; }
.line .ln { text-align: right; padding-right: .8rem; color: #98a2ad; font: .78rem/1.9 var(--mono); text-decoration: none; user-select: none; }
.line .ln.has-diagnostic { color: var(--warning); font-weight: 700; }
.line .tx { white-space: pre-wrap; overflow-wrap: anywhere; tab-size: 4; padding-right: .8rem; }
/* A restored word the decoder was sure of is only underlined (an OCR'd page has thousands);
   the colour is kept for the ones worth a second look. */
mark.restored { position: relative; background: none; border-bottom: 1px dotted var(--restored-edge); color: inherit; padding: 0 1px; cursor: help; }
mark.restored.review { background: var(--review); border-bottom: 2px dashed var(--review-edge); }
mark.restored.review::before { content: "?"; font-size: .65em; vertical-align: super; color: var(--review-edge); font-weight: 700; }
mark.restored:hover::after, mark.restored:focus::after {
  content: "gốc: " attr(data-original) " · độ tin cậy " attr(data-confidence);
  position: absolute; left: 0; bottom: calc(100% + 4px); z-index: 30; white-space: pre;
  background: #1d232b; color: #fff; font-size: .8rem; padding: .15rem .45rem; border-radius: 4px; box-shadow: 0 2px 6px rgba(0,0,0,.25);
}
mark.restored.tip-left::after { left: auto; right: 0; }
mark.restored.review:hover::after, mark.restored.review:focus::after { content: "gốc: " attr(data-original) " · độ tin cậy " attr(data-confidence) " — cần kiểm tra"; }
.legend mark.restored { cursor: default; }
.legend mark.restored:hover::after, .legend mark.restored::before { content: none; }
.legend { display: flex; gap: 1.2rem; flex-wrap: wrap; font-size: .85rem; margin: .4rem 0 .7rem; }
ul.diagnostics { list-style: none; padding: 0; }
ul.diagnostics li { padding: .3rem 0; border-bottom: 1px solid var(--line); }
.severity { display: inline-block; min-width: 5.5rem; font-weight: 600; font-size: .82rem; }
.severity.error { color: var(--error); }
.severity.warning { color: var(--warning); }
.severity.info { color: var(--info); }
.rule { font-family: var(--mono); font-size: .78rem; color: var(--muted); }
table.archive td.nowrap { white-space: nowrap; }
table.archive td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.failed td { background: #fef2f2; }
[hidden] { display: none !important; }
@media (max-width: 900px) {
  main { padding: .75rem; }
  .line { grid-template-columns: 3rem 1fr; }
}
/* A phone: the bar wraps to several lines, so it scrolls away instead of covering the headings. */
@media (max-width: 600px) {
  html { scroll-padding-top: .5rem; }
  nav.top { position: static; padding: .4rem .75rem; gap: .4rem .9rem; }
  main { padding: .5rem; }
  /* The tasks table scrolls sideways in its own box (its header then stays in place). */
  table.tasks { display: block; overflow-x: auto; }
  table.tasks thead th { position: static; }
}
@media print {
  @page { margin: 14mm 12mm; }
  body { font-size: 10.5pt; }
  nav.top, .filters { display: none !important; }
  thead th { position: static; }
  main { max-width: none; padding: 0; }
  section { break-inside: auto; }
  h2 { break-after: avoid; }
  tr, .line, ul.diagnostics li { break-inside: avoid; }
  .table-wrap { overflow: visible; }
  a { color: inherit; text-decoration: none; }
  mark.restored { background: none; border-bottom: 1px solid #999; }
  mark.restored.review { border-bottom: 1px dashed #000; }
  mark.restored.review::after { content: " [" attr(data-original) "]"; font-size: .8em; color: #555; }
  .line .ln { font-size: 7pt; }
  table { font-size: 8.5pt; }
  table.tasks td.content, table.tasks td.agencies, table.tasks td.deadline, table.timeline td { min-width: 0; }
  table.timeline th.agency { min-width: 7rem; }
  table.timeline { font-size: 7.5pt; }
  .chip { font-size: 7pt; padding: 0 .15rem; }
  .undated { columns: 1; }
}
`;
