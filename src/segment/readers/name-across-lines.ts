// A known agency name wrapped over two lines of a cell: "Ban Cơ yếu" ⏎ "Chính phủ", "báo cáo Thủ
// tướng" ⏎ "Chính phủ". The second line opens with a word that would open an agency cell of its own,
// but it ends a name the line above began, so it goes on that cell.
import { aliasSpellings } from '../../knowledge/agencies/index.js';

interface Split {
  head: string;
  tail: string;
}

let splits: Map<string, Split[]> | undefined;

const lower = (text: string) => text.normalize('NFC').toLowerCase();

/** Every known name cut between two of its words, by the first word after the cut. */
function namesBySecondPart(): Map<string, Split[]> {
  const map = new Map<string, Split[]>();
  for (const spelling of new Set(aliasSpellings().map(lower))) {
    const words = spelling.split(/\s+/u);
    for (let k = 1; k < words.length; k++) {
      const split = { head: words.slice(0, k).join(' '), tail: words.slice(k).join(' ') };
      const list = map.get(words[k]!) ?? [];
      list.push(split);
      map.set(words[k]!, list);
    }
  }
  return map;
}

const endsWithWords = (text: string, words: string) => text === words || text.endsWith(` ${words}`);
const startsWithWords = (text: string, words: string) =>
  text === words || (text.startsWith(words) && /^[\s,.;:)]/u.test(text.slice(words.length)));

/** Whether `line` opens with the rest of a known name that the end of `above` began. */
export function endsNameBegunAbove(above: string, line: string): boolean {
  splits ??= namesBySecondPart();
  const first = lower(line).trimStart();
  const candidates = splits.get(first.split(/[\s,.;:)]/u, 1)[0]!);
  if (!candidates) return false;
  const before = lower(above).trimEnd();
  return candidates.some((s) => endsWithWords(before, s.head) && startsWithWords(first, s.tail));
}
