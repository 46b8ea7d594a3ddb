// OCR that lost every mark against text typed without them (unmarked-ocr.ts): the first is read
// with the OCR channel, the second from its letters as printed. Invented lines in the style of a
// thin-stroke scan read by an engine without Vietnamese.
import { describe, expect, it } from 'vitest';
import { restore } from '../../src/default-restorer.js';
import { loadModel } from '../../src/restore/lm/load.js';
import { lostMarksByOcr, OCR_WORDS_AT_LEAST } from '../../src/restore/unmarked-ocr.js';

const scanned = [
  'Dieu 5. Trach nhiem cua cae co quan trong hoat dong butu chink',
  '1. Bo Thong tin va Truyen thong chu tri, phoi hop voi cae bo, nganh lien quan',
  'huong dan viee giai quyet khiew nai ve dich vu butu chink cong ich;',
  'kiem tra viee thue hien quy dinh tai Nghi dinh nay va bao cao Thu tuong.',
].join('\n');

const typed = [
  'Dieu 5. Trach nhiem cua cac co quan trong hoat dong buu chinh',
  '1. Bo Thong tin va Truyen thong chu tri, phoi hop voi cac bo, nganh lien quan',
  'huong dan viec giai quyet khieu nai ve dich vu buu chinh cong ich;',
  'kiem tra viec thuc hien quy dinh tai Nghi dinh nay va bao cao Thu tuong.',
].join('\n');

describe('OCR that lost every mark', () => {
  const { lm } = loadModel();
  const knows = (lower: string) => lm.has(lower);

  it('is told from typed unaccented text by its misread words', () => {
    expect(lostMarksByOcr(scanned, knows)).toBe(true);
    expect(lostMarksByOcr(typed, knows)).toBe(false);
  });

  it('does not count words the model knows, markup and codes as misreads', () => {
    const english = `${typed}\nXem tai website cua Bo, email: vanthu@mic.gov.vn; <ul style="list-style-type: none">`;
    expect(lostMarksByOcr(english, knows)).toBe(false);
  });

  it('needs enough words to tell', () => {
    expect(lostMarksByOcr('cae butu chink khiew', knows)).toBe(false);
    expect(OCR_WORDS_AT_LEAST).toBeGreaterThan(0);
  });

  it('restores the misread words through the channel; typed text as before', () => {
    const out = restore(scanned, 'always').text;
    expect(out).toContain('bưu chính');
    expect(out).toContain('các');
    expect(out).toContain('khiếu nại');
    expect(restore(typed, 'always').text).toContain('Trách nhiệm của các cơ quan trong hoạt động bưu chính');
  });
});
