// Words of an agency's name that the line cut (./ruled-cells.ts) gave the task text beside its
// cell. Widths in characters are rough, so a name's next words, read on the same line as the task
// text, may be cut to the text's side: "- Các sở, ban," ⏎ "ngành, đoàn thể" beside a task text
// whose line took "ngành,", or "Sở" ⏎ "Xây dựng Ban hành …" where the lead comes first.
// A word goes back to the agency's cell where it goes on that cell's name as agencies' names do
// (pairs of words that stand side by side in the gazetteer's names: "ban ngành", "Sở Xây",
// "Xây dựng"), each word with the next, and the name goes on (`goesOn`).
import { isWholeName, namePair } from './agency-spelling.js';
import type { Column } from './ruled-header.js';

const SIDE = new Set<Column>(['lead', 'cooperating']);
/** Words taken back at most, a line. */
const MOST = 3;

const wordsOf = (text: string) => (text ? text.split(' ') : []);
const unlisted = (text: string) => text.replace(/^[-–+•]\s*/u, '');
const chained = (words: string[]) => words.every((w, i) => i === 0 || namePair(words[i - 1]!, w));

/**
 * Words that go on a name whose cell has not ended (no whole name, no full stop): they meet the
 * cell's own part on the line as a name's words do, or go on a list the name's comma left open
 * ("ban," + "ngành,"), or, where the cell has no part on the line, make the name whole. A task text's last word
 * that merely pairs with a name's ("… Công" + "số") stays, and so does one ending its sentence.
 */
function goesOn(name: string, taken: string[], here: string[]): boolean {
  if (isWholeName(name) || /[.;:]$/u.test(name) || /[.;:!?]$/u.test(taken.at(-1)!)) return false;
  // A list that goes on: the name's last word ended with its comma ("- Các sở, ban,").
  const listed = /,$/u.test(name);
  if (here.length) return listed || namePair(taken.at(-1)!, here[0]!);
  return listed || isWholeName(`${name} ${taken.join(' ')}`);
}

/**
 * A line's cells, in column order, with an agency's name words taken back from the task text
 * beside its cell. `above`: each column's parts on the row's lines above.
 */
export function withSideWords(cells: string[], columns: Column[], above: ReadonlyMap<Column, string[]>): string[] {
  const out = [...cells];
  const at = columns.indexOf('content');
  if (at < 0) return out;
  // The agency column right of the task text, past columns with nothing on the line that have no
  // text in the row (a table's empty products column) or hold a whole name (an ended cell): the
  // text's last words go on its name.
  const ended = (c: Column) => SIDE.has(c) && isWholeName(unlisted((above.get(c) ?? []).join(' ')));
  let r = at + 1;
  while (r < columns.length && !out[r] && (!above.get(columns[r]!)?.length || ended(columns[r]!))) r++;
  const right = columns[r];
  if (right && SIDE.has(right)) {
    const name = unlisted((above.get(right) ?? []).join(' '));
    const last = wordsOf(name).at(-1);
    const text = wordsOf(out[at]!);
    const here = wordsOf(out[r]!);
    for (let m = last ? Math.min(MOST, text.length) : 0; m >= 1; m--) {
      const taken = text.slice(-m);
      if (goesOn(name, taken, here) && namePair(last!, taken[0]!) && chained(taken)) {
        out[at] = text.slice(0, -m).join(' ');
        out[r] = [...taken, ...here].join(' ');
        break;
      }
    }
  }
  // The agency column left of it: the text's first words go on its name.
  const left = columns[at - 1];
  if (left && SIDE.has(left)) {
    const name = unlisted([...(above.get(left) ?? []), out[at - 1]!].filter(Boolean).join(' '));
    const last = wordsOf(name).at(-1);
    const text = wordsOf(out[at]!);
    for (let m = last ? Math.min(MOST, text.length) : 0; m >= 1; m--) {
      const taken = text.slice(0, m);
      if (goesOn(name, taken, []) && namePair(last!, taken[0]!) && chained(taken)) {
        out[at] = text.slice(m).join(' ');
        out[at - 1] = [...wordsOf(out[at - 1]!), ...taken].join(' ');
        break;
      }
    }
  }
  return out;
}
