// The plan body as an outline of marked items, the shape every body reader walks:
//   Điều 3. Tổ chức thực hiện        article (a decision's article: a section as a roman heading is)
//   II. NHIỆM VỤ, GIẢI PHÁP          roman   (a section, with its kind)
//     1. Sở Nội vụ:                  number  (depth by its dots: 1. < 1.1. < 1.1.1.)
//       a) Chủ trì, phối hợp …       letter
//         - Rà soát …                dash
//           + …                      plus
//       <a paragraph with no marker> none    (a leaf under whatever is open)
// An item is nested under the nearest open item of a higher rank, so a "1." after "2.3." closes
// both, and a dash list under a letter stays under it.
import type { Paragraph } from './paragraphs.js';
import { fold } from '../vietnamese/fold.js';

export type MarkerKind = 'article' | 'roman' | 'number' | 'letter' | 'dash' | 'plus' | 'none';

export type SectionKind = 'tasks' | 'assignments' | 'targets' | 'other';

export interface OutlineItem {
  kind: MarkerKind;
  /** As printed: "II", "2.1", "a", "-"; "" for an unmarked paragraph. */
  label: string;
  /** The text after the marker. */
  text: string;
  /** What a roman or numbered heading's title says its part holds (null for other items). */
  section: SectionKind | null;
  startLine: number;
  endLine: number;
  parent: OutlineItem | null;
  children: OutlineItem[];
}

// "Điều 3. Tổ chức thực hiện": a decision that approves a scheme in its articles heads its parts so.
const ARTICLE = /^(?<label>Điều\s+\d{1,3})\s*[.:]\s*(?<text>\S.*)$/u;
const ROMAN = /^(?<label>[IVX]{1,5})\s*[.:]\s*(?<text>.*)$/u;
const NUMBER = /^(?<label>\d{1,2}(?:\.\d{1,2}){0,3})(?:\.\s*|\s+)(?<text>\S.*)$/u;
const LETTER = /^(?<label>[a-zđ])\s*[).]\s*(?<text>\S.*)$/u;
// "(1) Huy động …", "(2) Khẩn trương …": points numbered in brackets under a lead-in ("… chủ trì:"); a point, as a letter is.
const BRACKETED = /^(?<label>\(\d{1,2}\))\s*(?<text>\S.*)$/u;
const DASH = /^[-–—•*]\s*(?<text>\S.*)$/u;
const PLUS = /^\+\s*(?<text>\S.*)$/u;

// A labelled field of a task printed with no marker: who, when, what, what comes of it (LAYOUTS.md §6).
const FIELD_LINE = /^(?:Cơ quan|Đơn vị|Bộ phận|Thời gian|Thời hạn|Tiến độ|Sản phẩm|Kết quả|Nội dung|Chủ trì|Phối hợp)[^:]{0,40}:/u;

// LAYOUTS.md §3, most specific first: an assignment section also says "thực hiện", a task section "nội dung".
// A report's title, whatever work it names: "Kết quả thực hiện nhiệm vụ năm 2025", "Tình hình thực hiện
// nhiệm vụ …", "Đánh giá kết quả …" — what was done, not what is to be done; unless it goes on to the
// way forward ("… và phương hướng, nhiệm vụ năm 2026", "… và giải pháp").
export const REPORT_TITLE = /^(?:danh gia\s+)?(?:ket qua|tinh hinh|thuc trang)\b(?!.*\b(?:phuong huong|giai phap)\b)/u;

const SECTION_KINDS: Array<[RegExp, SectionKind]> = [
  [REPORT_TITLE, 'other'],
  // "VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH": a conclusions notice's answers to a province's requests, each assigning a body.
  [/phan cong|nhiem vu cu the|to chuc thuc hien|trach nhiem|thoi gian va trach nhiem|kien nghi/u, 'assignments'],
  [/^(?!.*nhiem vu).*(muc tieu|chi tieu)/u, 'targets'],
  [
    /muc dich|yeu cau|quan diem|kinh phi|nguon luc|che do bao cao|doi tuong|pham vi|khen thuong|tinh hinh|du bao|ket qua dat duoc|danh gia/u,
    'other',
  ],
  [/nhiem vu|giai phap|noi dung|lo trinh|hoat dong|chuong trinh|du an/u, 'tasks'],
];

export function sectionKind(title: string): SectionKind | null {
  const folded = fold(title);
  return SECTION_KINDS.find(([pattern]) => pattern.test(folded))?.[1] ?? null;
}

