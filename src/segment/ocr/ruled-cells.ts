// One OCR'd line of a ruled table cut into its columns' parts (./ruled-table.ts): the least-cost
// split of its words, in column order, where a part costs for being wider than its column, for
// not opening as its column's cells open (on a row's first line), for standing in a column whose
// cell has ended, for a rule inside it; and a cut gains where the OCR read a rule.
import { fold } from '../../vietnamese/fold.js';
import { isTwoWordHead, startsWithHead } from '../../knowledge/agencies/index.js';
import { isBoundingWords, isDateRest, isDeadlineCell, isLowerDeadlinePhrase } from '../../knowledge/deadlines/index.js';
import type { Column } from './ruled-header.js';
import { isWordPair, type WordPairs } from './word-pairs.js';
import { isAgencyPair, namePair } from './agency-spelling.js';
import { opensTask } from './row-starts.js';

export interface Word {
  text: string;
  /** A rule ("|", "[", "_") stood before the word. */
  barBefore: boolean;
  start: number;
  end: number;
}

export interface LineTokens {
  words: Word[];
  /** The row number the line starts with, if any. */
  number: number | null;
  hasBars: boolean;
}

export type Widths = Map<Column, number>;

const BAR = /^[|[\]{}_—=]+$/u;
const BAR_EDGE = /^[|[\]{}]+|[|[\]{}]+$/gu;
// "1", "2.", "10 |", "3,", "9_" (the rule after it read as "_") at the start of a line: the number column.
const ROW_NUMBER = /^(\d{1,2})[.,)_]?$/u;

export function lineTokens(text: string): LineTokens {
  const words: Word[] = [];
  let bar = false;
  let hasBars = false;
  let number: number | null = null;
  let dash = false;
  let dashAt: number | null = null;
  // A rule read glued to an underline or dash beside it ("Dữ liệu —|bản", "Sông_|nhiễm", "Biển và
  // _|Tổng"): the underline is no word, the rule opens the word after it.
  // A rule read glued between a word and the next cell's list dash ("và|- Sở Tư pháp", "và}- Sở"):
  // the word ends, the rule opens the dashed item.
  const unglued = text.replace(/[_—=~]+(?=\|)/gu, (m) => ' '.repeat(m.length)).replace(/(?<=\p{L})[|[\]{}](?=[-–]\s)/gu, ' |');
  for (const m of unglued.matchAll(/\S+/gu)) {
    const raw = m[0];
    if (BAR.test(raw)) {
      bar = hasBars = true;
      continue;
    }
    const lead = /^[|[\]{}]/u.test(raw);
    const trail = /[|[\]{}]$/u.test(raw);
    let clean = raw.replace(BAR_EDGE, '');
    if (!clean) continue;
    // A list item's dash read glued to its word ("-các cơ quan"): the same opening as "- các".
    const glued = clean.match(/^[-–•](?=\p{L})/u);
    if (glued) {
      clean = clean.slice(1);
      dash = true;
      dashAt ??= m.index;
      bar ||= lead;
    }
    // A list item's dash stays with the item's first word: "- Các sở" is one cell's opening.
    if (/^[-–+•]$/u.test(clean)) {
      dash = true;
      dashAt ??= m.index;
      bar ||= lead;
      continue;
    }
    if (!words.length && number === null && ROW_NUMBER.test(clean) && !/\/|\d{3}/u.test(clean)) {
      number = Number(clean.match(ROW_NUMBER)![1]);
      bar = false;
      continue;
    }
    words.push({
      text: dash ? `- ${clean}` : clean,
      barBefore: (bar || lead) && words.length > 0,
      start: dashAt ?? m.index,
      end: m.index + raw.length,
    });
    dash = false;
    dashAt = null;
    if (lead || trail) hasBars = true;
    bar = trail;
  }
  return { words, number, hasBars };
}

// How an agency's name opens, folded (besides the gazetteer's heads).
const AGENCY_OPENS = /^(?:cac|ubnd|uy ban|so|bo|cuc|vu|ban|van phong|tong cuc|trung tam|vien)\b/u;

// How a product cell opens: a list item, or the kind of document it is.
const PRODUCT_OPENS =
  /^(?:bao cao|quyet dinh|nghi dinh|nghi quyet|thong tu|de an|ke hoach|van ban|du thao|chi thi|cong van|tai lieu|chuong trinh|he thong|co so du lieu|to trinh|danh muc|quy che|quy dinh|huong dan)\b/u;

