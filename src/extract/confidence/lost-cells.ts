// Signs, read from a table row's other cells and the same reader's other rows, that the task text is
// not one cell's text: a row whose cells are empty but for the text (a group heading over the rows
// below, or a note, read as a task), and a cell left empty where the table's other rows fill it (its
// text went somewhere, most often into the task text beside it).
import type { Task } from '../../schema/document.js';

/** The cells besides the task text: lead, cooperating, deadline, products. */
const CELLS: Array<(t: Task) => boolean> = [
  (t) => t.lead.length > 0,
  (t) => t.cooperating.length > 0,
  (t) => t.deadline !== null,
  (t) => t.products.length > 0,
];

/** A cell counts as one the table fills when at least this share of the reader's other rows fill it. */
const FILLED = 0.7;

const siblingsOf = (task: Task, tasks: Task[]) => tasks.filter((t) => t !== task && t.reader === task.reader);

/**
 * Every cell of the row but the text is empty, where most of the reader's other rows fill at least one:
 * a heading over a group of rows ("Nhóm nhiệm vụ về …") or a row the reader cut off from its cells.
 */
export function textOnlyRow(task: Task, tasks: Task[]): boolean {
  if (CELLS.some((filled) => filled(task))) return false;
  const siblings = siblingsOf(task, tasks);
  return siblings.length >= 3 && siblings.filter((t) => CELLS.some((filled) => filled(t))).length / siblings.length >= FILLED;
}

/**
 * The lead, the deadline or the products is empty where at least 70% of the reader's other rows (three
 * or more) fill it: that cell's text was lost or ran into another cell (the cooperating list is often
 * empty by right and is not counted).
 */
export function cellLost(task: Task, tasks: Task[]): boolean {
  const siblings = siblingsOf(task, tasks);
  if (siblings.length < 3) return false;
  const [lead, , deadline, products] = CELLS;
  return [lead!, deadline!, products!].some((filled) => !filled(task) && siblings.filter(filled).length / siblings.length >= FILLED);
}
