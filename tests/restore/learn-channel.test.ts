// The channel learner as the leave-one-source-out bench uses it: counts come from the sources given
// (a group left out leaves no trace), the same sources give the same bytes, and the page wrapper of
// scripts/make-scan-pages.ts prints every word once, within the line length.
import { describe, expect, it } from 'vitest';
import { learnChannel, type Source } from '../../scripts/learn-channel.js';
import { wrap } from '../../scripts/make-scan-pages.js';

// Made-up sentences in the plans' register, OCR'd by hand the way tesseract's English model reads them.
const gold = 'Công việc của Sở Nội vụ trong năm 2024.\nKết quả của công tác cải cách hành chính.';
const engOcr = 'C6ng viéc ctia S& Noi vu trong nam 2024.\nKét qua ctia c6ng tac cai cach hanh chinh.';
const vieOcr = 'Công việc cúa Sở Nội vụ trong năm 2024.\nKết quả cúa công tác cải cách hành chính.';

const source = (name: string, group: string, profile: Source['profile'], ocr: string, weight = 1): Source => ({
  name,
  group,
  profile,
  ocr,
  gold,
  weight,
});

describe('learnChannel', () => {
  const sources = [
    source('a.eng', 'scan-blur', 'heavy', engOcr),
    source('a.vie', 'scan-blur', 'light', vieOcr),
    source('b.eng', 'scan-thin', 'heavy', engOcr, 0.5),
  ];

  it('counts what each profile saw, weighted', () => {
    const { file, heavy, light } = learnChannel(sources);
    expect(heavy).toBeGreaterThan(20);
    expect(light).toBeGreaterThan(10);
    // "ctia" twice in each of two heavy pages (weights 1 and 0.5) → của, 3 in all
    expect(file.profiles.heavy.tokens.ctia).toEqual({ của: 3 });
    expect(file.profiles.light.tokens['cúa']).toEqual({ của: 2 });
    expect(file.profiles.light.tokens.ctia).toBeUndefined();
    expect(file.note).toContain('scan-blur, scan-thin');
  });

  it('leaves no trace of a group left out, and gives the same bytes for the same sources', () => {
    const without = learnChannel(sources.filter((s) => s.group !== 'scan-thin')).file;
    expect(without.profiles.heavy.tokens.ctia).toEqual({ của: 2 });
    expect(JSON.stringify(learnChannel([...sources]).file)).toBe(JSON.stringify(learnChannel(sources).file));
  });
});

describe('wrap (scan pages)', () => {
  it('breaks at spaces within the width and keeps every word in order', () => {
    const text = 'Điều 1. Phê duyệt Kế hoạch cải cách hành chính năm 2024 của Ủy ban nhân dân tỉnh.\nĐiều 2. Tổ chức thực hiện.';
    const lines = wrap(text, 24);
    expect(lines.every((l) => l.length <= 24)).toBe(true);
    expect(lines.join(' ').split(' ')).toEqual(text.split(/\s+/));
    expect(lines).toContain('Điều 2. Tổ chức thực');
  });
  it('puts a word longer than the width on a line of its own', () => {
    expect(wrap('a https://example.org/very/long/path b', 10)).toEqual(['a', 'https://example.org/very/long/path', 'b']);
  });
});
