// The plan's numbered targets, each with the metrics read from it.
import type { Metric, Target } from '../schema/document.js';
import { escapeHtml } from './escape.js';
import { lineLink } from './text-view.js';

const COMPARATORS: Record<Metric['comparator'], string> = { '>=': '≥', '<=': '≤', '=': '=', '>': '>', '<': '<' };

/** { >=, 98, "%" } → "≥ 98%"; a score out of a maximum → "≥ 4,2/5 điểm". */
export function formatMetric(metric: Metric): string {
  const value = metric.value.toLocaleString('vi-VN');
  const amount =
    metric.outOf !== null
      ? `${value}/${metric.outOf.toLocaleString('vi-VN')} ${metric.unit}`
      : metric.unit === '%'
        ? `${value}%`
        : `${value} ${metric.unit}`;
  return `${COMPARATORS[metric.comparator]} ${amount}`.trim();
}

export function renderTargets(targets: readonly Target[]): string {
  const items = targets.map((t) => {
    const metrics = t.metrics
      .map((m) => `<span class="metric">${m.subject ? `${escapeHtml(m.subject)}: ` : ''}${escapeHtml(formatMetric(m))}</span>`)
      .join('');
    return `<li><span class="target-id">${escapeHtml(t.id)}</span>${escapeHtml(t.text)} ${lineLink(t.source.startLine)}${metrics ? `<div>${metrics}</div>` : ''}</li>`;
  });
  return `<section id="targets">
<h2>Mục tiêu (${targets.length})</h2>
${items.length ? `<ul class="targets">${items.join('\n')}</ul>` : '<p class="muted">Không tìm thấy mục tiêu nào.</p>'}
</section>`;
}
