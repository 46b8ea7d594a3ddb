// The evidence a task field's confidence is weighed from, as numbers (0 = no doubt). Each
// feature is one reason a field may be wrong; `FEATURE_REASONS` says it in words for the review.
// Nothing here knows an answer: these are what the reader, the gazetteer, the restorer and the
// text's own shape say about the field.
import type { Agency, Diagnostic, RestoredWord, Task } from '../../schema/document.js';
import { agencyKey, lookupAgency, startsWithHead } from '../../knowledge/agencies/index.js';
import { contextFeatures } from './context.js';
import { namesDeadline, otherDeadlineBeside, secondPhrase, wordsBeyondDeadline } from './deadline-shape.js';
import { fieldWords, rowReadingFeatures } from './row-reading.js';
import {
  bareDate,
  endsOnAgency,
  endsPlan,
  innerNumbering,
  productSeamInside,
  seamInside,
  tailAfterStop,
  unbalancedMarks,
} from './content-shape.js';
import { namesCooperation } from '../../segment/readers/cooperating.js';
import { cellLost, textOnlyRow } from './lost-cells.js';
import { endsOnForeignWord, foreignWords } from './agency-words.js';
import { bindsDeadline, namesPartner, opensOnAgency } from './named-in-text.js';
import { closingInside } from './content-shape.js';
import { cutName, runsOnPast, unprintedShare } from './agency-printed.js';
import { agencyProductShare } from './agency-as-product.js';
import { readerDoubtFeatures } from './reader-doubt.js';
import { withFamilies } from './sign-families.js';

export type FieldName = 'content' | 'lead' | 'cooperating' | 'deadline' | 'products';
export const FIELD_NAMES: FieldName[] = ['content', 'lead', 'cooperating', 'deadline', 'products'];

/** Reader families with a weight of their own; any other reader counts as "other". */
export const READERS = ['agency-headings', 'bare-bullets', 'flat-table', 'labelled-fields', 'tab-cells', 'ocr', 'task-bullets'] as const;

/** What the whole document says about a task, beside the task itself. */
export interface Evidence {
  /** Restored words (line, column, confidence), from the restoration stage. */
  restored: RestoredWord[];
  /** The input's lines (after restoration), 0-based array of 1-based line numbers. */
  lines: string[];
  /** Every task of the document: what the same reader gave the other rows. */
  tasks: Task[];
  /** The document's diagnostics, where given: what the OCR'd-table readers said of their rows (reader-doubt.ts). */
  diagnostics?: readonly Diagnostic[];
}

/** Readers that read cells of a table (clean or OCR'd), where a text's shape means other things than in prose. */
const isTableReader = (reader: string) => /^(?:flat-table|cell-blocks|tab-cells|tab-led-cells|pipe|table|ocr-)/u.test(reader);

const readerKey = (reader: string) =>
  reader.startsWith('ocr-') ? 'ocr' : (READERS as readonly string[]).includes(reader) ? reader : 'other';

/**
 * Base rates rather than doubts, weighed either way: the reader one-hots, and what the table's header
 * says of a field (context.ts: `header:no-column`).
 */
export const isBaseRate = (name: string) => name.startsWith('reader:') || name.startsWith('header:');

/** One-hot of the reader: each reader's own base rate of wrong fields. */
function readerFeatures(task: Task): Record<string, number> {
  const key = readerKey(task.reader);
  return Object.fromEntries([...READERS, 'other'].map((r) => [`reader:${r}`, r === key ? 1 : 0]));
}

// Letters, digits, Vietnamese punctuation and the symbols plans print; anything else is OCR debris.
const DEBRIS = /[^\p{L}\p{N}\s.,;:!?()[\]{}"'“”‘’«»\-–—/%&+*=<>…§°#_|~]|[¢¥€£©®™¤¦¨¬¯´¸]/gu;
const debrisShare = (text: string) => (text.length ? Math.min(1, ((text.match(DEBRIS)?.length ?? 0) * 20) / text.length) : 0);

// A phrase cannot end on these: articles, prepositions, conjunctions, classifiers.
const OPEN_ENDINGS = new Set([
  'các',
  'của',
  'và',
  'hoặc',
  'với',
  'cho',
  'về',
  'theo',
  'tại',
  'trong',
  'những',
  'được',
  'là',
  'để',
  'có',
  'từ',
  'đến',
  'do',
  'bằng',
  'như',
  'mới',
  'việc',
  'nhằm',
  'thuộc',
  'trên',
  'giữa',
  'sự',
  'một',
  'các',
  'đối',
  'đã',
  'sẽ',
  'phải',
  'cần',
  'nhà',
]);
const lastWord = (text: string) => text.trim().split(/\s+/u).pop()?.toLowerCase() ?? '';
/** The text stops where a sentence cannot: on a word that needs a following one, or on a comma. */
export function endsMidPhrase(text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed) return false;
  if (/[,(\-–]$/u.test(trimmed)) return true;
  return OPEN_ENDINGS.has(lastWord(trimmed));
}

/** Alternatives matched as whole words (JavaScript's \\b knows no Vietnamese letters). */
const wordPattern = (alternatives: string, flags = 'iu') => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, flags);
const words = (text: string) => text.split(/\s+/u).filter(Boolean).length;
// A year or time word inside an agency cell: the deadline column bled into it. "hằng"/"hàng" only
// before a period of time: "Ngân hàng Nhà nước" holds no time word.
const TIME_WORD = wordPattern('(?:19|20)\\d\\d|năm|quý|tháng|(?:hằng|hàng) (?:năm|quý|tháng|tuần|ngày)|thường xuyên|trước ngày|định kỳ');
// A verb of the task inside an agency cell: the content bled into it.
const TASK_VERB = new RegExp(
  wordPattern('tham mưu|triển khai|tổ chức thực hiện|xây dựng|tăng cường|theo dõi|hướng dẫn|báo cáo|thực hiện|rà soát|ban hành').source,
  'giu',
);

