// The index page of an archive (`cchc batch … --report`): totals, one row a
// document with its counts and a link to its page, and the failures.
import type { CchcDocument } from '../schema/document.js';
import { element, escapeHtml } from './escape.js';
import { formatDate } from './labels.js';
import { page } from './layout.js';
import { isForReview } from './text-view.js';

/** What the index needs of one converted document. */
export interface DocumentSummary {
  number: string | null;
  date: string | null;
  title: string | null;
  tasks: number;
  targets: number;
  restored: number;
  review: number;
  warnings: number;
  errors: number;
}

export interface ArchiveEntry {
  /** The input file as the user named it (shown as is). */
  source: string;
  /** Link to the document's report page, relative to the index page. */
  report?: string | null;
  /** The converted document, or its summary (keeps memory flat on big archives). */
  document?: CchcDocument | DocumentSummary | null;
  /** Why the document could not be converted. */
  error?: string | null;
}

export function summarizeDocument(doc: CchcDocument): DocumentSummary {
  return {
    number: doc.decision.number,
    date: doc.decision.date,
    title: doc.decision.title,
    tasks: doc.tasks.length,
    targets: doc.targets.length,
    restored: doc.restoration.changes.length,
    review: doc.restoration.changes.filter(isForReview).length,
    warnings: doc.diagnostics.filter((d) => d.severity === 'warning').length,
    errors: doc.diagnostics.filter((d) => d.severity === 'error').length,
  };
}

const summaryOf = (entry: ArchiveEntry): DocumentSummary | null =>
  !entry.document ? null : 'schemaVersion' in entry.document ? summarizeDocument(entry.document) : entry.document;

export function renderArchiveIndex(entries: readonly ArchiveEntry[], options: { title?: string } = {}): string {
  const rows = entries.map((entry) => ({ entry, summary: entry.error ? null : summaryOf(entry) }));
  const converted = rows.filter((r) => r.summary);
  const failed = rows.filter((r) => !r.summary);
  const total = (key: keyof DocumentSummary) => converted.reduce((n, r) => n + ((r.summary![key] as number) ?? 0), 0);
  const title = options.title ?? 'Kho văn bản cải cách hành chính';

  const counts = `<ul class="counts">
<li><strong data-count="documents">${entries.length}</strong>văn bản</li>
<li><strong data-count="converted">${converted.length}</strong>chuyển đổi được</li>
<li><strong data-count="failed">${failed.length}</strong>lỗi</li>
<li><strong data-count="tasks">${total('tasks')}</strong>nhiệm vụ</li>
<li><strong data-count="targets">${total('targets')}</strong>mục tiêu</li>
<li><strong data-count="restored">${total('restored')}</strong>từ được khôi phục</li>
<li><strong data-count="review">${total('review')}</strong>từ cần kiểm tra</li>
</ul>`;

  const docRows = converted.map(({ entry, summary: s }) => {
    const name = entry.report ? element('a', { href: entry.report }, escapeHtml(entry.source)) : escapeHtml(entry.source);
    const num = (n: number) => `<td class="num">${n}</td>`;
    return `<tr><td>${name}</td><td class="nowrap">${escapeHtml(s!.number ?? '—')}</td><td class="nowrap">${escapeHtml(formatDate(s!.date)) || '—'}</td><td>${escapeHtml(s!.title ?? '—')}</td>${num(s!.tasks)}${num(s!.targets)}${num(s!.restored)}${num(s!.review)}${num(s!.warnings + s!.errors)}</tr>`;
  });
  const documents = `<section id="documents">
<h2>Văn bản đã chuyển đổi (${converted.length})</h2>
${
  docRows.length
    ? `<div class="table-wrap"><table class="archive" id="archive-table">
<thead><tr><th>Tệp</th><th>Số</th><th>Ngày ký</th><th>Tiêu đề</th><th>Nhiệm vụ</th><th>Mục tiêu</th><th>Từ khôi phục</th><th>Cần kiểm tra</th><th>Cảnh báo, lỗi</th></tr></thead>
<tbody>
${docRows.join('\n')}
</tbody></table></div>`
    : '<p class="muted">Không có văn bản nào chuyển đổi được.</p>'
}
</section>`;

  const failures = failed.length
    ? `<section id="failures">
<h2>Không chuyển đổi được (${failed.length})</h2>
<div class="table-wrap"><table class="archive" id="failures-table"><thead><tr><th>Tệp</th><th>Lý do</th></tr></thead><tbody>
${failed.map(({ entry }) => `<tr class="failed"><td>${escapeHtml(entry.source)}</td><td>${escapeHtml(entry.error ?? 'không rõ lý do')}</td></tr>`).join('\n')}
</tbody></table></div>
</section>`
    : '';

  return page({
    title,
    nav: [['#documents', 'Văn bản'], ...(failed.length ? [['#failures', `Lỗi (${failed.length})`] as [string, string]] : [])],
    body: `<section id="archive"><h1>${escapeHtml(title)}</h1>${counts}</section>\n${documents}\n${failures}`,
  });
}
