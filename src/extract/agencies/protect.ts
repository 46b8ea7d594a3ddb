// Spans of a cell that must not be cut: known names (so "Văn phòng HĐND và UBND
// cấp huyện" stays one), enumerations inside a collective name, and brackets.
import { aliasSpellings, foldTones } from '../../knowledge/agencies/index.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

function spellingPattern(spelling: string): string {
  return escape(foldTones(spelling))
    .replace(/ubnd/gu, '(?:ubnd|ủy ban nhân dân)')
    .replace(/hđnd/gu, '(?:hđnd|hội đồng nhân dân)')
    .replace(/\s*([,&-])\s*/gu, '\\s*$1\\s*')
    .replace(/ +/gu, '\\s+');
}

// huyện, thị xã, thành phố  |  xã, phường, thị trấn  |  cơ quan, đơn vị  |  sở, ban, ngành  |  (…)
const ENUMERATIONS = [
  'huyện\\s*,\\s*thị xã\\s*,\\s*thành phố',
  'huyện\\s*,\\s*thành phố\\s*,\\s*thị xã',
  'xã\\s*,\\s*phường\\s*,\\s*thị trấn',
  'cơ quan\\s*,\\s*đơn vị(?:\\s*,\\s*địa phương)?',
  'phòng\\s*,\\s*(?:ban|đơn vị)',
  'sở\\s*,?\\s*(?:ban\\s*,?\\s*)?ngành',
  'cấp huyện\\s*,\\s*(?:cấp\\s+)?xã',
  '\\([^)]*\\)',
];

/** Only names holding a place a list is cut at (", " " và " ". ") need protecting. */
const canBeCut = (spelling: string) => /,|\svà\s|\.\s/u.test(spelling);

const PROTECTED = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[
    ...aliasSpellings()
      .filter(canBeCut)
      .sort((a, b) => b.length - a.length)
      .map(spellingPattern),
    ...ENUMERATIONS,
  ].join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** [start, end) spans of `text` that are one name or one enumeration. */
export function protectedSpans(text: string): Array<[number, number]> {
  return [...foldTones(text).matchAll(PROTECTED)].map((m) => [m.index!, m.index! + m[0].length]);
}
