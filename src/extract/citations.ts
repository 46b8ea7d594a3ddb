// Citations of other documents, one entry an occurrence (each keeps the line it
// was read from; the same document cited in two places gives two entries —
// group by type + number to count documents). Repeats within one span are kept once.
//
//   Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ
//   Quyết định số 3740/QĐ-UBND ngày 24/9/2021 của UBND tỉnh Thanh Hóa ban hành …   (issuer stops at "ban hành")
//   Nghị định số 107/2020/NĐ-CP  |  Kế hoạch số 22-KH/TU  |  Kế hoạch 3580/KH-UBND ngày 09/12/2022
//   Công văn số 207/BNV-CCHC ngày 11/01/2012 của Bộ Nội vụ  |  Tờ trình số 738/TTr-SNV
//   Chỉ thị số 23/CT-TTg ngày 02 tháng 9 năm 2021 của Thủ tướng Chính phủ
//   Luật Tổ chức chính quyền địa phương ngày 19/6/2015  |  Luật Cán bộ, công chức năm 2008
// A law without a date or year after its title is not read: where its title ends is a guess.
import type { Citation } from '../schema/document.js';

export interface TextSpan {
  text: string;
  startLine: number;
  endLine: number;
}

const TYPES = [
  'Nghị quyết liên tịch',
  'Nghị quyết',
  'Nghị định',
  'Quyết định',
  'Thông tư liên tịch',
  'Thông tư',
  'Chỉ thị',
  'Kế hoạch',
  'Công văn',
  'Văn bản',
  'Tờ trình',
  'Thông báo',
  'Kết luận',
  'Hướng dẫn',
  'Chương trình',
  'Đề án',
  'Báo cáo',
  'Pháp lệnh',
  'Luật',
];
const TYPE = `(${TYPES.join('|')})`;
// 76/NQ-CP  |  30c/NQ-CP  |  107/2020/NĐ-CP  |  22-KH/TU  |  207/BNV-CCHC  |  wrapped: "18-\nNQ/TW", "117/2013/NĐ- CP"
const NUMBER =
  '(\\d+[a-zđ]?(?:\\/\\d{4})?(?:-\\s?|\\/)(?:\\p{Lu}|0(?=[DĐ]))[\\p{L}\\d&]*(?:[-–\\/][\\p{L}\\d&]+|-\\s(?=\\p{Lu})[\\p{L}\\d&]+)*)';
// 15/7/2021  |  15-7-2021  |  02 tháng 9 năm 2021
const DATE = '(?:(\\d{1,2})\\s*[\\/.-]\\s*(\\d{1,2})\\s*[\\/.-]\\s*(\\d{4})|(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4}))';
// của Chính phủ  |  của UBND tỉnh Thanh Hóa  |  của Ban Chấp hành Đảng bộ tỉnh
const ISSUER =
  '(?:\\s+(?:của|do)\\s+((?:(?!\\s(?:về|ban hành|Ban hành|quy định|hướng dẫn|thực hiện|tại|theo|đã|trong|nhằm|đối với|và|sửa đổi|bổ sung|phê duyệt|triển khai|bảo đảm|đảm bảo|để|có|được|là|cho|với|kèm)\\s)[^;,.()])+))?';

const NUMBERED = new RegExp(`(?<![\\p{L}])${TYPE}\\s+(?:số\\s*)?${NUMBER}(?:\\s*,?\\s*ngày\\s+${DATE})?${ISSUER}`, 'giu');
const LAW = new RegExp(
  `(?<![\\p{L}])((?:Bộ\\s+)?Luật|Hiến pháp)(\\s+[^;.\\n]{0,160}?)\\s*,?\\s*(?:ngày\\s+${DATE}|năm\\s+(\\d{4}))${ISSUER}`,
  'gu',
);

const HAS_DIGIT = /\d/;

export function extractCitations(spans: TextSpan[]): Citation[] {
  const citations: Citation[] = [];
  const seen = new Set<string>();
  for (const span of spans) {
    // Both patterns need a digit (a number, a date or a year); most spans have none.
    if (!HAS_DIGIT.test(span.text)) continue;
    const taken: Array<[number, number]> = [];
    for (const match of span.text.matchAll(NUMBERED)) {
      taken.push([match.index!, match.index! + match[0].length]);
      add(citations, seen, span, match, {
        type: typeName(match[1]!),
        number: documentNumber(match[2]!),
        date: isoDate(match.slice(3, 9)),
        issuer: issuerOf(match[9]),
      });
    }
    if (!span.text.includes('Luật') && !span.text.includes('Hiến pháp')) continue;
    for (const match of span.text.matchAll(LAW)) {
      const start = match.index!;
      if (taken.some(([s, e]) => start < e && s < start + match[0].length)) continue;
      add(citations, seen, span, match, {
        type: match[1]!.replace(/\s+/gu, ' '),
        number: null,
        date: isoDate(match.slice(3, 9)),
        issuer: issuerOf(match[10]),
      });
    }
  }
  return citations.sort((a, b) => a.source.startLine - b.source.startLine);
}

function add(
  citations: Citation[],
  seen: Set<string>,
  span: TextSpan,
  match: RegExpMatchArray,
  fields: Pick<Citation, 'type' | 'number' | 'date' | 'issuer'>,
): void {
  const text = match[0].replace(/\s+/gu, ' ').trim();
  const key = `${span.startLine}|${fields.type}|${fields.number ?? text}|${fields.date}`;
  if (seen.has(key)) return;
  seen.add(key);
  const line = Math.min(span.endLine, span.startLine + newlines(span.text.slice(0, match.index!)));
  const endLine = Math.min(span.endLine, line + newlines(match[0]));
  citations.push({ ...fields, text, source: { startLine: line, endLine } });
}

const newlines = (s: string) => s.split('\n').length - 1;

// OCR slips in the closed set of document codes: "Qb-TTg", "0D-UBND", "QP-UBND" → "QĐ-…"; "ND-CP" → "NĐ-CP".
const OCR_CODES: Array<[RegExp, string]> = [
  [/(^|[-/])(?:Q[bDPđ]|[0O][DĐ]|QD)(?=$|[-/])/gu, '$1QĐ'],
  [/(^|[-/])N[DP](?=-CP)/gu, '$1NĐ'],
];

/** A document number without spaces or trailing marks, its code's OCR slips undone. */
function documentNumber(printed: string): string {
  let number = printed.replace(/\s+/gu, '').replace(/[.\-–/]+$/u, '');
  for (const [pattern, code] of OCR_CODES) number = number.replace(pattern, code);
  return number;
}

function typeName(printed: string): string {
  const lower = printed.replace(/\s+/gu, ' ').toLowerCase();
  return lower[0]!.toUpperCase() + lower.slice(1);
}

function issuerOf(printed: string | undefined): string | null {
  const issuer = printed?.replace(/\s+/gu, ' ').trim();
  return issuer ? issuer.split(' ').slice(0, 12).join(' ') : null;
}

function isoDate(groups: Array<string | undefined>): string | null {
  const [d1, m1, y1, d2, m2, y2] = groups;
  const [d, m, y] = d1 ? [d1, m1, y1] : [d2, m2, y2];
  if (!d || !m || !y) return null;
  const day = Number(d),
    month = Number(m),
    year = Number(y);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > last) return null;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
