// The decoder's token scanner against the regular expression it replaced: both must cut any
// text the same way, or the decoder would read text differently from how the model was built.
// Hand-written lines in the style of the seeds, the edge cases of numbers, and (when present)
// the shared corpus.
import { describe, expect, it } from 'vitest';
import { createReadStream, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { lmTokens, scanLmTokens, type LmToken } from '../../src/restore/lm/tokens.js';
import { hasShared, sharedDir, sharedMissingNote } from '../helpers/shared.js';

const REFERENCE = /(\p{N}+(?:[.,/:-]\p{N}+)*(?![\p{L}\p{M}\p{N}]))|([\p{L}\p{M}\p{N}]+)|([.!?;:()[\]{}"“”…•]|\n[ \t\r]*\n)|(,)/gu;

function reference(text: string): LmToken[] {
  return [...text.matchAll(REFERENCE)].map((m) => ({
    kind: m[1] ? 'number' : m[2] ? 'word' : m[3] ? 'boundary' : 'comma',
    start: m.index!,
    text: m[0],
  }));
}

function scanned(text: string): LmToken[] {
  const tokens: LmToken[] = [];
  scanLmTokens(text, (kind, start, end) => tokens.push({ kind, start, text: text.slice(start, end) }));
  return tokens;
}

const LINES = [
  'Kế hoạch số 76/NQ-CP, ngày 15/7/2021.',
  'Căn cứ Quyết định số 5347/QĐ-UBND ngày 24/12/2021 của UBND tỉnh;',
  'ISO 9001:2015 · 1.2 · 1.2a · 16i · s6 · c4c · 2021. · 3,5% · 10-12 · 1-a · 1.2.3-4/5:6',
  '12.',
  '7,',
  '1.2,3',
  '1..2',
  '1/',
  '-1',
  '²³ ½ Ⅻ 𝟏𝟐 𝟏a 𝐀𝐁 ٣٤.٥',
  'a) Nội dung “trích dẫn” (ghi chú) [1] {x} … • mục',
  'dòng một\n\ndòng hai\n \t\r\ndòng ba\n dòng bốn',
  "tách\ud800lẻ \udc00 và 𝐀\u0301 e\u0301 ngoặc 'đơn' 50%",
  '',
  '\n\n',
];

describe('scanLmTokens', () => {
  it('cuts hand-written lines exactly as the reference regexp', () => {
    for (const line of LINES) expect(scanned(line)).toEqual(reference(line));
    expect(scanned(LINES.join('\n'))).toEqual(reference(LINES.join('\n')));
    expect([...lmTokens(LINES[0]!)]).toEqual(reference(LINES[0]!));
  });

  it('cuts random mixes of digits, separators, letters and marks exactly as the reference', () => {
    const pieces = ['1', '23', '.', ',', '/', ':', '-', 'a', 'Đ', 'ế', '\u0301', ' ', '\n', '\n\n', '𝟏', '𝐀', '!', '“', '%', '\ud800'];
    let seed = 5;
    const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296;
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let i = 0, len = 1 + Math.floor(next() * 12); i < len; i++) text += pieces[Math.floor(next() * pieces.length)];
      expect(scanned(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });

  it.skipIf(!hasShared)('cuts the shared corpus exactly as the reference', async () => {
    const dir = join(sharedDir, 'corpus');
    let documents = 0;
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()) {
      let inFile = 0;
      for await (const line of createInterface({ input: createReadStream(join(dir, file), 'utf8'), crlfDelay: Infinity })) {
        if (!line.trim()) continue;
        if (inFile++ >= 4) break;
        const text = (JSON.parse(line) as { text: string }).text.slice(0, 40_000);
        // One string per document: toEqual over many thousands of small objects is slow.
        const flat = (tokens: LmToken[]) => tokens.map((t) => `${t.kind} ${t.start} ${t.text}`).join('\n');
        expect(flat(scanned(text))).toBe(flat(reference(text)));
        documents++;
      }
    }
    expect(documents).toBeGreaterThan(20);
  });
  if (!hasShared) console.log(sharedMissingNote('corpus tokenization check'));
});
