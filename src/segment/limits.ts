// What was not read as written, each with a diagnostic where it stands: numbers printed beyond
// what the output holds (knowledge/numbers.ts), so a null or missing value is accounted for, and
// lines the layout read as plain text because they passed a limit of what the parsers are given
// (nesting, line length, the size and depth of a cell's HTML).
import type { VFile } from 'vfile';
import { TOO_MANY_DIGITS } from '../knowledge/numbers.js';
import type { LayoutLine } from '../read/layout-line.js';

export function reportLimits(lines: readonly LayoutLine[], file: VFile): void {
  let last = 0;
  for (const line of lines) {
    if (line.overLimit && line.line !== last) {
      last = line.line;
      file.message(`read as plain text: ${line.overLimit}`, {
        place: { line: line.line, column: 1 },
        ruleId: 'over-limit',
        source: 'cchc-segment',
      });
    }
    for (const match of line.text.matchAll(TOO_MANY_DIGITS)) {
      file.message(
        `a number of ${match[0].length} digits is out of range: not read as a value (an article number becomes null, a metric is left out)`,
        {
          place: { line: line.line, column: match.index + 1 },
          ruleId: 'number-out-of-range',
          source: 'cchc-segment',
        },
      );
    }
  }
}
