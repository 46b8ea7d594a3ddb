// The layout readers in precedence order (LAYOUTS.md §9) and the rule that picks which one
// yields the plan's body tasks:
//   labelled fields (B1) where they name who does what;
//   else agency headings (B2), with the bare bullets of the task sections (B3) beside them;
//   else bare bullets (B3).
// Task tables with a lead column come before all of these (extract takes their rows first).
import type { Row, TaskList } from '../../tree/types.js';
import { agencyHeadings } from './agency-headings.js';
import { bareBullets } from './bare-bullets.js';
import { labelledFields } from './labelled-fields.js';
import type { LayoutReader, ReaderContext } from './reader.js';

export const BODY_READERS: LayoutReader[] = [labelledFields, agencyHeadings, bareBullets];

/** How sure a reader must be of its family before it yields the tasks. */
const RECOGNISED = 0.5;

export function readBodyTasks(context: ReaderContext): TaskList[] {
  const recognised = (reader: LayoutReader) => reader.recognise(context) >= RECOGNISED;
  const list = (reader: LayoutReader): TaskList[] => {
    const rows = reader.read(context);
    return rows.length ? [{ type: 'taskList', reader: reader.name, family: reader.family, children: rows }] : [];
  };
  if (recognised(labelledFields)) return list(labelledFields);
  if (recognised(agencyHeadings)) {
    const assigned = list(agencyHeadings);
    // One reading per line: a point the agency headings read is not read again as a bare bullet.
    const read = assigned.flatMap((taskList) => taskList.children.map((r) => [r.position!.start.line, r.position!.end.line] as const));
    const overlaps = (r: Row) => read.some(([start, end]) => r.position!.start.line <= end && start <= r.position!.end.line);
    const bare = list(bareBullets).map((taskList) => ({ ...taskList, children: taskList.children.filter((r) => !overlaps(r)) }));
    return [...assigned, ...bare.filter((taskList) => taskList.children.length)];
  }
  if (recognised(bareBullets)) return list(bareBullets);
  if (context.outline.length) {
    context.file.message('no task layout recognised in the plan body (looked for labelled fields, agency headings and task bullets)', {
      ruleId: 'no-task-layout',
      source: 'cchc-segment',
    });
  }
  return [];
}

export type { LayoutReader, ReaderContext } from './reader.js';
