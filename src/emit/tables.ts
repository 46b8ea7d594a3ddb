// The flat tables a spreadsheet user pivots on: column name → value, as data.
import type { CchcDocument } from '../schema/document.js';

export type Cell = string | number | null;
export interface Column<R> {
  name: string;
  value: (row: R) => Cell;
}
export interface TableSpec<R> {
  rows: (doc: CchcDocument) => R[];
  columns: Column<R>[];
}

type TaskRow = CchcDocument['tasks'][number];
type TargetRow = CchcDocument['targets'][number];
type CitationRow = CchcDocument['citations'][number];
type Agency = TaskRow['lead'][number];
type Metric = TargetRow['metrics'][number];
interface AgencyRow {
  task: TaskRow;
  role: 'lead' | 'cooperating';
  agency: Agency;
}

/**
 * The appendix as the documents name it ("Phụ lục 01", "Phụ lục I"; empty for a task of the plan
 * body): a bare "01" would be the number 1 in a spreadsheet.
 */
export const appendixCell = (label: string) => (label ? `Phụ lục ${label}` : '');

/** List cells are joined with "; " (agencies may hold commas of their own). */
export const joinList = (values: string[]) => values.join('; ');

/** Gazetteer ids in the order of the names; "?" holds the place of an agency the gazetteer does not know. */
const joinIds = (agencies: Agency[]) => joinList(agencies.map((a) => a.id ?? '?'));

/** "≥ 92 %", "= 4.2 điểm / 5". */
const metricText = (m: Metric) =>
  `${{ '>=': '≥', '<=': '≤', '=': '=', '>': '>', '<': '<' }[m.comparator]} ${m.value} ${m.unit}${m.outOf !== null ? ` / ${m.outOf}` : ''}`;

/** The task fields that carry a confidence and a review flag (schema TaskFields), in column order. */
const REVIEWED_FIELDS = ['content', 'lead', 'cooperating', 'deadline', 'products'] as const;

const percent = (confidence: number) => Math.round(confidence * 100);

/** The deadline columns every task-based table shares. */
const deadlineColumns = <R>(task: (row: R) => TaskRow): Column<R>[] => [
  { name: 'deadline', value: (r) => task(r).deadline?.text ?? null },
  { name: 'deadline_kind', value: (r) => task(r).deadline?.kind ?? null },
  { name: 'deadline_start', value: (r) => task(r).deadline?.start ?? null },
  { name: 'deadline_end', value: (r) => task(r).deadline?.end ?? null },
  { name: 'deadline_recurrence', value: (r) => task(r).deadline?.recurrence ?? null },
];

const tasks: TableSpec<TaskRow> = {
  rows: (doc) => doc.tasks,
  columns: [
    { name: 'id', value: (t) => t.id },
    { name: 'appendix', value: (t) => appendixCell(t.appendix) },
    { name: 'ordinal', value: (t) => t.ordinal },
    { name: 'content', value: (t) => t.content },
    { name: 'target', value: (t) => t.target },
    { name: 'products', value: (t) => joinList(t.products) },
    { name: 'lead', value: (t) => joinList(t.lead.map((a) => a.name)) },
    { name: 'lead_ids', value: (t) => joinIds(t.lead) },
    { name: 'cooperating', value: (t) => joinList(t.cooperating.map((a) => a.name)) },
    { name: 'cooperating_ids', value: (t) => joinIds(t.cooperating) },
    ...deadlineColumns<TaskRow>((t) => t),
    // Confidences as whole per cents: "0.657" is 657 to a spreadsheet in a locale with a decimal comma.
    { name: 'confidence_pct', value: (t) => percent(t.confidence) },
    // The fields flagged for review ("lead; deadline"), then each field's confidence.
    { name: 'review', value: (t) => joinList(REVIEWED_FIELDS.filter((f) => t.fields?.[f].flagged)) },
    ...REVIEWED_FIELDS.map((f): Column<TaskRow> => ({
      name: `${f}_confidence_pct`,
      value: (t) => (t.fields ? percent(t.fields[f].confidence) : null),
    })),
    { name: 'start_line', value: (t) => t.source.startLine },
    { name: 'end_line', value: (t) => t.source.endLine },
  ],
};

const targets: TableSpec<TargetRow> = {
  rows: (doc) => doc.targets,
  columns: [
    { name: 'id', value: (t) => t.id },
    { name: 'text', value: (t) => t.text },
    { name: 'metrics', value: (t) => joinList(t.metrics.map(metricText)) },
    // The first metric, column by column, for sorting and filtering.
    { name: 'metric_value', value: (t) => t.metrics[0]?.value ?? null },
    { name: 'metric_unit', value: (t) => t.metrics[0]?.unit ?? null },
    { name: 'metric_comparator', value: (t) => t.metrics[0]?.comparator ?? null },
    { name: 'metric_out_of', value: (t) => t.metrics[0]?.outOf ?? null },
    { name: 'metric_subject', value: (t) => t.metrics[0]?.subject ?? null },
    { name: 'start_line', value: (t) => t.source.startLine },
    { name: 'end_line', value: (t) => t.source.endLine },
  ],
};

/** One row an agency and task, for pivoting by agency and due date. */
const agencies: TableSpec<AgencyRow> = {
  rows: (doc) =>
    doc.tasks.flatMap((task) => [
      ...task.lead.map((agency) => ({ task, role: 'lead' as const, agency })),
      ...task.cooperating.map((agency) => ({ task, role: 'cooperating' as const, agency })),
    ]),
  columns: [
    { name: 'task_id', value: (r) => r.task.id },
    { name: 'appendix', value: (r) => appendixCell(r.task.appendix) },
    { name: 'ordinal', value: (r) => r.task.ordinal },
    { name: 'role', value: (r) => r.role },
    { name: 'name', value: (r) => r.agency.name },
    { name: 'canonical', value: (r) => r.agency.canonical },
    { name: 'agency_id', value: (r) => r.agency.id },
    { name: 'level', value: (r) => r.agency.level },
    ...deadlineColumns<AgencyRow>((r) => r.task),
    { name: 'content', value: (r) => r.task.content },
    { name: 'start_line', value: (r) => r.task.source.startLine },
    { name: 'end_line', value: (r) => r.task.source.endLine },
  ],
};

const citations: TableSpec<CitationRow> = {
  rows: (doc) => doc.citations,
  columns: [
    { name: 'type', value: (c) => c.type },
    { name: 'number', value: (c) => c.number },
    { name: 'date', value: (c) => c.date },
    { name: 'issuer', value: (c) => c.issuer },
    { name: 'text', value: (c) => c.text },
    { name: 'start_line', value: (c) => c.source.startLine },
    { name: 'end_line', value: (c) => c.source.endLine },
  ],
};

export const TABLES = { tasks, targets, agencies, citations } as const;
export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/** Header and rows of one table over several documents; each row names its source file. */
export function tableRows(name: TableName, docs: CchcDocument[], withSource = docs.length > 1): Cell[][] {
  const spec = TABLES[name] as TableSpec<unknown>;
  const header = [...(withSource ? ['source_file'] : []), ...spec.columns.map((c) => c.name)];
  const rows = docs.flatMap((doc) =>
    spec.rows(doc).map((row) => [...(withSource ? [doc.source.path] : []), ...spec.columns.map((c) => c.value(row))]),
  );
  return [header, ...rows];
}
