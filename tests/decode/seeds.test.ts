// The seeds (read from ../shared, never copied) encoded into every legacy
// encoding must be recognised: whole documents, and 3-line pieces of the
// clean ones. OCR'd seeds, whose only accented letter is often "é", are
// asked of TCVN3 and VNI (the encodings of that era's archives).
import { describe, expect, it } from 'vitest';
import { decode, encodeLegacy, LEGACY_ENCODINGS } from '../../src/decode/index.js';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { hasShared, readShared, sharedDir, sharedMissingNote } from '../helpers/shared.js';

if (!hasShared) console.log(sharedMissingNote('decode on the seeds'));
const seed = (n: string) =>
  readShared(
    join(
      'seeds',
      readdirSync(join(sharedDir, 'seeds')).find((f) => f.startsWith(`${n}_`))!,
    ),
  );

describe.skipIf(!hasShared)('decode: the seeds in legacy encodings', () => {
  for (const n of ['001', '002']) {
    for (const encoding of LEGACY_ENCODINGS) {
      it(`seed ${n} in ${encoding}: the whole document and every 3-line piece`, () => {
        const text = seed(n);
        expect(decode(encodeLegacy(text, encoding)).encoding).toBe(encoding);
        const lines = text.split('\n').filter((l) => /[^\x00-\x7f]/.test(l));
        let pieces = 0;
        for (let i = 0; i + 3 <= lines.length; i += 3) {
          const bytes = encodeLegacy(lines.slice(i, i + 3).join('\n') + '\n', encoding);
          if (bytes.every((b) => b < 0x80)) continue;
          pieces++;
          expect(decode(bytes).encoding, `lines ${i}–${i + 2}`).toBe(encoding);
        }
        expect(pieces).toBeGreaterThan(10);
      });
    }
  }

  for (const n of ['000', '003', '004']) {
    for (const encoding of ['tcvn3', 'vni'] as const) {
      it(`OCR'd seed ${n} in ${encoding}`, () => {
        expect(decode(encodeLegacy(seed(n), encoding)).encoding).toBe(encoding);
      });
    }
  }
});
