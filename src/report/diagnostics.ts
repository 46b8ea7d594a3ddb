// The parser's diagnostics, each linked to its line in the text view.
import type { Diagnostic } from '../schema/document.js';
import { element, escapeHtml } from './escape.js';
import { SEVERITY_LABELS } from './labels.js';
import { vietnameseMessage } from './diagnostic-text.js';
import { lineId } from './text-view.js';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function renderDiagnostics(diagnostics: readonly Diagnostic[]): string {
  // Keep each diagnostic's index (the text view links to #diag-<index+1>), list by severity then line.
  const ordered = diagnostics
    .map((diagnostic, index) => ({ diagnostic, index }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.diagnostic.severity] - SEVERITY_ORDER[b.diagnostic.severity] ||
        (a.diagnostic.line ?? 0) - (b.diagnostic.line ?? 0),
    );
  const items = ordered.map(({ diagnostic: d, index }) => {
    const where = d.line
      ? element('a', { class: 'diag-link', href: `#${lineId(d.line)}` }, `dòng ${d.line}${d.column ? `:${d.column}` : ''}`)
      : '<span class="muted">cả văn bản</span>';
    // In Vietnamese where the page knows the wording; the parser's own (English) message on hover.
    const vietnamese = vietnameseMessage(d);
    const message = vietnamese ? element('span', { class: 'message', title: d.message }, escapeHtml(vietnamese)) : escapeHtml(d.message);
    return `<li id="diag-${index + 1}"><span class="severity ${d.severity}">${SEVERITY_LABELS[d.severity]}</span> ${where} — ${message} <span class="rule">${escapeHtml(d.ruleId)}</span></li>`;
  });
  return `<section id="diagnostics">
<h2>Ghi chú của bộ phân tích (${diagnostics.length})</h2>
${items.length ? `<ul class="diagnostics">${items.join('\n')}</ul>` : '<p class="muted">Không có ghi chú nào.</p>'}
</section>`;
}