/**
 * A task verb inside an agency name that is not the name's own word. Capitalised after a capitalised
 * word, or closing a name the gazetteer knows, it is the name's ("Bộ Xây dựng", "Sở Xây dựng"); in lower
 * case, or capitalised after a name's end ("Bộ Công an Xây dựng kế hoạch"), a task's text ran in.
 */
export function holdsTaskVerb(name: string): boolean {
  for (const m of name.matchAll(TASK_VERB)) {
    if (!/^\p{Lu}/u.test(m[0])) return true;
    const before = name.slice(0, m.index).trim();
    if (/\p{Lu}[\p{L}\p{N}]*$/u.test(before)) continue;
    const known = lookupAgency(name.slice(0, m.index + m[0].length));
    if (known !== null && agencyKey(known.name) === agencyKey(name.slice(0, m.index + m[0].length))) continue;
    return true;
  }
  return false;
}

/** How the agencies of one cell read: known to the gazetteer, shaped like agencies, clean. */
function agencyFeatures(
  prefix: string,
  agencies: Agency[],
  task: Task,
  evidence: Evidence,
  role: 'lead' | 'cooperating',
): Record<string, number> {
  const n = agencies.length;
  const unknown = agencies.filter((a) => a.id === null);
  // Match strength: an alias matched whole, or a longer printed name narrowed from it.
  const strength = agencies.map((a): number => (a.canonical === null ? 0 : agencyKey(a.name) === agencyKey(a.canonical) ? 1 : 0.5));
  const sameReader = evidence.tasks.filter((t) => t.reader === task.reader);
  const othersHave = sameReader.length > 1 ? sameReader.filter((t) => t !== task && t[role].length).length / (sameReader.length - 1) : 0;
  return {
    [`${prefix}:empty`]: n ? 0 : 1,
    // An empty cell where the reader filled most other rows' cells.
    [`${prefix}:empty-among-filled`]: n ? 0 : othersHave,
    [`${prefix}:unknown`]: n ? unknown.length / n : 0,
    [`${prefix}:weak-match`]: n ? 1 - strength.reduce((s, x) => s + x, 0) / n : 0,
    [`${prefix}:not-agency-shaped`]: n ? agencies.filter((a) => !startsWithHead(a.name)).length / n : 0,
    [`${prefix}:joined-names`]: unknown.some((a) => /,| và /u.test(a.name)) ? 1 : 0,
    [`${prefix}:long-name`]: agencies.some((a) => words(a.name) > 9) ? 1 : 0,
    [`${prefix}:time-word`]: agencies.some((a) => TIME_WORD.test(a.name)) ? 1 : 0,
    [`${prefix}:task-verb`]: agencies.some((a) => holdsTaskVerb(a.name)) ? 1 : 0,
    [`${prefix}:many`]: n > 4 ? 1 : 0,
    // A head word alone ("Viện", "Trường"): a name cut at a comma inside it.
    [`${prefix}:bare-head`]: agencies.some((a) => words(a.name) === 1 && startsWithHead(a.name)) ? 1 : 0,
    [`${prefix}:generic`]: n && agencies.every((a) => isCollective(a.name)) ? 1 : 0,
    // Unknown to the gazetteer and named, not a collective ("các sở, ngành liên quan" is in no gazetteer): a misread or cut name.
    [`${prefix}:unknown-named`]: n ? unknown.filter((a) => !isCollective(a.name)).length / n : 0,
    [`${prefix}:from-sentence`]: agencies.some((a) => task.content.includes(a.name)) ? 1 : 0,
    [`${prefix}:starts-with-time`]: agencies.some((a) => STARTS_WITH_TIME.test(a.name)) ? 1 : 0,
    [`${prefix}:debris`]: debrisShare(agencies.map((a) => a.name).join(' ')),
    // Two cells run together: "Trung tâm Chuyển đổi số Thành phố Sở Tài chính".
    [`${prefix}:name-inside`]: agencies.some((a) => holdsSecondName(a.name)) ? 1 : 0,
    // Cut before its end: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các".
    [`${prefix}:open-end`]: agencies.some((a) => endsMidPhrase(a.name)) ? 1 : 0,
    // Printed nowhere else in the document: a one-off name is more often a misread than a repeated one.
    [`${prefix}:one-off`]: n ? agencies.filter((a) => !namedElsewhere(a.name, task, evidence)).length / n : 0,
    [`${prefix}:length-outlier`]: lengthOutlier(task, evidence, (t) => t[role].map((a) => a.name).join(' ')),
    // Words no agency name holds ("Sở Y tế thẩm định"): the task's text ran into the name.
    [`${prefix}:foreign-words`]: agencies.some((a) => foreignWords(a.name) >= 2) ? 1 : 0,
    // Ends on such a word ("Sở Khoa học và Công nghệ đê", "UBND các xã, phường dựng nhà bạt"): read on into the sentence.
    [`${prefix}:foreign-end`]: agencies.some((a) => endsOnForeignWord(a.name)) ? 1 : 0,
    // Cut after a head word or the first half of a pair: "Văn phòng Ban", "Các Bộ", "Ủy ban nhân dân các tỉnh, thành".
    [`${prefix}:cut-name`]: agencies.some((a) => cutName(a.name)) ? 1 : 0,
    // Table rows only: the name's words are not printed on the row's lines (resolved from a misread or fuzzy name).
    [`${prefix}:unprinted`]: isTableReader(task.reader) ? unprintedShare(agencies, task, evidence.lines) : 0,
    // The same on an OCR'd row: a name the reader matched to a misread one ("36 Xav dun" → a gazetteer name).
    [`ocr:${prefix}-unprinted`]: task.reader.startsWith('ocr-') ? unprintedShare(agencies, task, evidence.lines) : 0,
  };
}

