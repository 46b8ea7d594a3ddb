// The beam search compiled to WebAssembly (assembly/beam.ts, run by src/restore/wasm/beam.ts) must
// choose exactly what the decoder's JavaScript search chooses: the same changes, the same
// confidences, on OCR'd, stripped and already-correct text, with and without the word bounds, for
// every beam width. And the committed module must be what assembly/beam.ts compiles to today.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultModelPath, loadModelFrom } from '../../src/restore/lm/load.js';
import { NgramModel } from '../../src/restore/lm/model.js';
import { readModel } from '../../src/restore/lm/format.js';
import { Decoder, type DecoderOptions } from '../../src/restore/decoder.js';
import { candidates, type Lexicon } from '../../src/restore/channel/index.js';
import { cleanupOcr } from '../../src/restore/cleanup.js';
import { stripDiacritics } from '../../src/vietnamese/index.js';
import { BEAM_WASM_BASE64 } from '../../src/restore/wasm/beam-bytes.js';
import { MAX_BEAM } from '../../src/restore/wasm/beam.js';
import { BEAM, bytesModuleText, compileWasm } from '../../scripts/build-wasm.js';

const { lm, lexicon } = loadModelFrom(defaultModelPath());
// The same model read into an ordinary Buffer: no WebAssembly memory, so only the JavaScript search.
// With the file's best levels, as the loaded model has them: both decoders then prune with the same
// word ceilings from the first token, and a confidence's last digits (which the pruning's bound
// leaves free below the 3 decimals it keeps) come out the same.
const { header, arrays, best } = readModel(readFileSync(defaultModelPath()));
const lmJs = new NgramModel(header, arrays, undefined, best);

const fixtures = join(import.meta.dirname, '../../fixtures');
const ocrTexts = readdirSync(join(fixtures, 'ocr'))
  .filter((name) => name.endsWith('.txt'))
  .map((name) => cleanupOcr(readFileSync(join(fixtures, 'ocr', name), 'utf8').normalize('NFC')).text);
const cleanText = readFileSync(join(fixtures, 'clean-plan.txt'), 'utf8').normalize('NFC');
const TEXTS = { ocr: ocrTexts.join('\n\n'), stripped: stripDiacritics(cleanText), clean: cleanText };

const channel = (token: string, lex: Lexicon) => candidates(token, lex, { profile: 'heavy' });

function decodeWith(model: NgramModel, text: string, options: DecoderOptions) {
  return new Decoder(model, lexicon, channel, options).decode(text);
}

describe('the compiled beam search', () => {
  it('is there: the model file was read into WebAssembly memory', () => {
    expect(lm.beam).toBeDefined();
    expect(lmJs.beam).toBeUndefined();
  });

  for (const [kind, text] of Object.entries(TEXTS)) {
    it(`chooses what the JavaScript search chooses on ${kind} text, for beams 1, 3, 5 and ${MAX_BEAM}`, () => {
      expect(text.length).toBeGreaterThan(1000);
      for (const beam of [1, 3, 5, MAX_BEAM]) {
        const compiled = decodeWith(lm, text, { beam });
        expect(compiled).toEqual(decodeWith(lmJs, text, { beam }));
        if (kind !== 'clean') expect(compiled.length).toBeGreaterThan(50);
      }
    });
  }

  it('chooses what the JavaScript search chooses with the word bounds in use', () => {
    const text = TEXTS.stripped + '\n\n' + TEXTS.ocr;
    expect(decodeWith(lm, text, { boundsAfter: 0 })).toEqual(decodeWith(lmJs, text, { boundsAfter: 0 }));
  });

  it("chooses what the JavaScript search chooses with heavy OCR's options (unknown words priced, stray stops read on)", () => {
    const options = { unknownCost: 6, straySpeckStops: true };
    const compiled = decodeWith(lm, TEXTS.ocr, options);
    expect(compiled).toEqual(decodeWith(lmJs, TEXTS.ocr, options));
    expect(compiled).not.toEqual(decodeWith(lm, TEXTS.ocr, {}));
  });

  it('leaves beams wider than it holds to the JavaScript search, with the same result', () => {
    expect(decodeWith(lm, TEXTS.ocr, { beam: MAX_BEAM + 1 })).toEqual(decodeWith(lmJs, TEXTS.ocr, { beam: MAX_BEAM + 1 }));
  });

  it('is committed as assembly/beam.ts compiles (npm run build:wasm)', async () => {
    const fresh = await compileWasm(BEAM);
    expect(
      Buffer.from(BEAM_WASM_BASE64, 'base64').equals(Buffer.from(fresh)),
      'src/restore/wasm/beam-bytes.ts is stale: run npm run build:wasm',
    ).toBe(true);
    expect(bytesModuleText(BEAM, fresh)).toBe(readFileSync(join(import.meta.dirname, '../../src/restore/wasm/beam-bytes.ts'), 'utf8'));
  }, 60_000);
});
