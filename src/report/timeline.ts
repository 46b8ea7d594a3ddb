// A timeline of the tasks per lead agency: one column a month (or a quarter
// when the plan spans more than MAX_MONTH_COLUMNS months), each task a chip in
// the period it is due, recurring ones marked ↻. Tasks without a date are
// listed apart, below.
import type { Task } from '../schema/document.js';
import { element, escapeHtml } from './escape.js';
import { DEADLINE_KIND_LABELS, NO_DEADLINE_LABEL, NO_LEAD_LABEL } from './labels.js';
import { byVietnamese, dueDate, isRecurring, leadNames } from './schedule.js';
import { taskAnchor, taskLabel } from './tasks-table.js';

const MAX_MONTH_COLUMNS = 15;
const ROMAN = ['I', 'II', 'III', 'IV'];

export type Granularity = 'month' | 'quarter';

interface Period {
  key: string;
  label: string;
}

/** Month index since year 0, from an ISO date. */
const monthIndex = (iso: string): number => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;

export function periodOf(iso: string, granularity: Granularity): Period {
  const m = monthIndex(iso);
  return periodAt(granularity === 'month' ? m : Math.floor(m / 3), granularity);
}

function periodAt(index: number, granularity: Granularity): Period {
  if (granularity === 'month') {
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    return { key: `${year}-${String(month).padStart(2, '0')}`, label: `T${month}/${year}` };
  }
  const year = Math.floor(index / 4);
  const quarter = index % 4;
  return { key: `${year}-Q${quarter + 1}`, label: `Quý ${ROMAN[quarter]}/${year}` };
}

/** Every period from the earliest due date to the latest, empty ones included. */
export function periodsBetween(dates: readonly string[], granularity?: Granularity): { granularity: Granularity; periods: Period[] } {
  if (!dates.length) return { granularity: granularity ?? 'month', periods: [] };
  const months = dates.map(monthIndex);
  const first = Math.min(...months);
  const last = Math.max(...months);
  const chosen = granularity ?? (last - first + 1 > MAX_MONTH_COLUMNS ? 'quarter' : 'month');
  const [from, to] = chosen === 'month' ? [first, last] : [Math.floor(first / 3), Math.floor(last / 3)];
  const periods: Period[] = [];
  for (let i = from; i <= to; i++) periods.push(periodAt(i, chosen));
  return { granularity: chosen, periods };
}

export function renderTimeline(tasks: readonly Task[]): string {
  const indexed = tasks.map((task, index) => ({ task, index, due: dueDate(task.deadline) }));
  const dated = indexed.filter((x): x is typeof x & { due: string } => x.due !== null);
  const undated = indexed.filter((x) => x.due === null);
  const { granularity, periods } = periodsBetween(dated.map((x) => x.due));

  const rows = new Map<string, Map<string, typeof dated>>();
  for (const x of dated) {
    const period = periodOf(x.due, granularity).key;
    for (const lead of leadNames(x.task)) {
      const cells = rows.get(lead) ?? new Map<string, typeof dated>();
      cells.set(period, [...(cells.get(period) ?? []), x]);
      rows.set(lead, cells);
    }
  }
  const count = (cells: Map<string, unknown[]>) => [...cells.values()].reduce((n, list) => n + list.length, 0);
  // Busiest agencies first; tasks whose lead could not be read last.
  const unknownLast = (name: string) => (name === NO_LEAD_LABEL ? 1 : 0);
  const leads = [...rows.keys()].sort(
    (a, b) => unknownLast(a) - unknownLast(b) || count(rows.get(b)!) - count(rows.get(a)!) || byVietnamese(a, b),
  );

  const table = periods.length
    ? `<div class="table-wrap"><table class="timeline" id="timeline-table">
<thead><tr><th class="agency">Cơ quan chủ trì</th>${periods.map((p) => `<th>${p.label}</th>`).join('')}</tr></thead>
<tbody>
${leads
  .map((lead) => {
    const cells = rows.get(lead)!;
    const tds = periods.map((p) => {
      const list = cells.get(p.key);
      return list ? `<td>${list.map((x) => chip(x.task, x.index)).join('')}</td>` : '<td class="empty"></td>';
    });
    return `<tr><th class="agency">${escapeHtml(lead)} <span class="muted small">(${count(cells)})</span></th>${tds.join('')}</tr>`;
  })
  .join('\n')}
</tbody></table></div>`
    : '<p class="muted">Không nhiệm vụ nào có mốc thời gian cụ thể.</p>';

  const apart = undated.length
    ? `<h3>Nhiệm vụ không có mốc thời gian (${undated.length})</h3>
<ul class="undated">${undated
        .map(({ task, index }) => {
          const d = task.deadline;
          const kind = d ? DEADLINE_KIND_LABELS[d.kind] : NO_DEADLINE_LABEL;
          // "Thường xuyên" is both the kind and the printed text: say it once.
          const printed = d && d.text.toLowerCase() !== kind.toLowerCase() ? `: ${shorten(d.text, 60)}` : '';
          const mark = isRecurring(d) ? '<span class="recurring-mark" title="định kỳ">↻ </span>' : '';
          return `<li>${mark}<a href="#${taskAnchor(index)}">${escapeHtml(taskLabel(task))}</a> ${escapeHtml(shorten(task.content, 110))} — <em>${escapeHtml(leadNames(task).join(', '))}</em> <span class="kind">${escapeHtml(kind + printed)}</span></li>`;
        })
        .join('\n')}</ul>`
    : '';

  return `<section id="timeline">
<h2>Tiến độ theo ${granularity === 'month' ? 'tháng' : 'quý'}</h2>
<p class="small muted">Mỗi ô là các nhiệm vụ đến hạn trong ${granularity === 'month' ? 'tháng' : 'quý'} đó, theo cơ quan chủ trì; <span class="recurring-mark">↻</span> là nhiệm vụ định kỳ. Bấm vào một nhiệm vụ để xem hàng của nó trong bảng.</p>
${table}
${apart}
</section>`;
}

function chip(task: Task, index: number): string {
  const recurring = isRecurring(task.deadline);
  return element(
    'a',
    {
      class: recurring ? 'chip recurring' : 'chip',
      href: `#${taskAnchor(index)}`,
      title: `${shorten(task.content, 160)}\nThời hạn: ${task.deadline?.text ?? ''}`,
    },
    `${recurring ? '↻ ' : ''}${escapeHtml(taskLabel(task))}`,
  );
}

export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
