// isProtected against the protection test as it was first written: whole regexps over each
// whitespace-delimited chunk (its chunk verdicts and its \s test by code unit must agree with it).
import { describe, expect, it } from 'vitest';
import { isProtected } from '../../src/restore/protect.js';

// The test as it was written with regexps.
const CODE_JOINER = /[\p{L}\p{N}][/_][\p{L}\p{N}]|\p{N}-\p{L}|\p{L}-\p{N}|\p{Lu}-\p{Lu}/u;
const URLISH = /:\/\/|^www\.|@|\.(?:vn|com|org|net|gov|edu|int)(?:\/|$|\W)/i;
function reference(text: string, start: number, end: number): boolean {
  let a = start;
  let b = end;
  while (a > 0 && !/\s/.test(text[a - 1]!)) a--;
  while (b < text.length && !/\s/.test(text[b]!)) b++;
  const chunk = text.slice(a, b);
  if (chunk.length === end - start) return false;
  if (/<\/?$/u.test(text.slice(Math.max(0, start - 2), start))) return true;
  if (URLISH.test(chunk)) return true;
  if (CODE_JOINER.test(chunk)) {
    const token = text.slice(start, end);
    return token === token.toUpperCase() || (/\p{N}|\p{Lu}.*\p{Lu}/u.test(token) && !/^\p{Ll}+\p{Nd}\p{Ll}*$/u.test(token));
  }
  return false;
}

/** Word tokens of a text: runs of letters, marks and digits (as the decoder's scanner cuts them). */
function words(text: string): [number, number][] {
  return [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => [m.index!, m.index! + m[0].length]);
}

describe('isProtected', () => {
  it('protects the code letters of document numbers, URLs and e-mail addresses, not words', () => {
    const line = 'Căn cứ Quyết định số 5347/QĐ-UBND và 09/2022/TT-BNV; Phòng/ban, vanthu@haiduong.gov.vn, https://dichvucong.gov.vn';
    const at = (word: string) => {
      const start = line.indexOf(word);
      return isProtected(line, start, start + word.length);
    };
    expect(at('QĐ')).toBe(true);
    expect(at('UBND')).toBe(true);
    expect(at('TT')).toBe(true);
    expect(at('BNV')).toBe(true);
    expect(at('Phòng')).toBe(false);
    expect(at('ban')).toBe(false);
    expect(at('vanthu')).toBe(true);
    expect(at('dichvucong')).toBe(true);
    expect(at('Quyết')).toBe(false);
  });

  it('leaves a lowercase word with a digit for its vowel, glued to a document number by a speck, to the channel', () => {
    const line = 'theo Nghi dinh s6-121/2022/ND-CP va t6-dan pho; Luat S6 45/2019/QH14, QH15-ND, 12/2020/TT-BTC';
    const at = (word: string) => {
      const start = line.indexOf(word);
      return isProtected(line, start, start + word.length);
    };
    expect(at('s6')).toBe(false);
    expect(at('t6')).toBe(false);
    expect(at('ND')).toBe(true);
    expect(at('QH15')).toBe(true);
    expect(at('BTC')).toBe(true);
  });

  it('protects the names of markup tags and placeholders, not the words between them', () => {
    const line = '<ul style="list-style-type: none"> <li>- Báo cáo kết quả.</li> </ul> địa chỉ <tenphuongxa>@bacninh.gov.vn';
    const at = (word: string, from = 0) => {
      const start = line.indexOf(word, from);
      return isProtected(line, start, start + word.length);
    };
    expect(at('ul')).toBe(true);
    expect(at('li', line.indexOf('<li>'))).toBe(true);
    expect(at('li', line.indexOf('</li>'))).toBe(true);
    expect(at('tenphuongxa')).toBe(true);
    expect(at('Báo')).toBe(false);
    expect(at('quả')).toBe(false);
  });

  it('agrees with the regexp test on hand-written and generated chunks, other scripts included', () => {
    const lines = [
      'Số: 76/NQ-CP ngày 15/7/2021 của Chính phủ',
      'ISO 9001:2015 và TCVN-ISO, mã 1PRx1, 5Ag03Cu, Đ-12, 12-Đ, a_b, x/y',
      'Nghị định số 45/2020/NĐ-CP; Kế hoạch 120/KH-UBND; TTg-KGVX; HĐND-UBND',
      'OCR: ‘quyyé‘n’ “tru’(‘)’ng” co’ 16p”. c.’flp ½-năm ²/ba ª-b',
      'Греция/АБВ-ГД, Ω-Σ, 東京/大阪, ǅ-ǅ, İ-İ, ß-ẞ, 𝐀-𝐁, ①/②',
    ];
    // Generated chunks: letters of several scripts and cases, digits, joiners and OCR marks.
    const alphabet = [...'aZđĐêẾǅİßẞΩωЖж東1٣²½/-_.‘’"@𝐀'];
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 3000; n++) {
      const length = 2 + Math.floor(next() * 7);
      let chunk = '';
      for (let i = 0; i < length; i++) chunk += alphabet[Math.floor(next() * alphabet.length)];
      lines.push(`x ${chunk} y`);
    }
    let compared = 0;
    for (const line of lines) {
      for (const [start, end] of words(line)) {
        expect(isProtected(line, start, end), `${line.slice(start, end)} in ${line}`).toBe(reference(line, start, end));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(5000);
  });

  it('answers every token of one long chunk without spaces as for the chunk alone (one scan a chunk)', () => {
    // A 150 KB run of markup or glued numbers is one chunk: each of its tokens is asked about in turn.
    const unit = '5347/QĐ-UBND,Phòng/ban,<td>vanthu@haiduong.gov.vn;';
    const line = `Căn cứ ${unit.repeat(150)} và ${unit}`;
    let compared = 0;
    for (const [start, end] of words(line)) {
      expect(isProtected(line, start, end), `${line.slice(start, end)} at ${start}`).toBe(reference(line, start, end));
      compared++;
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