/** The outline of `paras`; returns the top-level items. */
export function outline(paras: Paragraph[]): OutlineItem[] {
  const roots: OutlineItem[] = [];
  const stack: Array<{ item: OutlineItem; rank: number }> = [];
  for (const para of paras) {
    const { kind, label, text } = marker(para.text);
    const item: OutlineItem = {
      kind,
      label,
      text,
      section: null,
      startLine: para.startLine,
      endLine: para.endLine,
      parent: null,
      children: [],
    };
    const rank = rankOf(kind, label);
    if (kind === 'roman' || ((kind === 'number' || kind === 'article') && isHeadingText(text))) item.section = sectionKind(text);
    while (stack.length && stack.at(-1)!.rank >= rank) stack.pop();
    // An unmarked field line ("Thời gian thực hiện: …") after a list of points is the item's, not the last point's.
    if (kind === 'none' && FIELD_LINE.test(text))
      while (stack.length > 1 && (stack.at(-1)!.item.kind === 'dash' || stack.at(-1)!.item.kind === 'plus')) stack.pop();
    const parent = stack.at(-1)?.item ?? null;
    item.parent = parent;
    (parent ? parent.children : roots).push(item);
    if (kind !== 'none') stack.push({ item, rank });
  }
  return roots;
}

function marker(text: string): { kind: MarkerKind; label: string; text: string } {
  let match = text.match(ARTICLE);
  if (match?.groups) return { kind: 'article', label: match.groups.label!.replace(/\s+/gu, ' '), text: match.groups.text! };
  match = text.match(ROMAN);
  if (match?.groups) return { kind: 'roman', label: match.groups.label!, text: match.groups.text! };
  match = text.match(NUMBER);
  if (match?.groups) return { kind: 'number', label: match.groups.label!, text: match.groups.text! };
  match = text.match(LETTER);
  if (match?.groups) return { kind: 'letter', label: match.groups.label!, text: match.groups.text! };
  match = text.match(BRACKETED);
  if (match?.groups) return { kind: 'letter', label: match.groups.label!, text: match.groups.text! };
  match = text.match(DASH);
  if (match?.groups) return { kind: 'dash', label: '-', text: match.groups.text! };
  match = text.match(PLUS);
  if (match?.groups) return { kind: 'plus', label: '+', text: match.groups.text! };
  return { kind: 'none', label: '', text };
}

function rankOf(kind: MarkerKind, label: string): number {
  switch (kind) {
    case 'article':
    case 'roman':
      return 1;
    case 'number':
      return 1 + label.split('.').length;
    case 'letter':
      // "(1)" points stand below lettered ones ("a) …:" ⏎ "(1) …").
      return label.startsWith('(') ? 7.5 : 7;
    case 'dash':
      return 8;
    case 'plus':
      return 9;
    case 'none':
      return 10;
  }
}

/** A heading's text is short and is not a sentence. */
export const isHeadingText = (text: string) => text.split(/\s+/u).length <= 16 && !/[.;]$/u.test(text.trim());

/** Every item below `item`, depth first. */
export function* descendants(item: OutlineItem): Generator<OutlineItem> {
  for (const child of item.children) {
    yield child;
    yield* descendants(child);
  }
}

/**
 * The section kind in force at `item`: its nearest heading's, except that anything inside an
 * assignments section stays one ("V. TỔ CHỨC THỰC HIỆN" ⏎ "1. Nhiệm vụ của các sở" ⏎ "1.1. Sở X").
 */
export function sectionOf(item: OutlineItem): SectionKind | null {
  let nearest: SectionKind | null = null;
  for (let at: OutlineItem | null = item; at; at = at.parent) {
    if (at.section === 'assignments') return 'assignments';
    nearest ??= at.section;
  }
  return nearest;
}

/**
 * The item's path of labels from the top: "III.2.a"; dashes count among their siblings ("V.1.-3").
 * A dotted number already holds its parents' numbers: "1.1.2" under "1.1" under "1" is "II.1.1.2".
 */
export function pathOf(item: OutlineItem): string {
  const parts: string[] = [];
  let below: OutlineItem | null = null;
  for (let at: OutlineItem | null = item; at; below = at, at = at.parent) {
    if (at.kind === 'dash' || at.kind === 'plus' || at.kind === 'none') {
      const siblings = (at.parent?.children ?? []).filter((c) => c.kind === at!.kind);
      parts.unshift(`${at.label || '¶'}${siblings.indexOf(at) + 1}`);
    } else if (!(at.kind === 'number' && below?.kind === 'number' && below.label.startsWith(`${at.label}.`))) {
      parts.unshift(at.label);
    }
  }
  return parts.join('.');
}
