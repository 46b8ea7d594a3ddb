// What the OCR'd-table readers said, in their own diagnostics, about the row a task was read from: a
// lead they were unsure of (`ocr-lead-uncertain`: completed from a cut name, given another body's
// head, read from a misread cell) and the cells they could not recover (`ocr-cell-unread`, naming
// them). Matched to the task by the lines the diagnostic is about; rows of typed text carry none.
import type { Diagnostic, Task } from '../../schema/document.js';

type Field = 'content' | 'lead' | 'cooperating' | 'deadline' | 'products';

const overlaps = (d: Diagnostic, task: Task) =>
  d.line !== null && d.line <= task.source.endLine && (d.endLine ?? d.line) >= task.source.startLine;

/** The cells an `ocr-cell-unread` message names: "…, row 3: products, lead not recovered …". */
const unreadCells = (message: string): string[] => /:\s*([a-z, ]+?)\s+not recovered/u.exec(message)?.[1]?.split(/,\s*/u) ?? [];

/** Per field: the reader said this field's cell went unread; for the lead, also that the reader doubted it. */
export function readerDoubtFeatures(task: Task, diagnostics: readonly Diagnostic[]): Record<Field, Record<string, number>> {
  const mine = task.reader.startsWith('ocr-') ? diagnostics.filter((d) => overlaps(d, task)) : [];
  const leadDoubted = mine.some((d) => d.ruleId.endsWith('ocr-lead-uncertain')) ? 1 : 0;
  const unread = new Set(mine.filter((d) => d.ruleId.endsWith('ocr-cell-unread')).flatMap((d) => unreadCells(d.message)));
  const of = (field: Field) => ({ 'ocr:cell-unread': unread.has(field) ? 1 : 0 });
  return {
    content: of('content'),
    lead: { ...of('lead'), 'ocr:lead-doubted': leadDoubted },
    cooperating: of('cooperating'),
    deadline: of('deadline'),
    products: of('products'),
  };
}
