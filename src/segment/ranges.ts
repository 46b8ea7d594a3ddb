// Numbers printed beyond what the output holds (schema/numbers.ts) are not read; each gets a
// diagnostic where it stands, so that the null or missing value is accounted for.
import type { VFile } from 'vfile';
import { TOO_MANY_DIGITS } from '../schema/numbers.js';
import type { LayoutLine } from './layout.js';

export function reportOutOfRange(lines: readonly LayoutLine[], file: VFile): void {
  for (const line of lines) {
    for (const match of line.text.matchAll(TOO_MANY_DIGITS)) {
      file.message(`a number of ${match[0].length} digits is out of range: not read as a value (an article number becomes null, a metric is left out)`, {
        place: { line: line.line, column: match.index + 1 },
        ruleId: 'number-out-of-range',
        source: 'cchc-segment',
      });
    }
  }
}
