// A lead the gazetteer matched only in part, given as the OCR read it instead of as the name it
// was matched to. A fuzzy match that lacks one of the words telling its agency from the others
// ("Ủy ban nhân" read as "Ủy ban nhân dân cấp huyện"; "Sở Nông | trường" read as "Sở Công
// Thương") is a guess: where the printed words open as an agency's name and contradict the
// match or fit another agency as well, they are kept as printed and the row's other text may
// complete them (./lead-completion.ts); else the match stands, flagged by the caller.
// Invariant: a name read with all its telling words is never touched here.
import type { FoundAgency } from './agencies.js';
import { agencyNames } from './agency-names.js';
import { isNameWord, namePair, respellAgencyWords } from './agency-spelling.js';
import { ocrTokens, ocrTokensAt, sameWord } from './text.js';
import { agencyKey, startsWithHead } from '../../knowledge/agencies/index.js';
import { lazy } from '../../lazy.js';
import { isDeadlineCell } from '../../knowledge/deadlines/index.js';

/**
 * The agency's words as printed in `side` (the row's side text, whose tokens `agency.words`
 * number) where they contradict the name they were matched to or fit another as well: the run of
 * found words on the line of its first, respelled as names spell their words, when it opens with
 * an agency's head word and either holds a telling word the name lacks ("Sở Nông" read as Sở Công
 * Thương) or opens the names of two agencies ("Ủy ban nhân" read as UBND cấp huyện). Null: the
 * match stands (flagged by the caller), the run telling nothing against it.
 */
export function leadAsRead(agency: FoundAgency, side: string): string | null {
  const tokens = ocrTokensAt(side);
  const words = [...agency.words].sort((a, b) => a - b);
  if (!words.length || words.at(-1)! >= tokens.length) return null;
  let last = words[0]!;
  // The run goes on over the words found and the agency-name words between ("Sở Nông", its
  // "Nông" not found), and stops at a line or cell mark: the side text's lines are joined with " | ".
  // Past the last word found on that line, only a word that stands beside the one before in some name goes on.
  let lineEnd = last + 1;
  while (lineEnd < tokens.length && !/[|]/u.test(tokens[lineEnd - 1]!.gap)) lineEnd++;
  const lastFound = Math.max(...words.filter((w) => w < lineEnd));
  for (let k = last + 1; k < lineEnd; k++) {
    const goesOn = words.includes(k) || (k < lastFound ? isNameWord(tokens[k]!.word) : namePair(tokens[k - 1]!.word, tokens[k]!.word));
    if (!goesOn) break;
    last = k;
  }
  const end = last + 1 < tokens.length ? tokens[last + 1]!.at - tokens[last]!.gap.length : side.length;
  const text = side
    .slice(tokens[words[0]!]!.at, end)
    .replace(/[|[\]{}_~]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .replace(/^[-–+•\s]+|[.,;:\s]+$/gu, '')
    .trim();
  const spelled = respellAgencyWords(text).text;
  if (!spelled || !startsWithHead(spelled)) return null;
  const read = ocrTokens(spelled);
  const name = ocrTokens(agency.name);
  // A last word cut short ("Sở Giáo dục v") contradicts nothing.
  const contradicted = read.some((w, k) => !name.some((n) => sameWord(n, w) || (k === read.length - 1 && n.startsWith(w))));
  const opensName = read.every((w, k) => name[k] !== undefined && sameWord(name[k]!, w));
  const ambiguous = opensName && read.length < name.length && namesOpeningWith(read).size > 1;
  return contradicted || ambiguous ? spelled : null;
}

/** Each name's tokens with its agency's id. */
const nameTokens = lazy(() =>
  agencyNames().flatMap((a) =>
    [a.name, a.name.replace(/\bUBND\b/gu, 'Ủy ban nhân dân')].map((name) => ({ name, id: a.id, tokens: ocrTokens(name) })),
  ),
);

/** The agencies (ids) whose names open with these tokens, the last perhaps cut short ("Sở Giáo dục v"). */
function namesOpeningWith(words: string[]): Set<string> {
  const ids = new Set<string>();
  for (const n of nameTokens()) {
    if (n.tokens.length < words.length) continue;
    const cut = words.length - 1;
    if (words.every((w, k) => n.tokens[k] === w || (k === cut && n.tokens.length > words.length && n.tokens[k]!.startsWith(w))))
      ids.add(n.id);
  }
  return ids;
}

/** Words a cell's opening agency head may stand before the words a name was read from ("Liên hiệp" before "các"). */
const HEAD_REACH = 3;

/**
 * The cell as printed where another body's head word stands right before the words a name was
 * read from, on the same line: "Viện Văn hóa, Nghệ …" read as Sở Văn hóa, Thể thao và Du lịch,
 * "Liên hiệp các Hội Khoa" read as Các sở, ban, ngành. The line from that head to its end (or to
 * a deadline opening on it); null when no other head stands there.
 */
export function otherHeadBefore(agency: FoundAgency, side: string): string | null {
  const tokens = ocrTokensAt(side);
  const first = Math.min(...agency.words);
  if (!Number.isFinite(first) || first >= tokens.length) return null;
  const nameHead = ocrTokens(agency.name)[0];
  // A comma or dash before the name's words makes them a list's next item, not a head's words.
  if (first > 0 && /[,;–-]/u.test(tokens[first - 1]!.gap)) return null;
  for (let k = first - 1; k >= Math.max(0, first - HEAD_REACH); k--) {
    // A mark between, or the name's own head word ("Sở¢"), ends the search.
    if (/[|[\]()]/u.test(tokens[k]!.gap) || ocrTokens(agencyKey(side.slice(tokens[k]!.at, tokens[k + 1]?.at)))[0] === nameHead) break;
    const from = tokens[k]!.at;
    const rest = side.slice(from).split('|')[0]!;
    // The head as the gazetteer keys it (OCR marks dropped: "Sở¢" is "Sở"), folded.
    const printedHead = ocrTokens(agencyKey(rest).split(' ')[0] ?? '')[0];
    if (!/^\p{Lu}/u.test(rest) || !startsWithHead(agencyKey(rest).replace(/^\p{Ll}/u, (c) => c.toUpperCase())) || !printedHead) continue;
    if (printedHead === nameHead || ocrTokens(agency.name).some((w) => sameWord(w, printedHead))) continue;
    // Cut before a deadline opening on the line ("… Nghệ định kỳ hằng năm").
    const words = rest.trim().split(/\s+/u);
    const cut = words.findIndex((_, w) => w > 0 && isDeadlineCell(capitalised(words.slice(w).join(' '))));
    const text = (cut < 0 ? words : words.slice(0, cut)).join(' ').replace(/[.,;:\s]+$/u, '');
    return respellAgencyWords(text).text;
  }
  return null;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Whether most of the words a name was read from stand on its first word's line past the cell
 * mark after that word (`lineOf`: each side token's line in the row): the next cell's name,
 * not a name going on below.
 */
export function readPastLine(agency: FoundAgency, side: string, lineOf: (token: number) => number | undefined): boolean {
  const tokens = ocrTokensAt(side);
  const first = Math.min(...agency.words);
  let end = first + 1;
  while (end < tokens.length && !/[|]/u.test(tokens[end - 1]!.gap)) end++;
  const line = lineOf(first);
  return agency.words.filter((w) => w >= end && lineOf(w) === line).length * 2 > agency.words.length;
}