const textFrom = (words: Word[], i: number, n = 6) =>
  words
    .slice(i, i + n)
    .map((w) => w.text)
    .join(' ');

/** Does a cell of this column open at word i (as its first line prints it)? */
export function opensCell(column: Column, words: Word[], i: number): boolean {
  const word = words[i];
  if (!word) return false;
  const text = textFrom(words, i);
  const capital = /^["“(]?[\p{Lu}\d]/u.test(word.text);
  switch (column) {
    case 'stt':
      return /^\d/u.test(word.text);
    case 'deadline':
      // The deadline vocabulary's cell openings (knowledge/deadlines), as printed with a capital.
      return capital && isDeadlineCell(text);
    case 'lead':
    case 'cooperating': {
      // A cell opens with a capital, or with a list item's dash ("- các cơ quan liên quan"); a
      // lower-case "các cơ quan" mid-line goes on the text beside it.
      const dashed = /^[-–+•]/u.test(word.text);
      if (!capital && !dashed) return false;
      const item = /^[-–+•]$/u.test(word.text) ? textFrom(words, i + 1) : text.replace(/^[-–+•]\s*/u, '');
      return startsWithHead(item) || AGENCY_OPENS.test(fold(item).toLowerCase());
    }
    case 'products':
      return /^[-–+•]/u.test(word.text) || (capital && PRODUCT_OPENS.test(fold(text).toLowerCase()));
    case 'content':
      return capital || /^[-–+•]/u.test(word.text);
  }
}

/**
 * Does a deadline cell open at word i in lower case ("trong tháng 12", "chậm nhất ngày 10")? Only
 * where a cell may open at all (a block's start, a row's first line): the same words go on a task's
 * sentence anywhere else.
 */
export function opensLowerDeadline(words: Word[], i: number): boolean {
  if (!words[i]) return false;
  if (isLowerDeadlinePhrase(textFrom(words, i))) return true;
  // The bounding word alone, a rule after it: the cell's first line, its time wrapped below ("dư,| trong |Ủy ban").
  for (const n of [1, 2]) if (isBoundingWords(textFrom(words, i, n)) && words[i + n]?.barBefore) return true;
  return false;
}

/** Does a body's name open at word i, capital or not ("các tổ chức", "UBND xã")? */
const namesBody = (words: Word[], i: number) => {
  const item = textFrom(words, i).replace(/^[-–+•]\s*/u, '');
  return startsWithHead(item) || AGENCY_OPENS.test(fold(item).toLowerCase());
};

/**
 * Columns beside the task text that a table's line is shared among, at least, for the starting widths: the four
 * tables print (lead, cooperating, deadline, products). A column a table does not print narrows the line
 * left to the others nowhere, but the width of one that stays empty is never learnt: it stays this guess.
 */
const SIDE_COLUMNS_PRINTED = 4;

/** Starting widths, in characters: the number column narrow, the text column nearly half the line. */
export function startWidths(columns: Column[], lines: LineTokens[]): Widths {
  const lengths = lines
    .filter((l) => l.words.length)
    .map((l) => l.words.at(-1)!.end - l.words[0]!.start)
    .sort((a, b) => a - b);
  const full = lengths[Math.floor(lengths.length * 0.9)] ?? 80;
  const others = Math.max(SIDE_COLUMNS_PRINTED, columns.filter((c) => c !== 'content' && c !== 'stt').length);
  const content = columns.includes('content') ? 0.45 : 0;
  return new Map(columns.map((c) => [c, Math.round(c === 'content' ? full * content : c === 'stt' ? 4 : (full * (1 - content)) / others)]));
}

export interface LineState {
  /** The row's first line: every cell opens on it. */
  first: boolean;
  /** Columns whose cell may still go on. */
  open: Set<Column>;
  /** Columns whose part on the line above filled it without ending a sentence: their cell goes on. */
  going: Set<Column>;
  /** Agency columns whose cell ended a name on a list's comma above: a body's name below is its next item. */
  listed?: Set<Column>;
  /** Each column's part on the line above, in characters (0: none). */
  above?: Map<Column, number>;
  /** Each column's last word on the line above ('' for none). */
  lastWords?: Map<Column, string>;
  /** The table's word pairs (./word-pairs.ts): a cut between two words that make one word costs, a cell going on with one gains. */
  pairs?: WordPairs;
  /** The deadline cell so far is a date cut before its year ("trong tháng 12"): the date's rest goes on it, and nothing else. */
  dateCut?: boolean;
  /** Per column whose cell has text in this row: did it open with a list item's dash? */
  dashed?: Map<Column, boolean>;
  /** The first word of the row's next line (the task text's, where the text is the first column read). */
  nextFirst?: string;
}

/** The line cut into one part per column (empty where the column has none), and what the cut cost. */
export function cutLine(line: LineTokens, columns: Column[], widths: Widths, state: LineState): { cells: string[]; cost: number } {
  const { words } = line;
  const n = words.length;
  const k = columns.length;
  // best[c][i]: least cost of giving words [0, i) to columns [0, c); from[c][i]: where column c-1's part began.
  const best: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const from: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(-1));
  best[0]![0] = 0;
  for (let c = 0; c < k; c++) {
    for (let i = 0; i <= n; i++) {
      const here = best[c]![i]!;
      if (here === Infinity) continue;
      for (let j = i; j <= n; j++) {
        const cost = here + partCost(columns[c]!, words, i, j, widths, state, line.hasBars);
        if (cost < best[c + 1]![j]!) {
          best[c + 1]![j] = cost;
          from[c + 1]![j] = i;
        }
      }
    }
  }
  const cells = new Array<string>(k).fill('');
  let j = n;
  for (let c = k; c > 0; c--) {
    const i = from[c]![j]!;
    cells[c - 1] = words
      .slice(i, j)
      .map((w) => w.text)
      .join(' ');
    j = i;
  }
  return { cells, cost: best[k]![n]! };
}

