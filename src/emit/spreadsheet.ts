// A CSV cell as a spreadsheet must show it. A spreadsheet opening a CSV guesses each cell's
// type: "01" becomes 1, "1.10" becomes 1.1, "1.2.3" or "30/6/2022" a date, "01:1" a time, and
// a cell starting with "=", "+", "-" or "@" runs as a formula (CSV injection). A text cell that
// would be read as anything but itself starts with an apostrophe, as OWASP advises for formulas
// (https://owasp.org/www-community/attacks/CSV_Injection): the spreadsheet then shows it as
// text, apostrophe and all, and writes it back unchanged. Numbers stay numbers, and so do texts
// a spreadsheet writes back as they were: whole numbers ("1", a row number) and ISO dates
// (deadline_start, a citation's date, which become dates).
// The xlsx needs none of this: its cells are typed.
import type { Cell } from './tables.js';

/** What OWASP lists as starting a formula: =, +, -, @, tab, carriage return. */
const STARTS_FORMULA = /^[=+\-@\t\r]/u;
/** Digits with separators, signs, brackets, per cent, an exponent or AM/PM: a number, date, time or fraction in some locale. */
const LOOKS_NUMERIC = /^[\s\d.,:/\-+%()]*\d[\s\d.,:/\-+%()]*(?:[eE][+-]?\d+)?\s*(?:[AaPp][Mm])?$/u;
/** What every spreadsheet reads back as the same text: a whole number without a leading zero, an ISO date. */
const READ_BACK_SAME = /^(?:0|[1-9]\d{0,14}|\d{4}-\d{2}-\d{2})$/u;
/** Truth values as spreadsheets of several locales read them. */
const LOOKS_BOOLEAN = /^(?:true|false|đúng|sai|wahr|falsch|vrai|faux)$/iu;

/** Whether a spreadsheet would read this text as something other than itself. */
export function needsTextMark(text: string): boolean {
  if (STARTS_FORMULA.test(text)) return true;
  // No number or date is longer (and the pattern is not run over a long text).
  if (text.length > 40) return false;
  return (LOOKS_NUMERIC.test(text) && !READ_BACK_SAME.test(text)) || LOOKS_BOOLEAN.test(text);
}

export function spreadsheetCell(cell: Cell): Cell {
  return typeof cell === 'string' && needsTextMark(cell) ? `'${cell}` : cell;
}

/** Rows (header first) with every text cell a spreadsheet would misread marked as text. */
export const spreadsheetRows = (rows: Cell[][]): Cell[][] => rows.map((row) => row.map(spreadsheetCell));
