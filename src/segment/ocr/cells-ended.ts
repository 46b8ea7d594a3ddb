// Where a ruled table's wide cells end, from the line that ends them: text wraps only where its
// cell is full, so a line on which the task text stops short ends that cell, and the line below
// it opens a row when it opens a cell (./ruled-table.ts findRows).

/** A sentence's end, then a side cell's one to three words. */
const SENTENCE_THEN_SIDE = /^(?<sentence>.*\p{L}[.;])\s+\S+(?:\s+\S+){0,2}$/u;
/** A line this much shorter than the usual holds a narrow column's words only. */
const SHORT_LINE = 0.5;
/** A sentence that ends this far into the usual line, or less, ends its cell. */
const ENDED_SHORT = 0.75;

/**
 * Does this line end its row's widest cells? It ends a sentence; or it is short (only a narrow
 * column's words left on it); or a sentence ends well short of the usual line, the words after
 * it a side cell's ("… thực chất, hiệu quả; quản"). `usual`: the table's usual line length.
 */
export function cellsEnded(line: string, usual: number): boolean {
  const text = line.trim();
  if (/[.;)]$/u.test(text)) return true;
  if (text.length < SHORT_LINE * usual) return true;
  const ended = text.match(SENTENCE_THEN_SIDE);
  return ended !== null && ended.groups!.sentence!.length < ENDED_SHORT * usual;
}

/** The lines' usual length (their median), blank lines left out. */
export function usualLength(lines: readonly string[]): number {
  const lengths = lines
    .map((l) => l.trim().length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length / 2)] ?? 0;
}
