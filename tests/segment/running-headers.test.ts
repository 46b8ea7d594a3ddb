// Running page headers are told by their repetition, whatever their words (a gazette's, a ministry's).
import { describe, expect, it } from 'vitest';
import { isRunningHeader, runningHeaders } from '../../src/segment/readers/running-headers.js';
import { looksOcrd } from '../../src/segment/ocr/evidence.js';
import type { LayoutLine } from '../../src/read/layout-line.js';

const lines = (texts: string[]): LayoutLine[] => texts.map((text, i) => ({ line: i + 1, text, tabLed: false, emphasis: false }));

describe('running headers', () => {
  const doc = lines([
    'BỘ TÀI CHÍNH - Bản tin số 12/2026 - Trang 3',
    '(1) Bộ Công an',
    'Quý IV/2026',
    'BỘ TÀI CHÍNH - Bản tin số 12/2026 - Trang 4',
    '(1) Bộ Công an',
    'Quý IV/2026',
    'BỘ TÀI CHÍNH - Bản tin số 12/2026 - Trang 5',
    '(1) Bộ Công an',
    'Quý IV/2026',
  ]);
  const headers = runningHeaders(doc);

  it('finds a line printed on every page, the same but for its numbers', () => {
    expect(isRunningHeader('BỘ TÀI CHÍNH - Bản tin số 12/2026 - Trang 17', headers)).toBe(true);
  });

  it('leaves repeated cells alone: one number, or too short to name a page', () => {
    expect(isRunningHeader('(1) Bộ Công an', headers)).toBe(false);
    expect(isRunningHeader('Quý IV/2026', headers)).toBe(false);
  });
});

describe('OCR evidence', () => {
  it('takes stray marks for an OCR, typed rules and pipe rows not', () => {
    expect(looksOcrd(lines(['Sở Nội vụ | Quý IV/2022 ~ báo cáo', 'Xây dựng ‘ kế hoạch | UBND tỉnh']))).toBe(true);
    expect(looksOcrd(lines(['____________', 'Số: 12/KH-UBND', '| STT | Nội dung |', '| 1 | Xây dựng kế hoạch |']))).toBe(false);
  });
});
