// The tasks as one table, with filters (agency, appendix, deadline kind, words)
// and sorting by due date. Every row carries its filter keys as data-*
// attributes; the inline script (script.ts) reads them.
import type { Agency, DeadlineKind, Task } from '../schema/document.js';
import { element, escapeHtml } from './escape.js';
import { DEADLINE_KIND_LABELS, NO_DEADLINE_LABEL, formatDate } from './labels.js';
import { agencyName, byVietnamese, dueDate, isRecurring, unique } from './schedule.js';
import { lineLink } from './text-view.js';

/** The review page's name of each rated field. */
const FIELD_LABELS = { content: 'nội dung', lead: 'chủ trì', cooperating: 'phối hợp', deadline: 'thời hạn', products: 'sản phẩm' } as const;
type RatedField = keyof typeof FIELD_LABELS;

/** The fields of a task flagged for review. */
const flagged = (task: Task): RatedField[] => (Object.keys(FIELD_LABELS) as RatedField[]).filter((f) => task.fields?.[f].flagged);

/** A cell's review marks: flagged fields get a class, their confidence and the reasons that lowered it. */
function reviewAttributes(task: Task, field: RatedField): Record<string, string | null> {
  const review = task.fields?.[field];
  if (!review) return {};
  const percent = `${Math.round(review.confidence * 100)}%`;
  return {
    'data-confidence': percent,
    ...(review.flagged
      ? {
          'data-review': review.reasons.join('; '),
          title: `Cần kiểm tra ${FIELD_LABELS[field]}: độ tin cậy ${percent}${review.reasons.length ? ` (${review.reasons.join('; ')})` : ''}`,
        }
      : {}),
  };
}

const reviewClass = (task: Task, field: RatedField, base: string) => (task.fields?.[field].flagged ? `${base} review` : base);

/** The value of a filter's "all" option (an appendix label may be empty). */
export const ALL = '*';

export const appendixLabel = (appendix: string): string => (appendix ? `Phụ lục ${appendix}` : 'Ngoài phụ lục');

/** "01/3", or just the row number when the table has no appendix label. */
export const taskLabel = (task: Task): string => (task.appendix ? `${task.appendix}/${task.ordinal}` : task.ordinal);

export const taskAnchor = (index: number): string => `task-${index + 1}`;

/** The data-kind of a task: its deadline kind, or "none". */
export const deadlineKindOf = (task: Task): DeadlineKind | 'none' => task.deadline?.kind ?? 'none';

export function renderTasks(tasks: readonly Task[]): string {
  return `<section id="tasks">
<h2>Nhiệm vụ (${tasks.length})</h2>
${renderFilters(tasks)}
<p class="shown">Đang hiển thị <strong id="shown-count">${tasks.length}</strong> / <strong id="total-count">${tasks.length}</strong> nhiệm vụ</p>
<table class="tasks" id="tasks-table">
<thead><tr><th>TT</th><th>Nội dung, sản phẩm</th><th>Chủ trì</th><th>Phối hợp</th><th>Thời hạn</th>
<th><button type="button" class="sort" id="sort-due" data-order="none" title="Sắp xếp theo hạn hoàn thành">Hạn<span class="arrow"> ↕</span></button></th></tr></thead>
<tbody>
${tasks.map(renderRow).join('\n')}
</tbody>
</table>
</section>`;
}

function renderFilters(tasks: readonly Task[]): string {
  const agencies = unique(tasks.flatMap((t) => [...t.lead, ...t.cooperating].map(agencyName))).sort(byVietnamese);
  const appendices = unique(tasks.map((t) => t.appendix));
  const kinds = unique(tasks.map(deadlineKindOf));
  const option = (value: string, label: string) => element('option', { value }, escapeHtml(label));
  const select = (id: string, label: string, all: string, options: string[]) =>
    `<label>${label}<select id="${id}">${option(ALL, all)}${options.join('')}</select></label>`;
  return `<div class="filters" role="search">
${select(
  'filter-agency',
  'Cơ quan',
  'Tất cả cơ quan',
  agencies.map((a) => option(a, a)),
)}
<label class="check"><input type="checkbox" id="filter-lead-only"> chỉ khi chủ trì</label>
${select(
  'filter-appendix',
  'Phụ lục',
  'Tất cả phụ lục',
  appendices.map((a) => option(a, appendixLabel(a))),
)}
${select(
  'filter-kind',
  'Loại thời hạn',
  'Mọi loại thời hạn',
  kinds.map((k) => option(k, k === 'none' ? NO_DEADLINE_LABEL : DEADLINE_KIND_LABELS[k])),
)}
<label>Tìm trong nội dung<input type="search" id="filter-search" placeholder="từ khóa…"></label>
<button type="button" id="filter-reset">Bỏ lọc</button>
</div>`;
}