/**
 * A task text opens with a task's verb or the kind of document it makes ("Xây dựng …", "Nghị định
 * …", "Đề án …"); an agency's name going on past its first word ("Cục | Quy hoạch …") does not.
 */
const TASK_OPENING = 0.4;
const opensTaskText = (words: Word[], i: number) => {
  const text = textFrom(words, i, 3);
  return opensTask(text) || PRODUCT_OPENS.test(fold(text).toLowerCase()) || /^(?:tong ket|de an)\b/u.test(fold(text).toLowerCase());
};

/** What a body's name gains as the next item of a list that ended its line above on a comma. */
const LIST_NEXT = 0.5;

const SIDE_COLUMNS = new Set<Column>(['lead', 'cooperating']);
/** A name's last word that joins it to its next word: "và", "của", "với" (a comma may go on with any list item). */
const JOINING = /^(?:và|của|với)$/iu;
/** What an agency's open name costs going on with words that name nothing. */
const NAME_BREAK = 1;

/** A task text's line this full, at least, may have wrapped; what ending it on a pair the next line completes gains. */
const WRAPPED_LINE = 0.6;
const LINE_BREAK_PAIR = 0.6;

/** What a deadline cell going on gains from a part that is the rest of its date ("năm 2025" below "trong tháng 12"). */
const DATE_GOES_ON = 0.6;

/** What cutting a date's unit from its number between two cells costs. */
const UNIT_CUT = 0.6;

/** What cutting a body's two-word head between two cells costs. */
const HEAD_CUT = 1.5;

/** What cutting a word pair costs, and what going on with one gains. */
const PAIR_CUT = 0.6;
const PAIR_JOIN = 0.4;

