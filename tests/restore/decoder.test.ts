// The decoder on sentences written for these tests in the style of the seeds:
// unaccented, OCR-like, already correct, and mixed with numbers and codes.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { restore } from '../../src/default-restorer.js';
import { hasShared, seedPath, sharedMissingNote } from '../helpers/shared.js';

const always = (text: string) => restore(text, 'always');

describe('restore (always)', () => {
  it('restores a common unaccented sentence', () => {
    expect(always('Uy ban nhan dan tinh ban hanh ke hoach cai cach hanh chinh nam 2023').text).toBe(
      'Ủy ban nhân dân tỉnh ban hành kế hoạch cải cách hành chính năm 2023',
    );
  });

  it('restores unaccented prose nearly word for word', () => {
    const gold = [
      'Các sở, ban, ngành tổ chức triển khai thực hiện các nhiệm vụ được giao.',
      'Nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức.',
      'Đẩy mạnh ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước.',
      'Kiểm tra, đôn đốc việc thực hiện thủ tục hành chính tại các đơn vị.',
    ].join('\n');
    const stripped = gold.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
    const out = always(stripped).text.split(/\s+/);
    const want = gold.split(/\s+/);
    const wrong = want.filter((w, i) => out[i] !== w).length;
    expect(out).toHaveLength(want.length);
    expect(wrong / want.length).toBeLessThanOrEqual(0.05);
  });

  it('keeps ALL CAPS headings in capitals', () => {
    expect(always('KE HOACH CAI CACH HANH CHINH').text).toBe('KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH');
  });

  it('undoes swapped diacritics of OCR (é for ế)', () => {
    expect(always('Ké hoach cai cach hanh chinh nhà nuóc').text).toBe('Kế hoạch cải cách hành chính nhà nước');
  });

  it('leaves correct text byte-identical', () => {
    const text = [
      'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2023.',
      '',
      'Điều 2. Quyết định có hiệu lực kể từ ngày ký; Chánh Văn phòng Ủy ban nhân dân tỉnh,',
      'Giám đốc các sở, Thủ trưởng các ban, ngành chịu trách nhiệm thi hành Quyết định này./.',
    ].join('\n');
    const result = always(text);
    expect(result.text).toBe(text);
    expect(result.restoration.changes).toEqual([]);
  });

  it("keeps mixed-case codes and part names as printed, in correct and in OCR'd text", () => {
    for (const text of [
      'Cáp tín hiệu loại 1PRx1.5mm2, hợp kim Sn96.5Ag03Cu.5 và mẫu 2B',
      'Cap tin hieu loai 1PRx1.5mm2, hop kim Sn96.5Ag03Cu.5 va mau 2B',
    ]) {
      const result = always(text);
      for (const kept of ['1PRx1', 'Ag03Cu', '2B']) expect(result.text).toContain(kept);
      expect(result.restoration.changes.filter((c) => /\d/.test(c.original))).toEqual([]);
    }
  });

  it('reads a sentence on across the blank lines of double-spaced OCR when the next line goes on in lowercase', () => {
    // A Vietnamese-aware OCR that puts a blank line after every line: "đã chỉ" / "" / "đạo …"
    // is one sentence, and its last word before the gap must not be read as a sentence end ("chi").
    const text = [
      'Chủ tịch Ủy ban nhân dân tỉnh đã chỉ',
      '',
      'đạo các cơ quan, đơn vị khẩn trương hoàn thành việc cập nhật cơ sở dữ liệu cán bộ, công chức.',
      '',
      'Các sở, ban, ngành triển khai thực hiện.',
    ].join('\n');
    expect(always(text).text).toBe(text);
    expect(always(text.replace(/\n\n/g, '\n\n\n')).text).toBe(text.replace(/\n\n/g, '\n\n\n'));
  });

  it('keeps numbers, document numbers, dates, codes and URLs intact', () => {
    const text =
      'Can cu Quyet dinh so 5347/QĐ-UBND ngay 24/12/2021 va Nghi quyet so 76/NQ-CP, Chi thi 23/CT-TTg; ' +
      'nang cao chi so cai cach hanh chinh PAR INDEX, trung tam IOC, ISO 9001:2015, xem https://dichvucong.gov.vn/p/home hoac vanthu@haiduong.gov.vn';
    const out = always(text).text;
    for (const kept of [
      '5347/QĐ-UBND',
      '24/12/2021',
      '76/NQ-CP',
      '23/CT-TTg',
      'PAR INDEX',
      'IOC',
      'ISO 9001:2015',
      'https://dichvucong.gov.vn/p/home',
      'vanthu@haiduong.gov.vn',
    ]) {
      expect(out).toContain(kept);
    }
    expect(out).toMatch(/^Căn cứ Quyết định số 5347/);
  });

  it('gives document-number codes back their Đ (ND, QD; P read for Đ)', () => {
    expect(always('So: 5347/QP-UBND ngay 24/12/2021; Nghi dinh so 20/2008/ND-CP').text).toBe(
      'Số: 5347/QĐ-UBND ngày 24/12/2021; Nghị định số 20/2008/NĐ-CP',
    );
    expect(always('Nghi quyet cua HDND tinh').text).toBe('Nghị quyết của HĐND tỉnh');
  });

  it('keeps the lines and records each change at its place in the input', () => {
    const input = 'QUYET DINH\nVe viec ban hanh ke hoach\n\ncai cach hanh chinh nam 2023\n';
    const result = always(input);
    expect(result.text.split('\n')).toHaveLength(input.split('\n').length);
    expect(result.restoration.changes.length).toBeGreaterThan(5);
    const lines = input.split('\n');
    for (const c of result.restoration.changes) {
      expect(lines[c.line - 1]!.slice(c.column - 1)).toMatch(new RegExp(`^${c.original}`));
      expect(c.confidence).toBeGreaterThan(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('restore (auto)', () => {
  it('leaves clean text that carries its diacritics as it is, byte for byte', () => {
    const text = 'Ủy ban nhân dân tỉnh Thanh Hoá ban hành kế hoạch cải cách hành chính năm 2023 với các nhiệm vụ trọng tâm.';
    const result = restore(text, 'auto');
    // No sign of OCR (ocr-evidence.ts): not corrected, as never leaves it.
    expect(result.restoration).toMatchObject({ applied: false, skipped: 'no-ocr-evidence' });
    expect(result.restoration.changes).toEqual([]);
    expect(result.text).toBe(text);
  });

  it('corrects only the words with strong evidence in text that kept its marks (a Vietnamese-aware OCR)', () => {
    const text =
      'Căn cứ Nghị định số 45/2020/NĐ-CP của Chính phủ quy định chỉ tiết một số điều của Luật;\nCăn cứ quy định về chia sẻ dữ liệu số của cơ quan Nhà nƯƠC;\nNâng cao vị thế của tỉnh Thanh Hoá;';
    const result = restore(text, 'auto');
    expect(result.restoration.scope).toBe('words');
    expect(result.text).toContain('quy định chi tiết');
    expect(result.text).toContain('Nhà nước');
    // A plausible word stays, and so does a tone mark placed in the older style.
    expect(result.text).toContain('vị thế của tỉnh Thanh Hoá');
    expect(result.text.split('\n')).toHaveLength(3);
    for (const c of result.restoration.changes)
      expect(text.split('\n')[c.line - 1]!.slice(c.column - 1)).toMatch(new RegExp(`^${c.original}`));
  });

  it('restores unaccented text', () => {
    const result = restore('Uy ban nhan dan tinh ban hanh ke hoach cai cach hanh chinh', 'auto');
    expect(result.restoration.applied).toBe(true);
    expect(result.restoration.diacriticShare).toBeLessThan(0.5);
    expect(result.text).toContain('Ủy ban nhân dân tỉnh');
  });

  it("logs the clean-up's and the decoder's changes together by line and column", () => {
    const text = '~ Can cu Luat To chuc chinh quyen, nhi€ém vu Quy 11, 111 va cac S& ban nganh\nd) Thuc hien\nd) Bao cao nhiém vu';
    const { changes } = restore(text, 'always').restoration;
    expect(changes.length).toBeGreaterThan(10);
    const cleanup = changes.filter((c) => c.confidence === 1 && /^[~€&1]|^d$/.test(c.original));
    expect(cleanup.map((c) => c.original)).toEqual(['~ ', '€', '11', '111', '&', 'd']);
    for (let i = 1; i < changes.length; i++) {
      const [a, b] = [changes[i - 1]!, changes[i]!];
      expect(a.line < b.line || (a.line === b.line && a.column <= b.column), `${a.original} before ${b.original}`).toBe(true);
    }
  });

  it('splits a syllable fused with its number and says what the word was', () => {
    const result = restore('Ha Noi, ngay 24 thang12 nam 2022', 'auto');
    expect(result.text).toBe('Hà Nội, ngày 24 tháng 12 năm 2022');
    expect(result.restoration.changes).toContainEqual(
      expect.objectContaining({ line: 1, column: 17, original: 'thang12', restored: 'thang 12' }),
    );
    expect(result.restoration.changes).toContainEqual(
      expect.objectContaining({ line: 1, column: 17, original: 'thang', restored: 'tháng' }),
    );
  });

  it('never restores in mode never', () => {
    const text = 'Uy ban nhan dan tinh';
    expect(restore(text, 'never').text).toBe(text);
  });
});

describe('restore on the seeds (auto)', () => {
  if (!hasShared) console.warn(sharedMissingNote('seed auto-restore checks'));
  it.skipIf(!hasShared)("leaves the clean seeds 001 and 002 alone and restores the OCR'd 000, 003 and 004", () => {
    for (const seed of ['001', '002']) {
      const text = readFileSync(seedPath(seed), 'utf8');
      const result = restore(text, 'auto');
      expect(result.restoration, seed).toMatchObject({ applied: false, skipped: 'no-ocr-evidence', changes: [] });
      expect(result.text).toBe(text);
    }
    for (const seed of ['000', '003', '004']) {
      const text = readFileSync(seedPath(seed), 'utf8');
      const result = restore(text, 'auto');
      expect(result.restoration.applied, seed).toBe(true);
      expect(result.text.split('\n')).toHaveLength(text.split('\n').length);
      expect(result.restoration.changes.length, seed).toBeGreaterThan(100);
    }
  });
});
