// A signer's name in a text that lost its marks is restored as a name: a syllable the running text
// made into one no name holds ("Trưởng", "Trùng") is chosen again among the channel's candidates by
// how names are made (model/names.json), and the change log says what each syllable was printed as.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { readNames, restoreName, type NamesFile } from '../../src/restore/names.js';

const names: NamesFile = {
  version: 1,
  id: '0000000000000000',
  names: 4,
  surname: { nguyễn: 2, trương: 1, lê: 1 },
  middle: { văn: 2, chí: 1, thị: 1 },
  given: { trung: 2, hải: 1, bình: 1 },
};
// Every tone of the letters, as the unaccented channel offers them.
const candidatesOf = (tones: Record<string, string[]>) => (lower: string) =>
  (tones[lower] ?? [lower]).map((syllable) => ({ syllable, logProb: 0 }));

describe('restoreName', () => {
  const channel = candidatesOf({
    truong: ['trường', 'trưởng', 'trương'],
    trung: ['trùng', 'trung', 'trúng'],
    nguyen: ['nguyên', 'nguyễn'],
    van: ['văn', 'vân', 'vấn'],
  });

  it('replaces a surname no name holds by one the channel offers', () => {
    const out = restoreName(names, ['Truong', 'Van', 'Trung'], ['Trưởng', 'Văn', 'Trùng'], channel);
    expect(out.map((s) => s.restored)).toEqual(['Trương', 'Văn', 'Trung']);
    expect(out.map((s) => s.printed)).toEqual(['Truong', 'Van', 'Trung']);
  });

  it('keeps a syllable names hold, and one none of whose candidates any name holds', () => {
    const out = restoreName(names, ['Nguyen', 'Van', 'Xoan'], ['Nguyễn', 'Vấn', 'Xoan'], channel);
    // "Vấn" is held by no name, "Văn" by two: replaced. "Xoan" has no candidate a name holds: kept.
    expect(out.map((s) => s.restored)).toEqual(['Nguyễn', 'Văn', 'Xoan']);
    expect(out[2]!.confidence).toBe(1);
  });

  it('gives a middle or given syllable no name holds way only to one several names hold', () => {
    const out = restoreName(names, ['Le', 'Thi', 'Hai'], ['Lê', 'Thì', 'Hại'], candidatesOf({ thi: ['thì', 'thị'], hai: ['hại', 'hải'] }));
    // "Thị" and "Hải" are each held by one name only.
    expect(out.map((s) => s.restored)).toEqual(['Lê', 'Thì', 'Hại']);
  });
});

const decision = (signer: string) => `UY BAN NHAN DAN TINH HOA BINH
So: 15/QD-UBND
Hoa Binh, ngay 12 thang 3 nam 2024

QUYET DINH
Ve viec ban hanh Ke hoach cai cach hanh chinh nam 2024

CHU TICH UY BAN NHAN DAN TINH

Dieu 1. Ban hanh kem theo Quyet dinh nay Ke hoach cai cach hanh chinh nam 2024.
Dieu 2. Quyet dinh nay co hieu luc ke tu ngay ky.

Noi nhan:
- Nhu Dieu 2;
- Luu: VT.
KT. CHU TICH
PHO CHU TICH
${signer}
`;

describe('parse: the signer of an unaccented decision', () => {
  it('is restored as a name, and the change log keeps what each syllable was printed as', () => {
    const doc = parse(decision('Truong Chi Trung'), { path: 'qd.txt' });
    expect(doc.restoration.scope).toBe('document');
    expect(doc.decision.signer).toBe('Trương Chí Trung');
    const line = decision('Truong Chi Trung').split('\n').indexOf('Truong Chi Trung') + 1;
    const changes = doc.restoration.changes.filter((c) => c.line === line);
    expect(changes.map((c) => [c.column, c.original, c.restored])).toEqual(
      [
        [1, 'Truong', 'Trương'],
        [8, 'Chi', 'Chí'],
        [12, 'Trung', 'Trung'],
      ].filter(([, o, r]) => o !== r),
    );
  });

  it('leaves a clean decision and its signer as printed', () => {
    const doc = parse(
      'UỶ BAN NHÂN DÂN TỈNH HÒA BÌNH\nSố: 15/QĐ-UBND\nHòa Bình, ngày 12 tháng 3 năm 2024\n\nQUYẾT ĐỊNH\n\nĐiều 1. Ban hành Kế hoạch.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrưởng Văn Trùng\n',
      { path: 'qd.txt' },
    );
    expect(doc.decision.signer).toBe('Trưởng Văn Trùng');
  });
});

describe('readNames', () => {
  it('says which file is corrupt and keeps the parse error as its cause', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cchc-names-')), 'names.json');
    writeFileSync(path, '{"version": 1, "surname": {');
    expect(() => readNames(path)).toThrow(/names model corrupt \(.*names\.json: .*\) — run npx tsx scripts\/build-names\.ts/);
    try {
      readNames(path);
    } catch (error) {
      expect((error as Error).cause).toBeInstanceOf(SyntaxError);
    }
    expect(readNames(join(tmpdir(), 'no-such-folder-cchc', 'names.json'))).toBeNull();
  });
});
