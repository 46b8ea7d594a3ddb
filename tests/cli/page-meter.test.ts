// `cchc parse` on a scan, on a terminal: one line rewritten per OCR'd page and wiped at the end;
// off a terminal, nothing (standard error carries diagnostics alone).
import { describe, expect, it } from 'vitest';
import { pageMeter } from '../../src/cli/page-meter.js';

describe('the OCR page meter of cchc parse', () => {
  it('rewrites one terminal line per page, then wipes it', () => {
    let err = '';
    const meter = pageMeter((t) => void (err += t), true);
    const onPage = meter.onPage('scans/plan\x07.pdf');
    onPage(1, 2, false);
    onPage(2, 2, true);
    meter.clear();
    expect(err).toBe('\r\x1b[Kscans/plan\\x07.pdf: OCR page 1/2\r\x1b[Kscans/plan\\x07.pdf: OCR page 2/2 (from the OCR cache)\r\x1b[K');
  });

  it("writes nothing off a terminal, nor for a file that was not OCR'd", () => {
    let err = '';
    const off = pageMeter((t) => void (err += t), false);
    off.onPage('scan.pdf')(1, 1, false);
    off.clear();
    const on = pageMeter((t) => void (err += t), true);
    on.clear();
    expect(err).toBe('');
  });
});
