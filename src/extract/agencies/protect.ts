// Spans of a cell that must not be cut: known names (so "Văn phòng HĐND và UBND
// cấp huyện" stays one), enumerations inside a collective name, and brackets.
//
// The spans are those of one alternation, (?<![\p{L}\p{N}])(?:name|…|enumeration)(?![\p{L}\p{N}]),
// read leftmost first, each alternative tried in order at a place. It is not written as that
// regexp: V8 compiles such an alternation of \p{…} lookarounds and ~90 names on its first use in a
// process, which cost a cold `cchc parse` of a plain plan about a tenth of its time. Each
// alternative here is a small regexp without lookarounds, compiled the first time a word it
// needs is in a text, and the lookarounds are read with vietnamese/letters
// (tests/extract/agencies-protect.test.ts compares the spans with the alternation's).
import { aliasSpellings, foldTones } from '../../knowledge/agencies/index.js';
import { isLetter, isNumber, pointAt, pointBefore } from '../../vietnamese/letters.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

function spellingPattern(spelling: string): string {
  return escape(foldTones(spelling))
    .replace(/ubnd/gu, '(?:ubnd|ủy ban nhân dân)')
    .replace(/hđnd/gu, '(?:hđnd|hội đồng nhân dân)')
    .replace(/\s*([,&-])\s*/gu, '\\s*$1\\s*')
    .replace(/ +/gu, '\\s+');
}

/** One alternative: its pattern, and a piece of text every match of it holds ('' where none is known). */
export interface Alternative {
  pattern: string;
  needs: string;
}

// huyện, thị xã, thành phố  |  xã, phường, thị trấn  |  cơ quan, đơn vị  |  sở, ban, ngành  |  (…)
// "cơ quan, đơn vị, địa phương" comes before "cơ quan, đơn vị", as the alternation's optional tail
// did: where the longer is followed by a letter, the shorter is tried at the same place.
const ENUMERATIONS: Alternative[] = [
  { pattern: 'huyện\\s*,\\s*thị xã\\s*,\\s*thành phố', needs: 'thị xã' },
  { pattern: 'huyện\\s*,\\s*thành phố\\s*,\\s*thị xã', needs: 'thị xã' },
  { pattern: 'xã\\s*,\\s*phường\\s*,\\s*thị trấn', needs: 'thị trấn' },
  { pattern: 'cơ quan\\s*,\\s*đơn vị\\s*,\\s*địa phương', needs: 'địa phương' },
  { pattern: 'cơ quan\\s*,\\s*đơn vị', needs: 'cơ quan' },
  { pattern: 'phòng\\s*,\\s*(?:ban|đơn vị)', needs: 'phòng' },
  { pattern: 'sở\\s*,?\\s*(?:ban\\s*,?\\s*)?ngành', needs: 'ngành' },
  { pattern: 'cấp huyện\\s*,\\s*(?:cấp\\s+)?xã', needs: 'cấp huyện' },
  { pattern: '\\([^)]*\\)', needs: '(' },
];

/** Only names holding a place a list is cut at (", " " và " ". ") need protecting. */
const canBeCut = (spelling: string) => /,|\svà\s|\.\s/u.test(spelling);

/** The longest word of a folded name that every spelling of it prints as it is (not UBND, HĐND). */
function wordNeeded(folded: string): string {
  let longest = '';
  for (const word of folded.split(/[^a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+/u)) {
    if (word.includes('ubnd') || word.includes('hđnd')) continue;
    if (word.length > longest.length) longest = word;
  }
  return longest;
}

/** The alternatives in the order the alternation tries them: names longest first, then the enumerations. */
export function protectedAlternatives(): Alternative[] {
  return [
    ...aliasSpellings()
      .filter(canBeCut)
      .sort((a, b) => b.length - a.length)
      .map((spelling) => ({ pattern: spellingPattern(spelling), needs: wordNeeded(foldTones(spelling)) })),
    ...ENUMERATIONS,
  ];
}

interface Compiled extends Alternative {
  regexp?: RegExp;
}

let alternatives: Compiled[] | undefined;

/** [start, end) spans of `text` that are one name or one enumeration. */
export function protectedSpans(text: string): Array<[number, number]> {
  const folded = foldTones(text);
  alternatives ??= protectedAlternatives();
  const present = alternatives.filter((a) => folded.includes(a.needs));
  if (present.length === 0) return [];
  // Every place one of them matches, overlaps included: the alternation can only match at these.
  const starts = new Set<number>();
  for (const alternative of present) {
    const regexp = (alternative.regexp ??= new RegExp(alternative.pattern, 'gu'));
    regexp.lastIndex = 0;
    for (let match = regexp.exec(folded); match; match = regexp.exec(folded)) {
      starts.add(match.index);
      regexp.lastIndex = match.index + 1;
    }
  }
  const spans: Array<[number, number]> = [];
  let from = 0;
  for (const start of [...starts].sort((a, b) => a - b)) {
    if (start < from || !isBoundary(pointBefore(folded, start))) continue;
    for (const alternative of present) {
      const match = matchAt(alternative.regexp!, folded, start);
      if (!match) continue;
      const end = start + match[0].length;
      if (!isBoundary(pointAt(folded, end))) continue;
      spans.push([start, end]);
      from = end;
      break;
    }
  }
  return spans;
}

/** The match of a global regexp that starts at `start` (what the same regexp made sticky would match there). */
function matchAt(regexp: RegExp, text: string, start: number): RegExpExecArray | null {
  regexp.lastIndex = start;
  const match = regexp.exec(text);
  return match?.index === start ? match : null;
}

const isBoundary = (point: number) => point < 0 || (!isLetter(point) && !isNumber(point));
