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
import { startsWithHead } from '../../knowledge/agencies/index.js';
import { lazy } from '../../lazy.js';

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
