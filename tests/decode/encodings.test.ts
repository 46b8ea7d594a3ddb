// Round trips: Vietnamese text we wrote, encoded into each encoding, must be
// recognised and decoded back to the same NFC text.
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, DecodeError, encodeLegacy, LEGACY_ENCODINGS } from '../../src/decode/index.js';
import { fixturePath } from '../helpers/shared.js';

const decision = readFileSync(fixturePath('encodings/decision.txt'), 'utf8');
const short =
  'Ủy ban nhân dân tỉnh ban hành Kế hoạch cải cách hành chính năm 2024; các cơ quan, đơn vị có trách nhiệm thực hiện.\nĐỘC LẬP - TỰ DO - HẠNH PHÚC\n';

/** Windows reads bytes 0x81, 0x8D … (undefined in 1252) as U+0081 …; iconv-lite gives U+FFFD. */
const asWindows1252 = (bytes: Buffer) =>
  [...bytes]
    .map((b) => {
      const c = iconv.decode(Buffer.from([b]), 'windows-1252');
      return c === '\uFFFD' ? String.fromCharCode(b) : c;
    })
    .join('');

describe('decode: Unicode encodings', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decode(Buffer.from(decision, 'utf8'))).toMatchObject({ text: decision, encoding: 'utf-8' });
    expect(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(decision)]))).toMatchObject({
      text: decision,
      encoding: 'utf-8',
    });
  });

  it('converts decomposed (NFD) text to NFC', () => {
    expect(decode(Buffer.from(short.normalize('NFD'), 'utf8')).text).toBe(short.normalize('NFC'));
  });

  it('reads UTF-16 LE and BE, with a BOM and without one (by the NUL pattern)', () => {
    const le = Buffer.from(decision, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decode(le)).toMatchObject({ text: decision, encoding: 'utf-16le' });
    expect(decode(be)).toMatchObject({ text: decision, encoding: 'utf-16be' });
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toMatchObject({ text: decision, encoding: 'utf-16le' });
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toMatchObject({ text: decision, encoding: 'utf-16be' });
  });
});

describe('decode: legacy Vietnamese encodings by byte statistics', () => {
  for (const encoding of LEGACY_ENCODINGS) {
    it(`recognises and decodes ${encoding}`, () => {
      const bytes = encodeLegacy(decision, encoding);
      expect(bytes.equals(Buffer.from(decision, 'utf8'))).toBe(false);
      const decoded = decode(bytes);
      expect(decoded.encoding).toBe(encoding);
      expect(decoded.text).toBe(decision.normalize('NFC'));
      expect(decoded.messages).toEqual([]);
    });

    it(`recognises ${encoding} in a short text of two lines`, () => {
      expect(decode(encodeLegacy(short, encoding))).toMatchObject({ encoding, text: short });
    });
  }

  it('decodes VNI letters as base + mark pairs, not byte by byte', () => {
    const bytes = encodeLegacy('ấp ằm ợ Ữ', 'vni');
    expect(bytes.toString('latin1')).toBe('aáp aèm ôï ÖÕ');
    expect(decode(bytes, { encoding: 'vni' }).text).toBe('ấp ằm ợ Ữ');
  });

  it('lets --encoding override detection', () => {
    const bytes = encodeLegacy(short, 'tcvn3');
    expect(decode(bytes, { encoding: 'tcvn' })).toMatchObject({ encoding: 'tcvn3', text: short });
    expect(decode(bytes, { encoding: 'windows-1252' }).encoding).toBe('windows-1252');
    expect(() => decode(bytes, { encoding: 'klingon-8' })).toThrow(/unknown encoding "klingon-8"/);
  });
});

describe('decode: text mis-decoded once is repaired', () => {
  it('repairs TCVN3 bytes read as Windows-1252 ("Céng hßa X· héi")', () => {
    const garbled = asWindows1252(encodeLegacy(decision, 'tcvn3'));
    expect(asWindows1252(encodeLegacy('Cộng hòa Xã hội', 'tcvn3'))).toBe('Céng hßa X· héi');
    const decoded = decode(Buffer.from(garbled, 'utf8'));
    expect(decoded.encoding).toBe('tcvn3 (repaired from windows-1252)');
    expect(decoded.text).toBe(decision);
    expect(decoded.messages[0]).toMatchObject({ ruleId: 'repaired', severity: 'info' });
  });

  it('repairs the one line of the brief', () => {
    expect(decode(Buffer.from('Céng hßa X· héi chñ nghÜa ViÖt Nam', 'utf8'))).toMatchObject({
      encoding: 'tcvn3 (repaired from windows-1252)',
      text: 'Cộng hòa Xã hội chủ nghĩa Việt Nam',
    });
  });

  it('repairs VNI bytes and UTF-8 bytes read as Windows-1252', () => {
    const vni = decode(Buffer.from(asWindows1252(encodeLegacy(decision, 'vni')), 'utf8'));
    expect(vni).toMatchObject({ encoding: 'vni (repaired from windows-1252)', text: decision });
    const utf8 = decode(Buffer.from(asWindows1252(Buffer.from(decision, 'utf8')), 'utf8'));
    expect(utf8).toMatchObject({ encoding: 'utf-8 (repaired from windows-1252)', text: decision });
  });

  it('leaves correct text and French-looking Latin-1 text alone', () => {
    expect(decode(Buffer.from(decision, 'utf8')).encoding).toBe('utf-8');
    const french = 'Le comité a décidé: à partir de février, l’équipe élabore un système complété.\n'.repeat(3);
    expect(decode(Buffer.from(french, 'utf8'))).toMatchObject({ encoding: 'utf-8', text: french });
  });
});

