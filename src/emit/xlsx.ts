// A workbook for spreadsheet users (exceljs): three sheets, tasks, targets and documents (one
// row per input), as README and --help say; the other tables (agencies, citations) are CSV only.
// Header row frozen and bold, text wrapped, columns sized to their content. The same rows as the
// CSV tables (tables.ts), so the two agree; cells are typed, so no text is read as a number or a
// formula. Timestamps are fixed, so the same documents give the same bytes.
import ExcelJS from 'exceljs';
import type { CchcDocument } from '../schema/document.js';
import { tableRows, type Cell } from './tables.js';

/** Sheet name → rows (header first), in this order. */
export interface Sheets {
  tasks: Cell[][];
  targets: Cell[][];
  documents: Cell[][];
}

export const SHEET_NAMES = ['tasks', 'targets', 'documents'] as const satisfies ReadonlyArray<keyof Sheets>;

/** One row per input in the documents sheet. */
export const DOCUMENT_HEADER = [
  'source_file',
  'status',
  'reason',
  'format',
  'encoding',
  'number',
  'date',
  'place',
  'authority',
  'title',
  'signer',
  'articles',
  'targets',
  'tasks',
  'warnings',
];

export function documentRow(file: string | null, doc: CchcDocument | null, status?: string, reason?: string | null): Cell[] {
  const warnings = doc ? doc.diagnostics.filter((d) => d.severity !== 'info').length : 0;
  const d = doc?.decision;
  return [
    file,
    status ?? (warnings ? 'converted-with-warnings' : 'converted'),
    reason ?? null,
    doc?.source.format ?? null,
    doc?.source.encoding ?? null,
    d?.number ?? null,
    d?.date ?? null,
    d?.place ?? null,
    d?.authority ?? null,
    d?.title ?? null,
    d?.signer ?? null,
    d?.articles.length ?? null,
    doc?.targets.length ?? null,
    doc?.tasks.length ?? null,
    doc ? warnings : null,
  ];
}

export function sheetsOf(docs: CchcDocument[], withSource = docs.length > 1): Sheets {
  return {
    tasks: tableRows('tasks', docs, withSource),
    targets: tableRows('targets', docs, withSource),
    documents: [DOCUMENT_HEADER, ...docs.map((doc) => documentRow(doc.source.path, doc))],
  };
}

const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));
const MAX_WIDTH = 60;

/** The workbook of one document, of several, or of sheets already built (a batch's combined tables). */
export async function toXlsx(input: CchcDocument | CchcDocument[] | Sheets): Promise<Buffer> {
  const sheets = Array.isArray(input) ? sheetsOf(input) : 'schemaVersion' in input ? sheetsOf([input]) : input;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'cchc';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  for (const name of SHEET_NAMES) {
    const rows = sheets[name];
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    for (const row of rows) sheet.addRow(row.map((c) => c ?? ''));
    const header = rows[0] ?? [];
    sheet.columns.forEach((column, i) => {
      // A loop, not Math.max(...rows): a spread of over about 125,000 rows overflows the stack.
      let longest = 0;
      for (const row of rows) longest = Math.max(longest, longestLine(row[i]));
      column.width = Math.min(MAX_WIDTH, Math.max(8, longest + 2));
      column.alignment = { wrapText: true, vertical: 'top' };
    });
    sheet.getRow(1).font = { bold: true };
    if (header.length) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  }
  return fixZipTimes(Buffer.from(await workbook.xlsx.writeBuffer()));
}

function longestLine(cell: Cell | undefined): number {
  if (cell === null || cell === undefined) return 0;
  let longest = 0;
  for (const line of String(cell).split('\n')) longest = Math.max(longest, line.length);
  return longest;
}

/** Set every zip entry's DOS time to 1980-01-01 00:00 (exceljs stamps "now"). */
function fixZipTimes(zip: Buffer): Buffer {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) return zip;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count && zip.readUInt32LE(at) === 0x02014b50; i++) {
    zip.writeUInt32LE(0x00210000, at + 12); // time 0, date 1980-01-01
    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) === 0x04034b50) zip.writeUInt32LE(0x00210000, local + 10);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return zip;
}
