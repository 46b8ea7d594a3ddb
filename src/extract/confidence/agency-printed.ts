// Whether an agency read from a table row is printed on the row's own lines, and whether its name stops
// where no name can. An OCR'd row's agency is often resolved from a misread name ("36 Xav dun") to a
// gazetteer name that is printed nowhere on the row: the reader's guess, not the page's word. A name that
// ends on a bare head word ("Văn phòng Ban", "Các Bộ") or on the first half of a pair ("các tỉnh, thành")
// was cut before its end. A name printed on the task's lines that goes on past what was read ("Các Bộ:
// Quốc phòng, Công an", "Doanh nghiệp, cộng đồng, tổ chức, cá nhân:", "Các đơn vị được phân công …")
// was read short.
import type { Agency, Task } from '../../schema/document.js';
import { fold } from '../../vietnamese/fold.js';

const WORD = /[\p{L}\p{N}]+/gu;
// Names a row may print abbreviated, read as their abbreviation on both sides: "UBND" = "Ủy ban nhân dân".
const ABBREVIATED: Array<[RegExp, string]> = [
  [/uy ban nhan dan/gu, 'ubnd'],
  [/hoi dong nhan dan/gu, 'hdnd'],
  [/mat tran to quoc/gu, 'mttq'],
];
// Words without their marks: an unrestored OCR row prints "So Tu phap" for "Sở Tư pháp", read alike; a
// misread one ("Xav dun" for "Xây dựng") still differs.
const foldedWords = (text: string) =>
  ABBREVIATED.reduce((folded, [long, short]) => folded.replace(long, short), fold(text.normalize('NFC'))).match(WORD) ?? [];

/** Share of the agencies half or more of whose words the task's own lines do not print. */
export function unprintedShare(agencies: Agency[], task: Task, lines: string[]): number {
  if (!agencies.length) return 0;
  const printed = new Set(foldedWords(lines.slice(task.source.startLine - 1, task.source.endLine).join(' ')));
  if (!printed.size) return 0;
  const missing = agencies.filter((a) => {
    const words = foldedWords(a.name);
    return words.length > 0 && words.filter((w) => !printed.has(w)).length * 2 >= words.length;
  });
  return missing.length / agencies.length;
}

// Head words no name ends on, and first halves of pairs: "Ban" (of "Ban Chỉ đạo …"), "thành" (of "thành phố").
const OPEN_LAST = new Set(['Ban', 'thành']);

/** The name stops after a head word or the first half of a pair ("Văn phòng Ban", "các tỉnh, thành"), or is a plural head alone ("Các Bộ"). */
export function cutName(name: string): boolean {
  const words = name.trim().split(/\s+/u);
  if (words.length < 2) return false;
  if (OPEN_LAST.has(words[words.length - 1]!.replace(/[,;.]$/u, ''))) return true;
  return words.length === 2 && /^các$/iu.test(words[0]!) && /^\p{Lu}/u.test(words[1]!);
}

const squashed = (text: string) => text.replace(/\s+/gu, ' ');
// Words that qualify a plural body into a narrower one: "Các đơn vị được phân công …", "Các sở, ngành chủ trì …".
const QUALIFIER = /^\s+(?:được|có|thuộc|trực thuộc|chủ trì|tham gia|liên quan|trên địa bàn)(?![\p{L}])/u;

/**
 * The name, where the task's lines print it, goes on past what was read: a plural head before a colon
 * and its list ("Các Bộ: Quốc phòng, Công an"), a subject that runs on through a comma to its colon
 * ("Doanh nghiệp, cộng đồng, tổ chức, cá nhân: …"), or a plural body and the words that narrow it
 * ("Các đơn vị được phân công tổ chức đào tạo …"). Only the first place the name is printed is read.
 */
export function runsOnPast(name: string, task: Task, lines: string[]): boolean {
  const text = squashed(lines.slice(task.source.startLine - 1, task.source.endLine).join(' '));
  const wanted = squashed(name.trim());
  const at = wanted ? text.toLowerCase().indexOf(wanted.toLowerCase()) : -1;
  if (at < 0) return false;
  const after = text.slice(at + wanted.length, at + wanted.length + 90);
  const plural = /^các\s/iu.test(wanted);
  return (plural && /^\s*:\s*\p{Lu}/u.test(after)) || /^\s*,[^.;:()]{1,60}:/u.test(after) || (plural && QUALIFIER.test(after));
}
