// The decision's header: number, place and date, issuing authority, title.
// Patterns match folded text (see fold.ts) so that half-restored OCR still reads;
// values are cut from the original text at the same offsets.
import type { Header } from '../tree/types.js';
import type { Paragraph } from './paragraphs.js';
import { fold } from '../vietnamese/fold.js';
import { sentenceCase, titleCase } from './casing.js';

// "Số: 5347/QĐ-UBND", "S6: 5347 /QP-UBND" (OCR), "Số: /QĐ-UBND" (blank: null)
const NUMBER_LINE = /^s[o06]\s*:\s*(.*)$/u;
// "1525/QĐ-UBND", "5347 /QĐ-UBND", "221/2016/QĐ-UBND"; OCR: "/QP-UBND", "/Qb-UBND", "/0D-UBND"
const NUMBER = /(\d[\d.]*(?:\s*\/\s*\d{4})?)\s*\/\s*([q0o][dđpb]-[a-z]+)/iu;
// "(Ban hành kèm theo Quyết định số 1525/QĐ-UBND ngày 23 tháng 5 năm 2012 …)"
const ISSUED_WITH = /ban hanh kem theo quyet dinh so\s*(.*)$/u;
// An appendix issued on its own names the plan it belongs to:
// "(Kèm theo Kế hoạch số  KH/VPUBND ngày  tháng 8 năm 2022)", OCR "ngay  thdng 8 ndam 2022".
const ATTACHED_TO = /^\(?\s*(?:ban hanh |dinh )?kem theo (?:quyet dinh|ke hoach) s[o06]\s*(.*)$/u;
// The date words with one or two letters misread ("thdng", "théng", "ndam", "n4m"); the day may be blank.
const OCR_DATE_WORDS = /ng[a-z0-9]{1,2}y\s*(\d{1,2})?\s*th[a-z0-9]{1,2}ng\s*(\d{1,2})\s*n[a-z0-9]{1,2}m\s*(\d{4})/u;
// "Thanh Hóa, ngày 24 tháng 12 năm 2021", "Thanh Hoá, ngày tháng năm" (blank); OCR may
// put it on the number's line: "Số: 5347/QĐ-UBND Thanh Hóa, ngày 24 tháng12 năm 2021".
const PLACE_DATE = /(?:^|\s)((?:\p{L}+ ){0,3}\p{L}+),\s*ngay\s*(\d{1,2})?\s*thang\s*(\d{1,2})?\s*nam\s*(\d{4})?/u;
const DATE_WORDS = /ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})/u;
// "QUYẾT ĐỊNH", OCR "QUYET PINH"
const DECISION_HEADING = /^quyet [dp]inh\s*$/u;
const AUTHORITY = /^(chu tich )?(uy ban nhan dan|ubnd)\b/u;

export function readHeader(paras: Paragraph[]): Header {
  const header: Header = {
    type: 'header',
    number: null,
    date: null,
    place: null,
    authority: null,
    title: null,
    signer: null,
    signerLine: null,
  };
  let first = paras[0]?.startLine ?? 1;
  let last = first;
  const seen = (p: Paragraph) => {
    first = Math.min(first, p.startLine);
    last = Math.max(last, p.endLine);
  };

  for (const [index, para] of paras.entries()) {
    const folded = fold(para.text);
    const numberLine = folded.match(NUMBER_LINE);
    if (numberLine && header.number === null) {
      header.number = numberAt(para.text, folded);
      seen(para);
    }
    const placeDate = folded.match(PLACE_DATE);
    if (placeDate && header.date === null) {
      const at = placeDate.index! + placeDate[0].indexOf(placeDate[1]!);
      header.place = placeName(para.text.slice(at, at + placeDate[1]!.length));
      const [, , day, month, year] = placeDate;
      header.date = isoDate(year, month, day);
      seen(para);
    }
    if (DECISION_HEADING.test(folded) && header.title === null) {
      const next = paras[index + 1];
      if (next && !AUTHORITY.test(fold(next.text))) {
        header.title = titleCase(next.text);
        seen(next);
      }
    }
    if (header.title !== null && header.authority === null && AUTHORITY.test(folded) && folded.length < 80) {
      header.authority = sentenceCase(para.text);
      seen(para);
    }
    // The plan repeats the decision's number and date: a fallback when the header left them blank.
    const issued = folded.match(ISSUED_WITH);
    if (issued) {
      const offset = folded.length - issued[1]!.length;
      if (header.number === null) header.number = numberAt(para.text.slice(offset), folded.slice(offset));
      const words = folded.slice(offset).match(DATE_WORDS) ?? folded.slice(offset).match(/(\d{1,2})\/(\d{1,2})\/(\d{4})/u);
      if (header.date === null && words) header.date = isoDate(words[3], words[2], words[1]);
    }
  }
  if (header.authority === null) header.authority = topLeftAuthority(paras);
  header.position = { start: { line: first, column: 1 }, end: { line: last, column: 1 } };
  return header;
}

