// Rows of a table without borders whose cells may sit in the middle of their rows (Word's and
// PDF tables' vertical centring): the row number is then a row's middle line, not its first, and
// a cell's lines stand above it as well as below. Each row has an anchor line (its number's); in
// every column, lines close together (one free line at most between them: the lines of a centred
// cell interleave with the next column's) make a block. A block around one anchor, or nearest one,
// is that row's. A block over several anchors (the row's tallest cell running into the next row's)
// is cut between them: after a line free in every column, else past the other columns' blocks of
// the row above, where a sentence ends and
// the next line starts a new one, nearest where centring puts the row's end (a cell that starts
// as far above the anchor as it ends below), or, for a cell at the row's top, at the next row's top.
// Lines are counted in one unit (a text line, or a visual line of a page).

export interface Fragment {
  line: number;
  /** 1 and up: the number column is the anchors'. */
  column: number;
  text: string;
}

/** Column lines this far apart or less are one block (a centred neighbour's line between them). */
const BLOCK_GAP = 3;
/** A cell's line that ends a sentence or an item, and one that starts the next. */
const ENDS = /[.;:!?…]$/u;
const STARTS = /^(?:[-+•–]|\p{Lu}|\d)/u;

interface Block {
  column: number;
  parts: Fragment[];
  start: number;
  end: number;
}

/** The fragments of each anchor's row, in the anchors' order (anchors: line indexes, ascending). */
export function rowsAroundAnchors(fragments: Fragment[], anchors: number[]): Fragment[][] {
  const rows: Fragment[][] = anchors.map(() => []);
  if (!anchors.length) return rows;
  const blocks = blocksOf(fragments);
  const filled = new Set([...fragments.map((f) => f.line), ...anchors]);
  const owners = blocks.map((b) => anchorsWithin(b, anchors));
  // Rows' extents from the blocks that are one row's: where the row above ends, the row below starts.
  const ends = anchors.slice();
  const starts = anchors.slice();
  blocks.forEach((block, i) => {
    if (owners[i]!.length > 1) return;
    const k = owners[i]![0] ?? nearest(block, anchors);
    ends[k] = Math.max(ends[k]!, block.end);
    starts[k] = Math.min(starts[k]!, block.start);
    rows[k]!.push(...block.parts);
  });
  blocks.forEach((block, i) => {
    const within = owners[i]!;
    if (within.length <= 1) return;
    let parts = block.parts;
    for (let j = 0; j + 1 < within.length; j++) {
      const k = within[j]!;
      const cut = cutBetween(parts, anchors[k]!, ends[k]!, starts[within[j + 1]!]!, anchors[within[j + 1]!]!, filled);
      rows[k]!.push(...parts.filter((p) => p.line < cut));
      parts = parts.filter((p) => p.line >= cut);
    }
    rows[within[within.length - 1]!]!.push(...parts);
  });
  return rows.map((r) => r.sort((a, b) => a.line - b.line || a.column - b.column));
}

function blocksOf(fragments: Fragment[]): Block[] {
  const byColumn = new Map<number, Fragment[]>();
  for (const f of fragments) byColumn.set(f.column, [...(byColumn.get(f.column) ?? []), f]);
  const blocks: Block[] = [];
  for (const [column, list] of byColumn) {
    let current: Block | null = null;
    for (const f of list.sort((a, b) => a.line - b.line)) {
      if (current && f.line - current.end <= BLOCK_GAP) {
        current.parts.push(f);
        current.end = f.line;
      } else {
        current = { column, parts: [f], start: f.line, end: f.line };
        blocks.push(current);
      }
    }
  }
  return blocks;
}

/** The anchors a block reaches over (its first line to its last, one line's slack above and below). */
function anchorsWithin(block: Block, anchors: number[]): number[] {
  const out: number[] = [];
  anchors.forEach((a, k) => {
    if (a >= block.start - 1 && a <= block.end + 1) out.push(k);
  });
  return out;
}

/** The anchor nearest the block; between two equally near, the one above (a cell at its row's top). */
function nearest(block: Block, anchors: number[]): number {
  let best = 0;
  let distance = Infinity;
  anchors.forEach((a, k) => {
    const d = a < block.start ? block.start - a : a > block.end ? a - block.end : 0;
    if (d < distance) {
      best = k;
      distance = d;
    }
  });
  return best;
}

/**
 * The first line of the lower row in a block over two anchors: within the window between the
 * upper row's other cells' end and the lower row's other cells' start.
 */
function cutBetween(parts: Fragment[], upper: number, upperEnd: number, lowerStart: number, lower: number, filled: Set<number>): number {
  const lo = Math.min(upperEnd + 1, lower);
  const hi = Math.max(lo, Math.min(lowerStart, lower));
  const first = parts.find((p) => p.line <= upper) ?? parts[0]!;
  // Centred: the cell starts above its anchor and ends as far below it.
  const estimate = first.line < upper - 1 ? 2 * upper - first.line + 1 : hi;
  // A line free in every column between the two rows is where they part.
  const afterBlank = parts.find((p) => p.line > upper && p.line <= lower && !filled.has(p.line - 1));
  if (afterBlank) return afterBlank.line;
  const candidates = parts.filter((p, i) => i > 0 && p.line >= lo && p.line <= hi && STARTS.test(p.text) && ENDS.test(parts[i - 1]!.text));
  if (candidates.length) {
    return candidates.reduce((best, p) => (Math.abs(p.line - estimate) < Math.abs(best.line - estimate) ? p : best)).line;
  }
  return Math.max(lo, Math.min(hi, estimate));
}