function renderRow(task: Task, index: number): string {
  const due = dueDate(task.deadline);
  const attributes = {
    id: taskAnchor(index),
    class: flagged(task).length ? 'task low-confidence' : 'task',
    'data-task-id': task.id,
    'data-appendix': task.appendix,
    'data-kind': deadlineKindOf(task),
    'data-due': due ?? '',
    'data-lead': JSON.stringify(unique(task.lead.map(agencyName))),
    'data-cooperating': JSON.stringify(unique(task.cooperating.map(agencyName))),
    title: flagged(task).length
      ? `Cần kiểm tra: ${flagged(task)
          .map((f) => FIELD_LABELS[f])
          .join(', ')} (độ tin cậy của nhiệm vụ ${Math.round(task.confidence * 100)}%)`
      : null,
  };
  const products = task.products.length ? `<ul>${task.products.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>` : '';
  const target = task.target ? `<div class="small muted">Mục tiêu: ${escapeHtml(task.target)}</div>` : '';
  const cells = [
    `<td class="ord">${escapeHtml(taskLabel(task))}<br>${lineLink(task.source.startLine)}</td>`,
    element(
      'td',
      { class: reviewClass(task, 'content', 'content'), ...reviewAttributes(task, 'content') },
      `${escapeHtml(task.content)}${target}${products && element('div', { class: reviewClass(task, 'products', 'products'), ...reviewAttributes(task, 'products') }, products)}`,
    ),
    element('td', { class: reviewClass(task, 'lead', 'agencies'), ...reviewAttributes(task, 'lead') }, agencyList(task.lead)),
    element(
      'td',
      { class: reviewClass(task, 'cooperating', 'agencies'), ...reviewAttributes(task, 'cooperating') },
      agencyList(task.cooperating),
    ),
    element('td', { class: reviewClass(task, 'deadline', 'deadline'), ...reviewAttributes(task, 'deadline') }, renderDeadline(task)),
    `<td class="due">${due ? escapeHtml(formatDate(due)) : '<span class="muted">—</span>'}</td>`,
  ];
  return element('tr', attributes, cells.join(''));
}

function agencyList(agencies: readonly Agency[]): string {
  if (!agencies.length) return '<span class="muted">—</span>';
  return agencies
    .map((a) => {
      const title = a.canonical && a.canonical !== a.name ? `ghi trong văn bản: ${a.name}` : null;
      return element('div', { title }, escapeHtml(agencyName(a)));
    })
    .join('');
}

function renderDeadline(task: Task): string {
  const d = task.deadline;
  if (!d) return `<span class="kind">${NO_DEADLINE_LABEL}</span>`;
  const recurring = isRecurring(d)
    ? element('span', { class: 'recurring-mark', title: `định kỳ${d.recurrence ? `: ${d.recurrence}` : ''}` }, '↻ ')
    : '';
  const kind = `<span class="kind">${DEADLINE_KIND_LABELS[d.kind]}</span>`;
  // A multi-part cell is shown by its parts; its text is only their concatenation.
  if (d.parts.length) {
    return `${recurring}${kind}<ul>${d.parts.map((p) => `<li><strong>${escapeHtml(p.label)}:</strong> ${escapeHtml(p.text)}</li>`).join('')}</ul>`;
  }
  const condition = d.condition && d.condition !== d.text ? `<div class="small muted">khi: ${escapeHtml(d.condition)}</div>` : '';
  // "Thường xuyên" is both the printed text and the kind's name: say it once.
  const sameAsKind = d.text.trim().toLowerCase() === DEADLINE_KIND_LABELS[d.kind].toLowerCase();
  return `${recurring}${sameAsKind ? kind : `${escapeHtml(d.text)} ${kind}`}${condition}`;
}