// Words that join a head to what comes before it inside one name: "các đơn vị thuộc Bộ", "Liên hiệp các Hội".
const LINKING = new Set(['thuộc', 'của', 'và', 'các', 'cấp', 'với', 'trực', 'tại', 'cho', 'về', 'trình', 'đến', 'tới', 'gồm', 'là']);

/** A collective rather than a body's name: "các sở, ban, ngành", "cơ quan, đơn vị liên quan". */
const isCollective = (name: string) => /^các\s/iu.test(name) || /liên quan/iu.test(name);

/** A name that holds a second agency after its own first words, where the gazetteer knows one of the two halves. */
export function holdsSecondName(name: string): boolean {
  const parts = name.trim().split(/\s+/u);
  for (let i = 2; i < parts.length; i++) {
    const previous = parts[i - 1]!.toLowerCase();
    if (LINKING.has(previous) || /[,;(\-–]$/u.test(previous) || !/^\p{Lu}/u.test(parts[i]!)) continue;
    const rest = parts.slice(i).join(' ');
    if (!startsWithHead(rest)) continue;
    if (lookupAgency(rest) !== null || lookupAgency(parts.slice(0, i).join(' ')) !== null) return true;
  }
  return false;
}

/** The agency's name is printed as an agency of another task of the document. */
function namedElsewhere(name: string, task: Task, evidence: Evidence): boolean {
  const key = agencyKey(name);
  return evidence.tasks.some(
    (t) => t !== task && (t.lead.some((a) => agencyKey(a.name) === key) || t.cooperating.some((a) => agencyKey(a.name) === key)),
  );
}

/**
 * The field is much longer or shorter than the same field of the reader's other rows in the document
 * (more than 2.5 times their median, or under 0.4 of it): a cell that took its neighbour's text, or lost its own.
 */
function lengthOutlier(task: Task, evidence: Evidence, text: (t: Task) => string): number {
  const own = words(text(task));
  if (!own) return 0;
  const others = evidence.tasks
    .filter((t) => t !== task && t.reader === task.reader)
    .map((t) => words(text(t)))
    .filter(Boolean)
    .sort((a, b) => a - b);
  if (others.length < 3) return 0;
  const median = others[Math.floor(others.length / 2)]!;
  return own > 2.5 * median || own < 0.4 * median ? 1 : 0;
}

// Closing formulas of a plan that are no task: "Trên đây là Kế hoạch …", "Trong quá trình thực hiện, nếu …".
const CLOSING = /^(?:Trên đây là|Trong quá trình (?:tổ chức )?(?:triển khai )?thực hiện,? nếu|Yêu cầu (?:thủ trưởng|các))/iu;
// A field label or column caption left in the content: the row swallowed another cell.
const FIELD_LABEL = /(?:Cơ quan|Đơn vị) (?:chủ trì|thực hiện|phối hợp)\s*:|Thời (?:gian|hạn) (?:hoàn thành|thực hiện)\s*:|Sản phẩm\s*:/iu;
// A field that opens with a time phrase: the deadline column ran into it.
const STARTS_WITH_TIME =
  /^(?:Quý [IV]+|Năm \d{4}|Tháng \d|Thường xuyên|Hằng (?:năm|quý|tháng)|Hàng (?:năm|quý|tháng)|Trước ngày|\d{1,2}\/\d{4})/iu;
// Time phrases a reader may have left in the content instead of the deadline.
const TIME_PHRASE =
  /(?:Thường xuyên|[Hh][ằà]ng (?:năm|quý|tháng)|[Tt]rước ngày|[Qq]uý [IV]+|[Tt]háng \d{1,2}(?:\/\d{4})?|[Nn]ăm 20\d\d|[Đđ]ịnh kỳ)/u;

/** The text ends on a year or a time phrase, with no stop after it: the deadline column ran into it. */
const endsOnTime = (text: string) =>
  /(?:(?<!\p{L})(?:19|20)\d\d|Quý [IV]+|tháng \d+|Hằng năm|Thường xuyên)\s*$/iu.test(text) && !/[.;]$/u.test(text);

function contentFeatures(task: Task): Record<string, number> {
  const text = task.content;
  const n = words(text);
  return {
    'content:empty': n ? 0 : 1,
    'content:short': n > 0 && n < 5 ? 1 : 0,
    'content:long': n > 120 ? 1 : 0,
    'content:mid-phrase': endsMidPhrase(text) ? 1 : 0,
    'content:lowercase-start': /^\p{Ll}/u.test(text) ? 1 : 0,
    'content:closing-formula': CLOSING.test(text) ? 1 : 0,
    'content:field-label': FIELD_LABEL.test(text) ? 1 : 0,
    'content:trailing-time': endsOnTime(text) ? 1 : 0,
    'content:paragraph-ordinal': /¶/u.test(task.ordinal) ? 1 : 0,
    // A dash bullet or a deep path: a sub-point that may belong to the item above it.
    'content:dash-bullet': /(?:^|\.)-/u.test(task.ordinal) ? 1 : 0,
    'content:deep-ordinal': task.ordinal.split('.').length >= 4 ? 1 : 0,
    'content:no-final-stop': n > 0 && !/[.;:!?)”"…]$/u.test(text.trim()) ? 1 : 0,
    'content:agency-subject': /^[^:]{3,80}:\s/u.test(text) && startsWithHead(text) ? 1 : 0,
    'content:debris': debrisShare(text),
    // Dotted leaders of a form left blank ("…………", "........").
    'content:dotted-leader': /(?:\.{5,}|…{2,})/u.test(text) ? 1 : 0,
    'content:ends-on-agency': endsOnAgency(text) ? 1 : 0,
    'content:inner-numbering': innerNumbering(text) ? 1 : 0,
    'content:bare-date': bareDate(text) ? 1 : 0,
    'content:ends-plan': endsPlan(text) ? 1 : 0,
    'content:unbalanced-marks': unbalancedMarks(text) ? 1 : 0,
    'content:tail-after-stop': tailAfterStop(text) ? 1 : 0,
    'content:seam': seamInside(text) ? 1 : 0,
    'content:closing-inside': closingInside(text) ? 1 : 0,
  };
}

function deadlineFeatures(task: Task, evidence: Evidence): Record<string, number> {
  const d = task.deadline;
  const sameReader = evidence.tasks.filter((t) => t.reader === task.reader && t !== task);
  const othersHave = sameReader.length ? sameReader.filter((t) => t.deadline).length / sameReader.length : 0;
  // A time phrase opening another cell of the row: the deadline column went there.
  const timeElsewhere = [...task.products, ...task.lead.map((a) => a.name), ...task.cooperating.map((a) => a.name)].some((t) =>
    STARTS_WITH_TIME.test(t),
  )
    ? 1
    : 0;
  if (!d)
    return {
      'deadline:none': 1,
      'deadline:none-among-filled': othersHave,
      'deadline:time-in-content': TIME_PHRASE.test(task.content) ? 1 : 0,
      'deadline:time-elsewhere': timeElsewhere,
      // The content names a deadline of its own (a recurrence, an ongoing word, a date) that no deadline was read from.
      'deadline:named-in-content': namesDeadline(task.content) ? 1 : 0,
      // The text binds the duty to a deadline ("hoàn thành trong năm 2025", "Thường xuyên kiểm tra …") that was not read.
      'deadline:bound-in-content': bindsDeadline(task.content) ? 1 : 0,
    };
  return {
    'deadline:none': 0,
    // Read out of a sentence rather than a cell or a label: "… thường xuyên …".
    'deadline:lowercase': /^\p{Ll}/u.test(d.text) ? 1 : 0,
    'deadline:in-content': task.content.includes(d.text) ? 1 : 0,
    'deadline:unknown-kind': d.kind === 'unknown' ? 1 : 0,
    'deadline:conditional': d.kind === 'conditional' ? 1 : 0,
    'deadline:long': words(d.text) > 12 ? 1 : 0,
    'deadline:no-date': d.start === null && d.end === null && d.kind !== 'ongoing' && d.kind !== 'recurring' ? 1 : 0,
    'deadline:agency-inside': startsWithHead(d.text.replace(/^[-–+•]\s*/u, '')) ? 1 : 0,
    'deadline:debris': debrisShare(d.text),
    // Words left once its dates and the deadline vocabulary are read: another cell's text ran into the deadline.
    'deadline:beyond-shape': wordsBeyondDeadline(d.text) >= 3 ? 1 : 0,
    // "31/10/2025 Đã hoàn thành": a status or report column ran in after the date.
    'deadline:second-phrase': secondPhrase(d.text) ? 1 : 0,
    // Stops where a phrase cannot ("Thường xuyên, theo", "Năm 2025-"): the cell was cut, the rest in another field or lost.
    'deadline:open-end': endsMidPhrase(d.text) ? 1 : 0,
    // Read out of the text, which names another deadline beside it: one phrase of two taken, or part of one.
    'deadline:other-beside': otherDeadlineBeside(task.content, d.text) ? 1 : 0,
  };
}

function productFeatures(task: Task, evidence: Evidence): Record<string, number> {
  const n = task.products.length;
  const sameReader = evidence.tasks.filter((t) => t.reader === task.reader && t !== task);
  const othersHave = sameReader.length ? sameReader.filter((t) => t.products.length).length / sameReader.length : 0;
  return {
    'products:empty': n ? 0 : 1,
    'products:empty-among-filled': n ? 0 : othersHave,
    'products:many': n > 3 ? 1 : 0,
    'products:long': task.products.some((p) => words(p) > 20) ? 1 : 0,
    'products:time-word': task.products.some((p) => TIME_WORD.test(p) && words(p) < 6) ? 1 : 0,
    // A deadline cell run into the product: "Quý IV/2026 Cơ sở dữ liệu …".
    'products:starts-with-time': task.products.some((p) => STARTS_WITH_TIME.test(p)) ? 1 : 0,
    'products:joined': task.products.some((p) => /;/u.test(p)) ? 1 : 0,
    'products:seam': task.products.some(productSeamInside) ? 1 : 0,
    // A product cell opens on a capital; one opening in lower case ("liên quan", "chính quyền địa phương")
    // is the tail of another cell's wrapped line.
    'products:lowercase-start': task.products.some((p) => /^\p{Ll}/u.test(p.trim())) ? 1 : 0,
    // "Cổng dữ liệu vận hành thông suốt Năm 2026-2030": the deadline column ran into the product.
    'products:trailing-time': task.products.some(endsOnTime) ? 1 : 0,
    'products:debris': debrisShare(task.products.join(' ')),
    // The agency column ran into the product: "Phương án cụ thể trình Bộ Vụ Đầu tư".
    'products:agency-inside': task.products.some((p) => endsWithAgency(p) || holdsSecondName(p)) ? 1 : 0,
    'products:length-outlier': lengthOutlier(task, evidence, (t) => t.products.join(' ')),
  };
}

/** The text ends with a name the gazetteer knows, not introduced by a linking word ("Quyết định của Thủ tướng Chính phủ" is introduced). */
function endsWithAgency(text: string): boolean {
  const parts = text.trim().replace(/[.;]$/u, '').split(/\s+/u);
  for (let k = 2; k <= Math.min(7, parts.length - 1); k++) {
    const before = parts[parts.length - k - 1]!.toLowerCase();
    const tail = parts.slice(-k).join(' ');
    if (/^\p{Lu}/u.test(tail) && startsWithHead(tail) && lookupAgency(tail) !== null)
      return !LINKING.has(before) && !/[,;:(]$/u.test(before);
  }
  return false;
}

// Words of a text for matching a row's fields against its source lines (letters and digits, lower case).
const tokens = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Row-level evidence shared by every field of the task: the share of the words on the task's own lines
 * that went into none of its fields (a cell dropped or left unread), and whether any agency of the row
 * looks like a neighbouring cell ran into it (then the row's columns may be shifted).
 */
function rowFeatures(task: Task, evidence: Evidence): Record<string, number> {
  const { startLine, endLine } = task.source;
  const spanWords = tokens(evidence.lines.slice(startLine - 1, endLine).join(' '));
  const used = fieldWords(task);
  let unexplained = 0;
  for (const w of spanWords) {
    const left = used.get(w) ?? 0;
    if (left) used.set(w, left - 1);
    else unexplained++;
  }
  const agencies = [...task.lead, ...task.cooperating];
  const bleed = (t: Task) =>
    [...t.lead, ...t.cooperating].some((a) => TIME_WORD.test(a.name) || holdsTaskVerb(a.name) || holdsSecondName(a.name));
  const sameReader = evidence.tasks.filter((t) => t.reader === task.reader);
  return {
    // Products that read as agency names: the row's columns were given the wrong roles (agency-as-product.ts).
    'row:agency-as-product': agencyProductShare(task.products),
    'row:unexplained': spanWords.length >= 5 ? Math.min(1, unexplained / spanWords.length) : 0,
    'row:agency-bleed': agencies.length && bleed(task) ? 1 : 0,
    // The same reader's rows of the document whose agencies took a neighbour's text: a shifted table.
    'row:reader-bleed': sameReader.length > 1 ? sameReader.filter(bleed).length / sameReader.length : 0,
  };
}

/** Restoration doubt over the task's lines: share of words restored, and of those the restorer was unsure of. */
function restorationFeatures(task: Task, evidence: Evidence): Record<string, number> {
  const { startLine, endLine } = task.source;
  const inSpan = evidence.restored.filter((r) => r.line >= startLine && r.line <= endLine);
  const wordsInSpan = evidence.lines.slice(startLine - 1, endLine).reduce((s, l) => s + words(l), 0) || 1;
  return {
    'ocr:row-doubt': 1 - task.confidence,
    'ocr:restored-share': Math.min(1, inSpan.length / wordsInSpan),
    'ocr:unsure-share': Math.min(1, inSpan.filter((r) => r.confidence < 0.6).length / wordsInSpan),
  };
}

// Each task's own evidence, kept per document (its task list) while the document is rated.
const ownByDocument = new WeakMap<Task[], Map<Task, Record<FieldName, Record<string, number>>>>();

/** Every field's features: its own evidence, the reader's and the restorer's, and its row's and document's (context.ts). */
export function fieldFeatures(task: Task, evidence: Evidence): Record<FieldName, Record<string, number>> {
  let known = ownByDocument.get(evidence.tasks);
  if (!known) ownByDocument.set(evidence.tasks, (known = new Map()));
  const own = (t: Task) => {
    let features = known.get(t);
    if (!features) known.set(t, (features = ownFeatures(t, evidence)));
    return features;
  };
  const context = contextFeatures(task, evidence.tasks, evidence.lines, isTableReader(task.reader), own);
  const mine = own(task);
  const byField = Object.fromEntries(FIELD_NAMES.map((f) => [f, withFamilies(f, { ...mine[f], ...context[f] })])) as Record<
    FieldName,
    Record<string, number>
  >;
  // In a table each feature weighs again on its own (`…@table`): a cell without a full stop is
  // normal, a bullet without one is not.
  if (!isTableReader(task.reader)) return byField;
  const withTable = (features: Record<string, number>) => ({
    ...features,
    ...Object.fromEntries(
      Object.entries(features)
        .filter(([name, v]) => v !== 0 && !isBaseRate(name))
        .map(([name, v]) => [`${name}@table`, v]),
    ),
  });
  return Object.fromEntries(FIELD_NAMES.map((f) => [f, withTable(byField[f])])) as Record<FieldName, Record<string, number>>;
}

/** A task's own evidence, field by field, with the reader's, the restorer's and the row's beside it. */
function ownFeatures(task: Task, evidence: Evidence): Record<FieldName, Record<string, number>> {
  const shared = {
    ...readerFeatures(task),
    ...restorationFeatures(task, evidence),
    ...rowFeatures(task, evidence),
    ...rowReadingFeatures(task, evidence.lines),
  };
  const content = contentFeatures(task);
  const doubt = readerDoubtFeatures(task, evidence.diagnostics ?? []);
  // The agency columns run into the task text: the agencies were read short or not at all.
  const agenciesInContent = {
    'content:ends-on-agency': content['content:ends-on-agency']!,
    'content:inner-numbering': content['content:inner-numbering']!,
  };
  return {
    content: {
      ...shared,
      ...doubt.content,
      ...content,
      'content:length-outlier': lengthOutlier(task, evidence, (t) => t.content),
      'content:text-only-row': textOnlyRow(task, evidence.tasks) ? 1 : 0,
      // Table readers only: a body task's empty cells are the plan's own way of saying nothing.
      'content:cell-lost': isTableReader(task.reader) && cellLost(task, evidence.tasks) ? 1 : 0,
    },
    lead: {
      ...shared,
      ...doubt.lead,
      ...agencyFeatures('agency', task.lead, task, evidence, 'lead'),
      'content:mid-phrase': endsMidPhrase(task.content) ? 1 : 0,
      ...agenciesInContent,
      // None read, where the text opens on an agency as its subject ("Bộ Y tế, Bộ Tài chính rà soát …").
      'lead:subject-in-content': task.lead.length === 0 && opensOnAgency(task.content) ? 1 : 0,
      // Printed on the task's lines going on past what was read: "Các Bộ: Quốc phòng, Công an" read as "Các Bộ".
      'lead:runs-on': task.lead.some((a) => runsOnPast(a.name, task, evidence.lines)) ? 1 : 0,
    },
    cooperating: {
      ...shared,
      ...doubt.cooperating,
      ...agencyFeatures('agency', task.cooperating, task, evidence, 'cooperating'),
      ...agenciesInContent,
      // None read, where a clause of the text names partners after "phối hợp (với)": a list the reader passed over.
      'cooperating:named-in-content': task.cooperating.length === 0 && namesCooperation(task.content) ? 1 : 0,
      // None read, where a cooperation cue anywhere in the text names a partner ("… chủ động, phối hợp Bộ Nội vụ …").
      'cooperating:partner-in-content': task.cooperating.length === 0 && namesPartner(task.content) ? 1 : 0,
    },
    deadline: {
      ...shared,
      ...doubt.deadline,
      ...deadlineFeatures(task, evidence),
      'content:trailing-time': contentFeatures(task)['content:trailing-time']!,
    },
    products: { ...shared, ...doubt.products, ...productFeatures(task, evidence) },
  };
}

/** The words for a feature, "…@table" read as its own feature. */
export const reasonOf = (feature: string) => FEATURE_REASONS[feature.replace(/@table$/u, '')] ?? feature;

/** What each feature means, for the reasons a field is flagged (Vietnamese in the review page, English here). */
export const FEATURE_REASONS: Record<string, string> = {
  'reader:flat-table': 'read from a flat table',
  'reader:ocr': "read from an OCR'd table",
  'reader:other': 'reader with little evidence',
  'reader:agency-headings': 'read under an agency heading',
  'reader:bare-bullets': 'read from body bullets',
  'reader:labelled-fields': 'read from labelled fields',
  'reader:tab-cells': 'read from tab cells',
  'reader:task-bullets': 'read from task bullets',
  'header:no-column': "empty, and the table's header prints no column for it",
  'ocr:row-doubt': 'the row was rebuilt from OCR',
  'ocr:lead-doubted': "the OCR'd-table reader was unsure of the row's lead",
  'ocr:cell-unread': "the OCR'd-table reader could not recover this cell",
  'ocr:restored-share': 'many words restored',
  'ocr:unsure-share': 'restored words the restorer was unsure of',
  'agency:empty': 'no agency given',
  'agency:empty-among-filled': 'empty where other rows have agencies',
  'agency:unknown': 'agency not in the gazetteer',
  'agency:weak-match': 'gazetteer match only by prefix',
  'agency:not-agency-shaped': 'does not start like an agency name',
  'agency:joined-names': 'several agencies may be joined into one',
  'agency:long-name': 'unusually long agency name',
  'agency:time-word': 'a date or time word inside the agency',
  'agency:task-verb': 'task wording inside the agency',
  'agency:many': 'many agencies',
  'agency:debris': 'OCR debris in the agency',
  'agency:bare-head': 'an agency name cut short',
  'agency:generic': 'only generic agencies ("các cơ quan liên quan")',
  'agency:unknown-named': 'a named agency (not a collective) the gazetteer does not know',
  'agency:from-sentence': 'agency read from inside the task text',
  'content:empty': 'no content',
  'content:short': 'very short content',
  'content:long': 'very long content (rows may be merged)',
  'content:mid-phrase': 'text stops mid-phrase',
  'content:lowercase-start': 'starts like a continuation',
  'content:closing-formula': 'a closing formula of the plan, not a task',
  'content:field-label': 'a field label inside the content',
  'content:trailing-time': 'a time phrase at the end (another column bled in)',
  'content:paragraph-ordinal': 'an unnumbered paragraph',
  'content:dash-bullet': 'a dash bullet (may belong to the item above)',
  'content:deep-ordinal': 'deeply nested item',
  'content:no-final-stop': 'no full stop at the end',
  'content:agency-subject': 'starts with an agency and a colon',
  'deadline:none-among-filled': 'no deadline where other rows have one',
  'deadline:time-in-content': 'a time phrase left in the content',
  'deadline:lowercase': 'deadline read from inside a sentence',
  'deadline:in-content': 'deadline taken from the task text',
  'products:empty-among-filled': 'no product where other rows have one',
  'content:debris': 'OCR debris in the text',
  'deadline:none': 'no deadline found',
  'deadline:unknown-kind': 'deadline not understood',
  'deadline:conditional': 'conditional deadline',
  'deadline:long': 'long deadline text',
  'deadline:no-date': 'deadline without dates',
  'deadline:agency-inside': 'an agency inside the deadline',
  'deadline:debris': 'OCR debris in the deadline',
  'products:starts-with-time': 'a time phrase at the start (the deadline column ran in)',
  'products:joined': 'several products in one',
  'products:seam': 'a product opening mid-phrase (two cells joined)',
  'products:lowercase-start': "a product opening in lower case (another cell's words)",
  'products:trailing-time': 'a time phrase at the end (the deadline column ran in)',
  'agency:starts-with-time': 'a time phrase at the start of the agency',
  'content:dotted-leader': 'dotted leaders of a blank form',
  'content:ends-on-agency': 'ends on an agency name (the agency column ran in)',
  'content:inner-numbering': 'numbered items or a numbered heading inside the text (rows or cells run together)',
  'content:bare-date': 'a bare date inside the text (a date column ran in)',
  'content:ends-plan': "ends on the plan's closing mark ./. (closing paragraphs taken in)",
  'content:unbalanced-marks': 'a bracket or quotation mark left unpaired (text cut, or another cell ran in)',
  'content:tail-after-stop': 'a tail with no stop after a closed sentence (a heading or the next cell ran in)',
  'content:seam': 'a task or status opening mid-sentence (two cells joined)',
  'deadline:other-beside': 'the text names another deadline beside the one read',
  'cooperating:named-in-content': 'none read, though the text names partners after "phối hợp"',
  'content:text-only-row': "a row with only text where the table's other rows fill other cells (a group heading or a note)",
  'content:cell-lost': "another cell of the row is empty where the table's other rows fill it (its text may have run into this one)",
  'agency:foreign-words': 'words no agency name is made of (the task text ran in)',
  'agency:name-inside': "another agency's name inside one agency (cells run together)",
  'agency:open-end': 'agency name cut short',
  'agency:one-off': 'agency named nowhere else in the document',
  'agency:cut-name': 'agency name cut after a head word',
  'agency:cut-short': 'agency name cut short (a head word alone or at its end, or a phrase left open)',
  'agency:foreign-end': 'agency name ends on a word no agency name is made of (read on into the sentence)',
  'content:run-in': 'another cell, a heading, an item or the closing ran into the text',
  'lead:more-printed': 'the page prints more of the lead than was read (its subject, the name going on, a column left empty)',
  'deadline:more-printed': 'the page says more of the deadline than was read (a deadline in the text, an empty column, a second phrase)',
  'ocr:agency-unprinted': "agency not printed on the OCR'd row (matched from a misread name)",
  'agency:unprinted': "agency not printed on the row's lines (resolved from a misread or partial name)",
  'lead:subject-in-content': 'none read, though the text opens on an agency as its subject',
  'lead:runs-on': 'the name as printed goes on past what was read (a list after a colon, or words narrowing it)',
  'cooperating:partner-in-content': 'none read, though the text names partners after "phối hợp" or "cùng với"',
  'deadline:bound-in-content': 'none read, though the text binds the duty to a deadline',
  'content:closing-inside': 'a closing sentence of the plan or section inside the text',
  'agency:length-outlier': 'much longer or shorter than the same cell of other rows',
  'content:length-outlier': "much longer or shorter than the other rows' text",
  'products:length-outlier': "much longer or shorter than other rows' products",
  'products:agency-inside': 'an agency inside the product (a column ran in)',
  'row:unexplained': "words on the task's lines read into no field",
  'row:agency-bleed': "a neighbouring cell ran into the row's agencies",
  'row:agency-as-product': "agency names read as the row's products (its columns may be given the wrong roles)",
  'deadline:open-end': 'deadline cut mid-phrase',
  'row:reader-bleed': 'rows of this table have shifted cells',
  'deadline:second-phrase': 'new text after the date (another cell ran in)',
  'deadline:beyond-shape': "words beyond the deadline's own dates and wording (another cell ran in)",
  'deadline:named-in-content': 'the text names a deadline that was not read',
  'deadline:time-elsewhere': 'a time phrase in another cell of the row (the deadline column moved)',
  'task:out-of-sequence': 'numbered out of sequence with the item before it',
  'task:span-outlier': 'spans far more lines than its sibling tasks',
  'task:has-children': 'a heading over other tasks read as a task',
  'doc:odd-rows': 'many rows of this table look misread',
  'doc:odd-field': 'this column looks misread in many rows of the table',
  'row:odd-elsewhere': 'other cells of the row look misread',
  'row:unread-agency': "an agency name on the task's lines read into no field",
  'row:unread-date': "a date on the task's lines read into no field",
  'row:unread-text': "a stretch of text on the task's lines read into no field",
  'lead:empty-with-caption': 'empty though the table has a column for it',
  'cooperating:empty-with-caption': 'empty though the table has a column for it',
  'deadline:empty-with-caption': 'empty though the table has a column for it',
  'products:empty-with-caption': 'empty though the table has a column for it',
  'products:empty': 'no product given',
  'products:many': 'many products',
  'products:long': 'long product text',
  'products:time-word': 'a time phrase as a product',
  'products:debris': 'OCR debris in the products',
};