/**
 * Number and date of the plan an appendix says it is attached to: the header of a document that
 * is only appendices (`lines`: its first lines). The caption may wrap: it runs to its ")".
 * Fills what `header` left null.
 */
export function readAttachedTo(header: Header, lines: Array<{ text: string; line: number }>): void {
  for (const [index, first] of lines.entries()) {
    if (!ATTACHED_TO.test(fold(first.text))) continue;
    let last = index;
    while (!lines[last]!.text.includes(')') && last + 1 < lines.length && last - index < 2) last++;
    const text = lines
      .slice(index, last + 1)
      .map((l) => l.text.trim())
      .join(' ');
    const folded = fold(text);
    const offset = folded.length - folded.match(ATTACHED_TO)![1]!.length;
    header.number ??= numberAt(text.slice(offset), folded.slice(offset));
    const words = folded.slice(offset).match(OCR_DATE_WORDS);
    if (words) header.date ??= isoDate(words[3], words[2], words[1]);
    header.position = { start: { line: first.line, column: 1 }, end: { line: lines[last]!.line, column: 1 } };
    return;
  }
}

/** The capitalised words before ", ngày": "…/QĐ-UBND Thanh Hóa" → "Thanh Hóa". */
function placeName(words: string): string | null {
  const capitalised = words.trim().split(/\s+/u).reverse();
  const kept: string[] = [];
  for (const word of capitalised) {
    if (!/^\p{Lu}/u.test(word)) break;
    kept.unshift(word);
  }
  return kept.length ? kept.join(' ') : null;
}

function numberAt(text: string, folded: string): string | null {
  const match = folded.match(NUMBER);
  if (!match || match.index === undefined) return null;
  const original = text.slice(match.index, match.index + match[0].length);
  return original
    .replace(/\s+/g, '')
    .replace(/^(.*?)\/([q0o][dđpb])-/iu, (_, n: string) => `${n}/QĐ-`)
    .replace(/-(\w+)$/u, (_, s: string) => `-${s.toUpperCase()}`);
}

/** ISO date; a blank day gives YYYY-MM, a blank month or year gives null. */
export function isoDate(year?: string, month?: string, day?: string): string | null {
  if (!year || !month) return null;
  const m = Number(month);
  if (m < 1 || m > 12) return null;
  const ym = `${year}-${String(m).padStart(2, '0')}`;
  if (!day) return ym;
  const d = Number(day);
  // A day the month does not have ("31 tháng 2") is a misprint or a misread: no date rather than a wrong one.
  if (d < 1 || d > daysIn(Number(year), m)) return d > 31 ? ym : null;
  return `${ym}-${String(d).padStart(2, '0')}`;
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** "ỦY BAN NHÂN DÂN" over "TỈNH THANH HÓA" at the top left of the page. */
function topLeftAuthority(paras: Paragraph[]): string | null {
  for (const [index, para] of paras.slice(0, 6).entries()) {
    const folded = fold(para.text);
    if (!/^uy ban nhan dan\b/u.test(folded)) continue;
    const next = paras[index + 1];
    const province = next?.text.match(/^(TỈNH|THÀNH PHỐ)\s+(\p{Lu}[\p{Lu} ]+?)(?=\s{2,}|\s+(?:Độc|Doc|Poc)|$)/u);
    return province ? sentenceCase(`ỦY BAN NHÂN DÂN ${province[0]}`) : 'Ủy ban nhân dân';
  }
  return null;
}
