// One plan → one self-contained HTML page: the decision and its articles, the
// targets, the tasks (filterable table and timeline), the restored text with
// every change marked, and the diagnostics linked into that text.
import type { CchcDocument } from '../schema/document.js';
import { renderDiagnostics } from './diagnostics.js';
import { renderHeader } from './header.js';
import { page } from './layout.js';
import { decodeAsParsed } from './input-text.js';
import { SCRIPT } from './script.js';
import { renderTargets } from './targets.js';
import { renderTasks } from './tasks-table.js';
import { renderTextView, isForReview } from './text-view.js';
import { renderTimeline } from './timeline.js';

/**
 * Render a parsed document as one HTML page.
 * `input` is the text the pipeline read — BEFORE restoration, which
 * `doc.restoration.changes` point into (already-restored text works too) — or
 * the file's bytes, decoded here as parse() decoded them. A Word file's bytes
 * will not do: pass the Markdown that was parsed (see inputTextOf).
 */
export function renderReport(doc: CchcDocument, input: string | Uint8Array): string {
  const text = typeof input === 'string' ? input : decodeAsParsed(doc, input);
  const changes = doc.restoration.changes;
  const body = [
    renderHeader(doc, {
      tasks: doc.tasks.length,
      targets: doc.targets.length,
      restored: changes.length,
      review: changes.filter(isForReview).length,
      diagnostics: doc.diagnostics.length,
    }),
    renderTargets(doc.targets),
    renderTasks(doc.tasks),
    renderTimeline(doc.tasks),
    renderTextView(text, changes, doc.diagnostics),
    renderDiagnostics(doc.diagnostics),
  ].join('\n');
  const d = doc.decision;
  const title = [d.number ? `Quyết định ${d.number}` : null, d.title].filter(Boolean).join(' — ') || (doc.source.path ?? 'Kế hoạch CCHC');
  return page({
    title,
    nav: [
      ['#decision', 'Quyết định'],
      ['#targets', 'Mục tiêu'],
      ['#tasks', `Nhiệm vụ (${doc.tasks.length})`],
      ['#timeline', 'Tiến độ'],
      ['#text', 'Văn bản'],
      ['#diagnostics', `Ghi chú (${doc.diagnostics.length})`],
    ],
    body,
    script: SCRIPT,
  });
}