describe('decode: damaged input', () => {
  it('reads a UTF-8 file cut in the middle of a character, with a warning', () => {
    const bytes = Buffer.from(short.trim(), 'utf8');
    const cut = bytes.subarray(0, bytes.length - 1); // ends on ASCII: nothing to report
    const cutInLetter = Buffer.concat([Buffer.from('Sở Nội vụ chủ trì thực hiện', 'utf8'), Buffer.from([0xe1, 0xbb])]);
    expect(decode(cut).messages).toEqual([]);
    const decoded = decode(cutInLetter);
    expect(decoded).toMatchObject({ encoding: 'utf-8', text: 'Sở Nội vụ chủ trì thực hiện' });
    expect(decoded.messages[0]).toMatchObject({ ruleId: 'truncated', severity: 'warning' });
  });

  it('decodes a file mixing UTF-8 lines and TCVN3 lines, naming the lines', () => {
    const bytes = Buffer.concat([Buffer.from(short, 'utf8'), encodeLegacy(short, 'tcvn3'), Buffer.from(short, 'utf8')]);
    const decoded = decode(bytes);
    expect(decoded.encoding).toBe('mixed (utf-8 + tcvn3)');
    expect(decoded.text).toBe(short + short + short);
    expect(decoded.messages[0]!.reason).toMatch(/2 line\(s\) were not UTF-8 and were decoded as tcvn3 \(lines 3–4\)/);
  });

  it('reads a UTF-16 file with an odd byte count, with a warning', () => {
    const bytes = Buffer.concat([Buffer.from(short, 'utf16le'), Buffer.from([0x41])]);
    const decoded = decode(bytes);
    expect(decoded).toMatchObject({ encoding: 'utf-16le', text: short });
    expect(decoded.messages[0]).toMatchObject({ ruleId: 'truncated' });
  });

  it('refuses empty, blank and binary input with a reason', () => {
    const reason = (bytes: Uint8Array) => {
      try {
        decode(bytes);
        return 'decoded';
      } catch (error) {
        expect(error).toBeInstanceOf(DecodeError);
        return (error as Error).message;
      }
    };
    expect(reason(Buffer.alloc(0))).toBe('the file is empty');
    expect(reason(Buffer.from(' \n\t\n'))).toBe('the file holds no text');
    expect(reason(Buffer.from('%PDF-1.4\n1 0 obj'))).toMatch(/PDF file \(needs OCR first\)/);
    expect(reason(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toMatch(/PNG image \(needs OCR first\)/);
    expect(reason(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toMatch(/JPEG image \(needs OCR first\)/);
    expect(reason(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0]))).toMatch(/zip archive/);
    expect(reason(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0]))).toMatch(/a binary file/);
  });
});

describe('tryUtf8', () => {
  it('returns the text of valid UTF-8, null for invalid bytes, and drops one leading BOM as TextDecoder does', async () => {
    const { tryUtf8 } = await import('../../src/decode/utf8.js');
    expect(tryUtf8(Buffer.from('Kế hoạch năm 2024', 'utf8'))).toBe('Kế hoạch năm 2024');
    expect(tryUtf8(Buffer.from([0x4b, 0xe1, 0xba]))).toBeNull(); // cut inside "ế"
    expect(tryUtf8(Buffer.from([0xc0, 0xaf]))).toBeNull(); // overlong
    expect(tryUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBeNull(); // a lone surrogate
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    expect(tryUtf8(Buffer.concat([bom, Buffer.from('ngày')]))).toBe('ngày');
    expect(tryUtf8(Buffer.concat([bom, bom, Buffer.from('ngày')]))).toBe('\uFEFFngày');
    const fatal = new TextDecoder('utf-8', { fatal: true });
    expect(tryUtf8(Buffer.concat([bom, bom, Buffer.from('ngày')]))).toBe(fatal.decode(Buffer.concat([bom, bom, Buffer.from('ngày')])));
  });
});
