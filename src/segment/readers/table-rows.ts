// Tables whose rows the layout already gives: a Markdown pipe table or a tab-separated row a line
// (`tab-cells`, seed 001's HTML cells too), or one cell a tab-led line with rows between blank
// lines (`tab-led-cells`, Word text exports). Header rows name the columns; merged cells and
// sub-items a) b) are resolved by ../tables/expand.ts.
import type { Row } from '../../tree/types.js';
import { readTabRows } from '../tables/tab-rows.js';
import { readCellLines } from '../tables/cell-lines.js';
import { expandRows } from '../tables/expand.js';
import type { LayoutReader } from './reader.js';

const withReader = (rows: Row[], reader: string) => rows.map((row) => ({ ...row, reader }));

export const tabCells: LayoutReader = {
  name: 'tab-cells',
  family: 'T1m',
  recognise: (context) => (context.lines.some((l) => l.cells) ? 1 : 0),
  read: (context) => withReader(expandRows(readTabRows(context.lines)), 'tab-cells'),
};

export const tabLedCells: LayoutReader = {
  name: 'tab-led-cells',
  family: 'T1',
  recognise: (context) => (context.lines.some((l) => l.tabLed) ? 1 : 0),
  read: (context) => withReader(expandRows(readCellLines(context.lines)), 'tab-led-cells'),
};
