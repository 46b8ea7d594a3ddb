// The flat tables a spreadsheet user pivots on: column name → value, as data.
import type { CchcDocument } from '../schema/document.js';

export type Cell = string | number | null;
export interface Column<R> { name: string; value: (row: R) => Cell }
export interface TableSpec<R> { rows: (doc: CchcDocument) => R[]; columns: Column<R>[] }

type TaskRow = CchcDocument['tasks'][number];
type TargetRow = CchcDocument['targets'][number];

/** List cells are joined with "; " (agencies may hold commas of their own). */
export const joinList = (values: string[]) => values.join('; ');

const tasks: TableSpec<TaskRow> = {
  rows: (doc) => doc.tasks,
  columns: [
    { name: 'id', value: (t) => t.id },
    { name: 'appendix', value: (t) => t.appendix },
    { name: 'ordinal', value: (t) => t.ordinal },
    { name: 'content', value: (t) => t.content },
    { name: 'target', value: (t) => t.target },
    { name: 'products', value: (t) => joinList(t.products) },
    { name: 'lead', value: (t) => joinList(t.lead.map((a) => a.name)) },
    { name: 'cooperating', value: (t) => joinList(t.cooperating.map((a) => a.name)) },
    { name: 'deadline', value: (t) => t.deadline?.text ?? null },
    { name: 'confidence', value: (t) => t.confidence },
    { name: 'start_line', value: (t) => t.source.startLine },
    { name: 'end_line', value: (t) => t.source.endLine },
  ],
};

const targets: TableSpec<TargetRow> = {
  rows: (doc) => doc.targets,
  columns: [
    { name: 'id', value: (t) => t.id },
    { name: 'text', value: (t) => t.text },
    { name: 'start_line', value: (t) => t.source.startLine },
    { name: 'end_line', value: (t) => t.source.endLine },
  ],
};

export const TABLES = { tasks, targets } as const;
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
