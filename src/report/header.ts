// The decision: who issued it, its number, date and title, its legal bases,
// its articles, and the page's headline counts.
import type { CchcDocument } from '../schema/document.js';
import { escapeHtml } from './escape.js';
import { formatDate } from './labels.js';
import { lineLink } from './text-view.js';

export interface HeadlineCounts {
  tasks: number;
  targets: number;
  restored: number;
  review: number;
  diagnostics: number;
}

export function renderHeader(doc: CchcDocument, counts: HeadlineCounts): string {
  const d = doc.decision;
  const facts: Array<[string, string | null]> = [
    ['Số', d.number],
    ['Ngày ký', d.date ? formatDate(d.date) : null],
    ['Nơi ban hành', d.place],
    ['Người ký', d.signer],
    ['Tệp nguồn', doc.source.path],
    ['Định dạng', `${doc.source.format}, ${doc.source.encoding}, ${doc.source.bytes.toLocaleString('vi-VN')} byte`],
  ];
  const factList = facts.map(([k, v]) => `<dt>${k}</dt><dd>${v ? escapeHtml(v) : '<span class="muted">(để trống)</span>'}</dd>`).join('');
  const bases = d.legalBases.length
    ? `<details><summary>Căn cứ pháp lý (${d.legalBases.length})</summary><ul>${d.legalBases.map((b) => `<li>${escapeHtml(b.text)}</li>`).join('')}</ul></details>`
    : '';
  const citations = doc.citations.length
    ? `<details><summary>Văn bản được dẫn chiếu (${doc.citations.length})</summary><ul>${doc.citations
        .map((c) => `<li>${escapeHtml(c.text)} ${lineLink(c.source.startLine)}</li>`)
        .join('')}</ul></details>`
    : '';
  const articles = d.articles.length
    ? `<h3>Các điều của quyết định</h3><ol class="articles">${d.articles
        .map((a) => `<li><strong>Điều ${a.number ?? '…'}.</strong> ${escapeHtml(a.text)} ${lineLink(a.source.startLine)}</li>`)
        .join('')}</ol>`
    : '<p class="muted">Không tìm thấy điều nào.</p>';
  return `<section id="decision">
${d.authority ? `<div class="authority">${escapeHtml(d.authority)}</div>` : ''}
<h1>${escapeHtml(d.title ?? 'Quyết định (không đọc được tiêu đề)')}</h1>
<ul class="counts">
<li><strong data-count="tasks">${counts.tasks}</strong>nhiệm vụ</li>
<li><strong data-count="targets">${counts.targets}</strong>mục tiêu</li>
<li><strong data-count="restored">${counts.restored}</strong>từ được khôi phục</li>
<li><strong data-count="review">${counts.review}</strong>từ cần kiểm tra</li>
<li><strong data-count="diagnostics">${counts.diagnostics}</strong>ghi chú của bộ phân tích</li>
</ul>
<dl class="facts">${factList}</dl>
${bases}${citations}
${articles}
</section>`;
}
