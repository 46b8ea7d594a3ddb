// A lead cell the column cutter stopped short, its next lines given to the cooperating cell
// beside it. A narrow lead column wraps a name, or a list of names, over lines, and the cutter
// may read the wrapped part as the next column's:
//
//   lead "Các sở, ngành,"      cooperating "UBND" ⏎ "xã, phường, đặc khu"
//   lead "Ủy ban Mặt trận Tổ"  cooperating "quốc Việt Nam tỉnh," ⏎ "các tổ chức chính trị - xã hội" ⏎ "- Mặt trận cơ sở"
//
// A lead goes on where it plainly has not ended: it ends on a comma, a dash or "và", or it
// stops inside an agency's name (its words open a name of the gazetteer and are none whole).
// It takes the cooperating cell's parts from the top while it goes on, and only parts made of
// agency-name words that open no cell of their own: a list item ("- …") always opens one; a
// capital agency head ("Vụ Pháp chế", "Sở Nội vụ") opens one unless it follows a one-line lead
// that ends on a comma, a dash or "và" (the list goes on along that line).
import { agencyNames } from './agency-names.js';
import { isNameWord, isWholeName } from './agency-spelling.js';
import { ocrTokens } from './text.js';
import { startsWithHead } from '../../knowledge/agencies/index.js';
import { lazy } from '../../lazy.js';

const LIST_GOES_ON = /(?:[,&–-]|\svà)$/u;
const LIST_ITEM = /^[-–+•]/u;

const nameTokens = lazy(() =>
  [...new Set(agencyNames().flatMap((a) => [a.name, a.name.replace(/\bUBND\b/gu, 'Ủy ban nhân dân')]))].map((name) => ocrTokens(name)),
);

/** Whether the words open an agency's name and are no name whole ("Ủy ban Mặt trận Tổ", "Sở Khoa học và"). */
export function stopsInsideName(text: string): boolean {
  const words = ocrTokens(text);
  if (!words.length || isWholeName(text)) return false;
  return nameTokens().some((name) => name.length > words.length && words.every((w, k) => name[k] === w));
}

/** The lead's and cooperating cell's parts (one per line), the lead's wrapped lines given back to it. */
export function leadGoingOn(lead: string[], cooperating: string[]): { lead: string[]; cooperating: string[]; moved: number } {
  if (!lead.length) return { lead, cooperating, moved: 0 };
  const out = [...lead];
  let moved = 0;
  for (const part of cooperating) {
    const text = out.join(' ').trim();
    const listGoesOn = LIST_GOES_ON.test(text);
    // The name the lead stops in may be its list's last item ("Các sở, ngành, UBND").
    const lastItem = text.split(/,\s*/u).at(-1)!;
    if (!listGoesOn && !stopsInsideName(text) && !(startsWithHead(lastItem) && stopsInsideName(lastItem))) break;
    // A capital head opens the cooperating cell, unless it stands on the lead's one line, after
    // its comma ("Các sở, ngành, | UBND"): a cell the lead's second line goes on opened above it.
    const capitalHead = /^\p{Lu}/u.test(part) && startsWithHead(part);
    if (LIST_ITEM.test(part) || (capitalHead && !(listGoesOn && lead.length === 1 && moved === 0))) break;
    // Only agency-name words go on a name: a part with others is another cell's text.
    if (!part.split(/[^\p{L}]+/u).every((w) => !w || isNameWord(w))) break;
    out.push(part);
    moved++;
  }
  return { lead: out, cooperating: cooperating.slice(moved), moved };
}
