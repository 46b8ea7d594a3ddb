// An agency as the OCR'd row prints it, not as the gazetteer names it: the words it was found
// from, line by line, each line's run widened over the agency-name words beside it (up to a
// cell mark), then respelled as agency names spell their words. "Ủy ban nhân dân" ⏎ "xã, phường"
// is found as the gazetteer's "Ủy ban nhân dân cấp xã" and given as printed; a body the
// gazetteer lacks ("Viện …") is given as printed, not as the nearest entry it resembles.
import { unreadTellingWords, type FoundAgency } from './agencies.js';
import type { Spot } from './lead-column.js';
import { ocrTokensAt } from './text.js';
import { isNameWord, namePair, respellAgencyWords } from './agency-spelling.js';
import { readable } from './cell-row.js';
import { startsWithHead } from '../../knowledge/agencies/index.js';

/** The share of readable syllables the printed wording needs to be given (else the gazetteer's is). */
const READABLE = 1;

/** `side`: the row's side text whose tokens `agency.words` and `spots` number. Null: keep the gazetteer's name. */
export function printedAgency(agency: FoundAgency, side: string, spots: Spot[]): string | null {
  // A name read whole is printed as the gazetteer (or its alias) spells it.
  if (agency.score >= 1) return null;
  const tokens = ocrTokensAt(side);
  const words = [...agency.words].sort((a, b) => a - b);
  if (!words.length || tokens.length !== spots.length) return null;
  const lineOf = (i: number) => spots[i]!.line;
  const runs: Array<[number, number]> = [];
  for (const w of words) {
    const last = runs.at(-1);
    if (last && lineOf(w) === lineOf(last[1])) last[1] = w;
    else runs.push([w, w]);
  }
  const found = new Set(words);
  for (const run of runs) {
    // Within a line, the words between those found must be the name's too: else two cells' words.
    for (let k = run[0]; k <= run[1]; k++) if (!found.has(k) && !isNameWord(tokens[k]!.word)) return null;
    // Widened over a word that stands beside the run's end word in some agency's name ("xã," "phường").
    const pair = (i: number, j: number) => namePair(printedWord(side, tokens, i), printedWord(side, tokens, j));
    while (run[0] > 0 && lineOf(run[0] - 1) === lineOf(run[0]) && !spots[run[0] - 1]!.closes && pair(run[0] - 1, run[0])) run[0]--;
    while (run[1] + 1 < tokens.length && lineOf(run[1] + 1) === lineOf(run[1]) && !spots[run[1]]!.closes && pair(run[1], run[1] + 1))
      run[1]++;
  }
  // A run ends after its last word and the commas or dash after it ("Các sở, ban," ⏎ "ngành"), not a rule.
  // A name that goes on at the next line's first side word ("… xã, đặc" ⏎ "khu"): that line's run too.
  for (let last = runs.at(-1)!; ;) {
    let next = last[1] + 1;
    while (next < tokens.length && lineOf(next) === lineOf(last[1])) next++;
    if (next >= tokens.length || !namePair(printedWord(side, tokens, last[1]), printedWord(side, tokens, next))) break;
    let to = next;
    while (
      to + 1 < tokens.length &&
      lineOf(to + 1) === lineOf(next) &&
      !spots[to]!.closes &&
      namePair(printedWord(side, tokens, to), printedWord(side, tokens, to + 1))
    )
      to++;
    runs.push((last = [next, to]));
  }
  const end = (i: number) => {
    const after = (i + 1 < tokens.length ? tokens[i + 1]!.at : side.length) - tokens[i]!.gap.length;
    return after + (tokens[i]!.gap.match(/^\s?[,–-]/u)?.[0].length ?? 0);
  };
  const text = runs
    .map(([from, to]) => side.slice(tokens[from]!.at, end(to)))
    .join(' ')
    .replace(/[|[\]{}_~]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .replace(/^[-–+•\s]+|[.,;:\s]+$/gu, '')
    .trim();
  const spelled = respellAgencyWords(text).text;
  // Given only when it reads as a name whole: an agency's head first, every word a name's word and
  // a syllable. A garbled cell ("Truvén thôn", "80, ban, y ngann") keeps the gazetteer's name.
  // It must also hold every word that tells the agency found from others ("… Phục vụ chính công"
  // lost "hành" to the line below: the gazetteer's name is surer).
  const printed = ocrTokensAt(spelled);
  const spelledWords = spelled
    .split(/\s+/u)
    .map((w) => w.replace(/^[-–(]+|[-–,.;:)]+$/gu, ''))
    .filter(Boolean);
  if (!startsWithHead(spelled) || !spelledWords.every((w) => /^\p{L}+$/u.test(w) && isNameWord(w)) || readable(spelled) < READABLE)
    return null;
  const all = printed.map((_, i) => i);
  if (
    unreadTellingWords(
      { ...agency, words: all },
      printed.map((t) => t.word),
    ).length
  )
    return null;
  // A wording with no word the name found lacks is that name read short ("Ban Dân tộc" for "Ban
  // Dân tộc tỉnh"): the name is kept. Another wording names more ("xã, phường" for "cấp xã").
  const named = new Set(ocrTokensAt(agency.name).map((t) => t.word));
  return printed.some((t) => !named.has(t.word)) ? spelled : null;
}

/** A token's text as printed (its start to the next token's gap). */
function printedWord(side: string, tokens: Array<{ at: number; gap: string }>, i: number): string {
  const to = (i + 1 < tokens.length ? tokens[i + 1]!.at : side.length) - tokens[i]!.gap.length;
  return side.slice(tokens[i]!.at, to);
}
