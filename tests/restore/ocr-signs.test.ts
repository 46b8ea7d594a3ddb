// The screen before correction mode (restore/ocr-signs.ts): a text that kept its marks is
// corrected only where it shows signs of OCR; clean typed text is left as `never` leaves it, without
// being decoded (restoration.skipped says so). Checked on written paragraphs, then on the shared
// texts: every near-correct OCR pair shows OCR, the clean seeds do not.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultRestorer, restore, restoreText } from '../../src/default-restorer.js';
import { ocrMarks, showsOcr } from '../../src/restore/ocr-signs.js';
import { parse } from '../../src/index.js';
import { hasShared, seedPath, sharedDir, sharedMissingNote } from '../helpers/shared.js';

// A typed paragraph: codes, acronyms with Đ, a highland place name, a list with labels, a URL.
const typed = [
  'Căn cứ Quyết định số 1234/QĐ-UBND ngày 15/3/2024 của UBND tỉnh Đắk Lắk về việc ban hành Kế hoạch',
  'cải cách hành chính giai đoạn 2024 - 2025; Nghị quyết số 12/NQ-HĐND của HĐND tỉnh;',
  '',
  'a) Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành theo dõi, đôn đốc việc thực hiện;',
  '',
  'b) Văn phòng UBND tỉnh công khai thủ tục hành chính trên Cổng TTĐT (https://daklak.gov.vn) chậm nhất ngày 30/6/2024.',
].join('\n');

// The same kind of text as a Vietnamese-aware OCR reads it off a page: a sentence broken across a
// blank line, "chi" read as "chỉ", "nước" with its case changing inside the word.
const ocred = [
  'Căn cứ Nghị định số 45/2020/NĐ-CP của Chính phủ quy định chỉ tiết một số',
  '',
  'điều của Luật Giao dịch điện tử về thủ tục hành chính trên môi trường điện tử; Căn cứ quy định',
  'về chia sẻ dữ liệu số của cơ quan Nhà nƯƠC;',
].join('\n');

describe('ocrMarks', () => {
  it('finds no sign of OCR in typed text, with its codes, acronyms, names and labels', () => {
    expect(ocrMarks(typed)).toBe(0);
    expect(showsOcr(typed)).toBe(false);
  });

  it('counts the slips an OCR makes and typing hardly does', () => {
    const signs = [
      'thu tiền thuê\n\nđất hằng năm', // a sentence broken across a blank line
      'KẾ HOẠCH SẲẢN XUẤT', // a marked token that spells no syllable
      'cơ quan Nhà nƯƠC', // case changing inside a syllable
      'ngày 12 tháng11 năm 2024', // a marked syllable glued to a number
      'Phòng ÐVBQ', // Ð, not Đ
      'Nơi nhận:\n~ Lưu: VT.', // a dash read as a tilde
      'b) Kiểm tra;\n©) Có ý kiến', // a list label's c read as ©
    ];
    for (const sign of signs) expect(ocrMarks(sign), sign).toBe(1);
    expect(showsOcr(signs.join('\n'))).toBe(true);
  });

  it('takes a list label read as ¢ or © for a sign, not the sign printed as itself', () => {
    expect(ocrMarks('a) Rà soát; ¢) Kiểm tra; ©) Báo cáo')).toBe(2);
    expect(ocrMarks('Bản quyền © 2024 (©) thuộc Cổng TTĐT; giá 5¢)')).toBe(0);
  });

  it('does not take a list label or a page number before a blank line for a broken sentence', () => {
    expect(ocrMarks('Các nhiệm vụ sau\n\na) rà soát thủ tục')).toBe(0);
    expect(ocrMarks('chất lượng dịch vụ công và\n\nhiệu quả quản lý')).toBe(1);
    expect(ocrMarks('chất lượng dịch vụ công\n\n12\n\nhiệu quả quản lý')).toBe(0);
  });
});

describe('auto mode on text that kept its marks', () => {
  it('leaves typed text as never does, not decoded, and says why', () => {
    const result = restore(typed, 'auto');
    expect(result.text).toBe(typed);
    expect(result.restoration).toEqual({
      mode: 'auto',
      applied: false,
      skipped: 'no-ocr-evidence',
      diacriticShare: result.restoration.diacriticShare,
      changes: [],
    });
    expect(result.restoration.scope).toBeUndefined();
    expect(restoreText(typed)).toBe(typed);
  });

  it('still corrects near-correct OCR word by word', () => {
    const result = restore(ocred, 'auto');
    expect(result.restoration).toMatchObject({ applied: true, scope: 'words' });
    expect(result.restoration.skipped).toBeUndefined();
    expect(result.text).toContain('quy định chi tiết');
    expect(result.text).toContain('Nhà nước');
    expect(result.restoration.changes).toContainEqual(expect.objectContaining({ line: 1, original: 'chỉ', restored: 'chi' }));
    expect(restoreText(ocred)).toBe(result.text);
  });

  it('corrects a text the caller says an OCR read, signs or none (a scan read by cchc)', () => {
    const printed = 'Căn cứ Nghị định số 45/2020/NĐ-CP của Chính phủ quy định chỉ tiết một số điều của Luật Giao dịch điện tử.';
    expect(restore(printed, 'auto').restoration.skipped).toBe('no-ocr-evidence');
    const read = defaultRestorer().restore(printed, { mode: 'auto', readByOcr: true });
    expect(read.restoration.scope).toBe('words');
    expect(read.text).toContain('quy định chi tiết');
  });

  it('says in the parsed document that a clean plan was not corrected', () => {
    const doc = parse(readFileSync(new URL('../../fixtures/clean-plan.txt', import.meta.url), 'utf8'), { path: 'plan.txt' });
    expect(doc.restoration).toMatchObject({ mode: 'auto', applied: false, skipped: 'no-ocr-evidence', changes: [] });
  });
});

describe('the screen on the shared texts', () => {
  if (!hasShared) console.warn(sharedMissingNote('OCR evidence on ocr-pairs and seeds'));

  it.skipIf(!hasShared)('finds OCR in every near-correct pair (tesseract -l vie) and none in the clean seeds 001 and 002', () => {
    const dir = join(sharedDir, 'ocr-pairs');
    const pairs = readdirSync(dir).filter((f) => f.endsWith('.vie.txt'));
    expect(pairs.length).toBeGreaterThan(30);
    const missed = pairs.filter((f) => !showsOcr(readFileSync(join(dir, f), 'utf8').normalize('NFC')));
    expect(missed).toEqual([]);
    for (const seed of ['001', '002']) expect(showsOcr(readFileSync(seedPath(seed), 'utf8').normalize('NFC')), seed).toBe(false);
  });
});
