// Plain or OCR'd text → layout lines.
import type { LayoutLine } from './layout.js';
import { splitTabRow, tabRowOverLimit } from './tab-row.js';

export function textLayout(text: string): LayoutLine[] {
  return text.split(/\r?\n/).map((raw, index) => {
    const tabLed = raw.startsWith('\t');
    const body = raw.replace(/\u00a0/g, ' ');
    const line: LayoutLine = { line: index + 1, text: body.trim(), tabLed, emphasis: false };
    // A line with several tab-separated cells that does not start with a tab is a whole table row.
    if (!tabLed && (body.match(/\t/g)?.length ?? 0) >= 2) {
      line.cells = splitTabRow(body);
      const overLimit = tabRowOverLimit(body);
      if (overLimit) line.overLimit = overLimit;
    }
    return line;
  });
}
