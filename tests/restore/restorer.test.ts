// The restoration engine behind its own object: a restorer over a model folder of the caller's,
// restorers over different models side by side in one process, and a restorer passed to parse().
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRestorer, parse, Restorer, CchcError } from '../../src/index.js';
import { readModel, writeModel } from '../../src/restore/lm/format.js';
import { packageModelDir } from '../../src/restore/model-path.js';
import { fixturePath } from '../helpers/shared.js';

const sample =
  'QUYET DINH\nVe viec ban hanh Ke hoach cai cach hanh chinh nam 2023 cua tinh\nGiao Van phong UBND tinh theo doi, kiem tra viec thuc hien\n';

/** A copy of model/ whose language model has lost its bigrams and trigrams' scores (all the worst): a different model. */
function alteredModelDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-model-'));
  const model = packageModelDir();
  for (const name of ['channel.json', 'candidates.bin']) copyFileSync(join(model, name), join(dir, name));
  const { header, arrays } = readModel(readFileSync(join(model, 'lm.bin')));
  const { sections: _sections, ...settings } = header;
  const flat = {
    ...arrays,
    bigramScores: new Uint8Array(arrays.bigramScores.length).fill(255),
    trigramScores: new Uint8Array(arrays.trigramScores.length).fill(255),
  };
  writeFileSync(join(dir, 'lm.bin'), writeModel(settings, flat));
  return dir;
}

describe('Restorer', () => {
  it('restores with the models of the folder it is given, two models side by side in one process', async () => {
    const packaged = await openRestorer();
    const altered = await openRestorer({ modelDir: alteredModelDir() });
    const first = packaged.restoreText(sample, { mode: 'always' });
    const other = altered.restoreText(sample, { mode: 'always' });
    expect(first).toContain('QUYẾT ĐỊNH');
    expect(other).not.toBe(first);
    // Neither left anything behind for the other: each gives again what it gave, and a fresh one over the same folder agrees.
    expect(packaged.restoreText(sample, { mode: 'always' })).toBe(first);
    expect(altered.restoreText(sample, { mode: 'always' })).toBe(other);
    expect(new Restorer({ modelDir: packageModelDir() }).restoreText(sample, { mode: 'always' })).toBe(first);
    expect(altered.restore(sample, { mode: 'always' }).text).toBe(other);
  });

  it('is what parse() restores with when given one', async () => {
    const altered = await openRestorer({ modelDir: alteredModelDir() });
    const input = readFileSync(fixturePath('ocr/decision.txt'));
    const withPackaged = parse(input, { path: 'decision.txt' });
    const withAltered = parse(input, { path: 'decision.txt', restorer: altered });
    expect(withAltered.restoration.changes).not.toEqual(withPackaged.restoration.changes);
    expect(parse(input, { path: 'decision.txt' })).toEqual(withPackaged);
  });

  it('says which model file is missing, as a CchcError with code "model"', () => {
    const empty = new Restorer({ modelDir: mkdtempSync(join(tmpdir(), 'cchc-no-model-')) });
    expect(() => empty.restoreText(sample, { mode: 'always' })).toThrow(CchcError);
    expect(() => empty.restoreText(sample, { mode: 'always' })).toThrow(/language model missing or corrupt .*lm\.bin: not found/);
    // Text that needs no restoration reads no model.
    expect(empty.restoreText(sample, { mode: 'never' })).toBe(sample);
  });

  // How long it takes is a figure of the benches; the test's timeout only stops a hang (columns were once found in time quadratic in the line).
  it('restores a 1 MB single OCR line, line for line', () => {
    const restorer = new Restorer();
    const words = 'Ké hoach cii cach hanh chinh nim 2022 cua Uy ban nhan dan tinh, thuc hi¢n nhi€ém vu cua s& Noi vu';
    const line = Array.from({ length: Math.ceil(1_000_000 / (words.length + 1)) }, (_, i) => `${words} ${i}`).join(' ');
    const result = restorer.restore(line, { mode: 'always' });
    expect(result.text.split('\n')).toHaveLength(1);
    expect(result.restoration.changes.length).toBeGreaterThan(10_000);
  }, 120_000);
});
