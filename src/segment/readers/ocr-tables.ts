// OCR'd tables, for OCR'd text only: each asks for the OCR's stray marks in the document
// (../ocr/evidence.ts), so a clean table never reaches them whatever its shape. The PAR/SIPAS
// scoring table (`ocr-par-table`), a ruled table whose header
// names its columns and whose cells open on their row's first line (`ocr-ruled-table`), and a
// table whose columns the OCR interleaved line by line (`ocr-interleaved`), rebuilt from row
// numbers, agency names, deadline and product shapes and the body's bullets it mirrors (../ocr/).
import type { Row } from '../../tree/types.js';
import { isParTable, readParTable } from '../ocr/par-table.js';
import { hasInterleavedRows, readInterleavedTable } from '../ocr/interleaved-table.js';
import { mirroredBullets } from '../ocr/body-mirror.js';
import { isRuledTable, readRuledTable } from '../ocr/ruled-table.js';
import { hasRowsOfItsOwn, type LayoutReader } from './reader.js';

const withReader = (rows: Row[], reader: string) => rows.map((row) => ({ ...row, reader }));

export const ocrParTable: LayoutReader = {
  name: 'ocr-par-table',
  family: 'OCR',
  recognise: (context) => (context.ocrd === true && isParTable(context.lines) ? 1 : 0),
  read: (context) => withReader(readParTable(context.lines, context.file), 'ocr-par-table'),
};

export const ocrInterleaved: LayoutReader = {
  name: 'ocr-interleaved',
  family: 'OCR',
  recognise: (context) => (!hasRowsOfItsOwn(context.lines) && context.ocrd === true && hasInterleavedRows(context.lines) ? 1 : 0),
  read: (context) => {
    const { label = '', title = '', plan = [] } = context.appendix ?? {};
    return withReader(readInterleavedTable(label, context.lines, context.file, mirroredBullets(title, plan)), 'ocr-interleaved');
  },
};

export const ocrRuledTable: LayoutReader = {
  name: 'ocr-ruled-table',
  family: 'OCR',
  recognise: (context) => (!hasRowsOfItsOwn(context.lines) && context.ocrd === true && isRuledTable(context.lines) ? 1 : 0),
  read: (context) => withReader(readRuledTable(context.appendix?.label ?? '', context.lines, context.file), 'ocr-ruled-table'),
};
