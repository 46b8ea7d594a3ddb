// Progress when not on a terminal: plain lines with counts, rate and ETA.
import { describe, expect, it } from 'vitest';
import { formatSeconds, lineProgress } from '../../src/batch/progress.js';

describe('batch progress lines', () => {
  it('prints done/total, failures, a rate and an ETA', () => {
    const lines: string[] = [];
    const progress = lineProgress((l) => lines.push(l), 0);
    progress.start(4);
    progress.tick({ file: 'a.txt', status: 'converted' });
    progress.tick({ file: 'b.pdf', status: 'failed', reason: 'a PDF file (needs OCR first)' });
    progress.stop();
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^2\/4 done \(50%\), 1 failed, [\d.]+ docs\/s, ETA \S+\n$/);
  });

  it('writes durations for people', () => {
    expect(formatSeconds(42)).toBe('42s');
    expect(formatSeconds(125)).toBe('2m05s');
    expect(formatSeconds(3 * 3600 + 7 * 60)).toBe('3h07m');
  });
});
