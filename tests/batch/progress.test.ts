// Progress when not on a terminal: plain lines with counts, rate and ETA.
import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { barProgress, formatSeconds, lineProgress, ocrStatus } from '../../src/batch/progress.js';

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

describe('OCR progress per page', () => {
  it("writes a line per page OCR'd, and counts pages read back from the cache in the file's last line", () => {
    const lines: string[] = [];
    const progress = lineProgress((l) => lines.push(l), 60_000);
    progress.start(2);
    progress.page?.('scans/a.pdf', 1, 3, true);
    progress.page?.('scans/a.pdf', 2, 3, false);
    progress.page?.('scans/a.pdf', 3, 3, true);
    progress.page?.('b.png', 1, 1, false);
    expect(lines).toEqual(['scans/a.pdf: OCR page 2/3\n', 'scans/a.pdf: OCR page 3/3 (2 from the OCR cache)\n', 'b.png: OCR page 1/1\n']);
  });

  it("names on the bar the files being OCR'd and their page, the latest first to stay", () => {
    expect(ocrStatus(new Map())).toBe('');
    const pages = new Map([['archive/2023/a.pdf', { done: 3, total: 14 }]]);
    expect(ocrStatus(pages)).toBe(' | OCR a.pdf p. 3/14');
    pages.set('b.pdf', { done: 1, total: 2 });
    pages.set('c\x1b[2Jd.pdf', { done: 5, total: 50 });
    expect(ocrStatus(pages)).toBe(' | OCR b.pdf p. 1/2, c?[2Jd.pdf p. 5/50, +1 more');
  });

  it('moves the bar on as pages come and go', () => {
    let written = '';
    const stream = Object.assign(
      new Writable({
        write: (chunk, _enc, done) => {
          written += String(chunk);
          done();
        },
      }),
      { isTTY: true, columns: 200, cursorTo: () => true, clearLine: () => true, moveCursor: () => true },
    );
    const progress = barProgress(stream);
    progress.start(1);
    progress.page?.('scan.pdf', 2, 14, false);
    progress.stop();
    expect(written).toMatch(/0\/1 \| [\d.]+ docs\/s \| ETA … \| 0 failed \| OCR scan\.pdf p\. 2\/14/);
  });
});