function partCost(column: Column, words: Word[], i: number, j: number, widths: Widths, state: LineState, hasBars: boolean): number {
  // Every row has its task and names its lead: those cells open on the first line.
  if (i === j) return state.first && (column === 'content' || column === 'lead') ? 2 : state.going.has(column) ? 0.8 : 0;
  let cost = 0;
  const width = widths.get(column) ?? 20;
  const length = words[j - 1]!.end - words[i]!.start;
  const over = length - width * 1.15;
  if (over > 0) cost += over * 0.15;
  // The task text going on fills its line, but for its last.
  else if (column === 'content' && state.going.has(column)) cost += 0.4 * (1 - length / width) + (length < width * 0.5 ? 0.5 : 0);
  // A cell that has ended takes no more text, but for a list's next item ("- Sở Tư pháp" ⏎ "- Các cơ quan …").
  const item = /^[-–+•]/u.test(words[i]!.text) && column !== 'content';
  if (state.listed?.has(column) && namesBody(words, i)) cost -= LIST_NEXT;
  else if (!state.open.has(column)) cost += item && state.dashed?.get(column) !== false ? (state.dashed?.has(column) ? 0.5 : 1) : 1.5;
  // A cell prints its items all alike: one that opened without a dash ("Sở Nội vụ") takes no
  // dashed item below it; that item is the next list column's ("- Các cơ quan liên quan").
  const unlike = item && state.dashed?.get(column) === false;
  if (unlike) cost += 1.2;
  if (i > 0) cost += words[i]!.barBefore ? -0.8 : item && !unlike ? -0.4 : hasBars ? 0.6 : 0.2;
  // On a row's first line every cell opens, so a deadline may open there in lower case too.
  const dateGoesOn = column === 'deadline' && !state.first && state.dateCut === true && isDateRest(textFrom(words, i, j - i));
  const opens = opensCell(column, words, i) || (state.first && column === 'deadline' && opensLowerDeadline(words, i));
  if (state.first) cost += opens ? (column === 'content' ? -0.3 - (opensTaskText(words, i) ? TASK_OPENING : 0) : -1) : 1.5;
  else if (opens && column !== 'content') cost -= 0.3;
  // A deadline cell is a line or two: below its first line only a second deadline opens in it,
  // or the rest of a date its line cut ("trong tháng 12" ⏎ "năm 2025").
  else if (column === 'deadline' && !state.going.has(column)) cost += dateGoesOn ? -DATE_GOES_ON : 1.5;
  // A line breaks where the next word does not fit: a word that would have fitted on the line
  // above, after its column's part there, is no continuation of that column's cell. A list's next
  // name may start a line of its own, as a dashed item does.
  const above = state.above?.get(column) ?? 0;
  // A date's rest is printed by the width of its glyphs, not its letters ("tháng 12" ⏎ "năm").
  const nextItem = /^[-–+•]/u.test(words[i]!.text) || state.listed?.has(column) || dateGoesOn;
  if (!state.first && above && !nextItem && above + 1 + words[i]!.text.length <= width * 0.9) cost += 1;
  // An agency's name left open on a joining word ("Sở Khoa học và") goes on with its name's next
  // word ("Công nghệ"), a body's name or a list item: not with words that name nothing ("(AI) trong").
  const joinedLast = state.lastWords?.get(column);
  if (
    !state.first &&
    SIDE_COLUMNS.has(column) &&
    joinedLast &&
    JOINING.test(joinedLast) &&
    !nextItem &&
    !namesBody(words, i) &&
    !namePair(joinedLast, words[i]!.text)
  )
    cost += NAME_BREAK;
  // Vietnamese words are mostly two syllables: a cut that splits a pair the table prints together
  // elsewhere ("doanh | nghiệp") is unlikely, and a part that completes one with its cell's last
  // word on the line above ("Các doanh" ⏎ "nghiệp công") goes on that cell.
  // The same for the words of an agency's name ("Sở | Xây dựng", "Khoa học và" ⏎ "Công nghệ").
  // A body's head of two words is never cut: "Tổng | Cục Quản lý" is one cell's.
  if (i > 0 && isTwoWordHead(words[i - 1]!.text, words[i]!.text)) cost += HEAD_CUT;
  // Nor a date's unit and its number: "tháng | 12" is one cell's.
  if (i > 0 && /^(?:ngày|tháng|năm|quý)$/iu.test(words[i - 1]!.text) && /^(?:\d|[IVX]+$)/u.test(words[i]!.text)) cost += UNIT_CUT;
  if (state.pairs) {
    const pair = (a: string, b: string) => isWordPair(state.pairs!, a, b) || isAgencyPair(a, b);
    if (i > 0 && pair(words[i - 1]!.text, words[i]!.text)) cost += PAIR_CUT;
    const last = state.lastWords?.get(column);
    if (!state.first && last && pair(last, words[i]!.text)) cost -= PAIR_JOIN;
  }
  // The task text's part that fills its line and ends on the first word of a pair the next line
  // completes ("… thường xuyên cho đội" ⏎ "ngũ cán bộ"): the line broke inside the text there.
  if (
    column === 'content' &&
    length >= WRAPPED_LINE * width &&
    state.nextFirst &&
    state.pairs &&
    isWordPair(state.pairs, words[j - 1]!.text, state.nextFirst)
  )
    cost -= LINE_BREAK_PAIR;
  // The task text that ends its sentence a word or two before the line ends: those words are the next column's.
  if (column === 'content') for (let w = Math.max(i, j - 3); w < j - 1; w++) if (/[.;]$/u.test(words[w]!.text)) cost += 0.8;
  for (let w = i + 1; w < j; w++) {
    if (words[w]!.barBefore) cost += 1;
    // A deadline opening inside another column's part is the next column's.
    if (column !== 'deadline' && (opensCell('deadline', words, w) || (state.first && column !== 'content' && opensLowerDeadline(words, w))))
      cost += 1;
  }
  return cost;
}
