// Where a table the OCR read cell by cell goes on read across the page (./ruled-table.ts reads
// the two ways apart). The OCR chooses its way page by page: below a page read cell by cell, the
// next may be read line by line across, every cell of a row on its lines. Two things tell it:
//  - the header printed again across the page, two columns named on one line ("Nội dung công
//    việc Đơn vị thực hiện … Đơn vị phối hợp"), where a page read cell by cell prints a header
//    cell a block;
//  - a row's number opening a line that goes on with its text ("4 Hội đồng Thi đua …", "5_ |Phối
//    hợp với …"), the next in sequence, on a line wider than the task text's lines above it: read
//    cell by cell, a number stands alone, or is lost.
import type { LayoutLine } from '../../read/layout-line.js';
import { columnsNamed, mostlyHeaderWords } from './ruled-header.js';
import { rowNumberOf } from './row-starts.js';

export interface AcrossRun {
  /** The first line of the run's header, or of the header's words left above its first row: the part read cell by cell ends here. */
  at: number;
  /** The run's first line below its header. */
  from: number;
}

/** A line read across is this much wider than the task text's lines read cell by cell. */
const WIDER = 1.1;

interface PartLines {
  from: number;
  to: number;
  first: number;
}

// Header words left above a run (a header cell's first line the furniture did not take: "Sản Cơ quan").
function top(texts: string[], part: PartLines, furniture: ReadonlySet<number>, at: number): number {
  while (at - 1 > part.from && texts[at - 1]!.trim() && !furniture.has(at - 1) && mostlyHeaderWords(texts[at - 1]!)) at--;
  return at;
}

/** The first page in lines [from, to) whose header was printed again across the page, or null. */
export function acrossHeaderIn(lines: LayoutLine[], part: PartLines, furniture: ReadonlySet<number>): AcrossRun | null {
  const texts = lines.map((l) => l.text);
  for (let i = part.from + 1; i < part.to; i++) {
    if (!furniture.has(i)) continue;
    let j = i;
    while (j < part.to && furniture.has(j)) j++;
    const across = texts.slice(i, j).some((t) => columnsNamed(t) >= 2);
    if (across && texts.slice(j, part.to).some((t) => t.trim())) return { at: top(texts, part, furniture, i), from: j };
    i = j - 1;
  }
  return null;
}

/**
 * The first line in [from, to) of a part read cell by cell that opens a row read across, by its
 * number, or null. `rowsBefore(at)`: the rows the part holds above line `at`; `textWidth`: its
 * task text's width.
 */
export function numberedRunIn(
  lines: LayoutLine[],
  part: PartLines,
  furniture: ReadonlySet<number>,
  rowsBefore: (at: number) => number,
  textWidth: number,
): AcrossRun | null {
  const texts = lines.map((l) => l.text);
  for (let i = part.from + 1; i < part.to; i++) {
    if (furniture.has(i)) continue;
    const n = rowNumberOf(texts[i]!);
    if (!n?.value || !/^\s*["“(]?\p{Lu}/u.test(n.rest) || texts[i]!.trim().length <= WIDER * textWidth) continue;
    const at = top(texts, part, furniture, i);
    if (n.value === part.first + rowsBefore(at)) return { at, from: i };
  }
  return null;
}
