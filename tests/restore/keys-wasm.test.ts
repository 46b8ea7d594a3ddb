// The channel's key search compiled to WebAssembly (assembly/keys.ts, run by src/restore/wasm/keys.ts)
// must propose exactly the keys the JavaScript search proposes, with the same log-probabilities bit
// for bit: on every word of the OCR'd and stripped fixtures, on the model's syllables misread and on
// made-up OCR garbage, with the
// tables of both profiles and those the candidate table stores for its misses. And the committed
// module must be what assembly/keys.ts compiles to today.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { searchKeys } from '../../src/restore/channel/keys.js';
import { channelTables, type ChannelTables } from '../../src/restore/channel/model.js';
import { candidateTable } from '../../src/restore/channel/table.js';
import { loadModel } from '../../src/restore/lm/load.js';
import { lmTokens } from '../../src/restore/lm/tokens.js';
import { cleanupOcr } from '../../src/restore/cleanup.js';
import { stripDiacritics } from '../../src/vietnamese/index.js';
import { KEYS_WASM_BASE64 } from '../../src/restore/wasm/keys-bytes.js';
import { MAX_KEY_LETTERS } from '../../src/restore/wasm/keys.js';
import { webAssemblyFor } from '../../src/restore/wasm/api.js';
import { bytesModuleText, compileWasm, KEYS } from '../../scripts/build-wasm.js';

const fixtures = join(import.meta.dirname, '../../fixtures');
const texts = [
  ...readdirSync(join(fixtures, 'ocr'))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => cleanupOcr(readFileSync(join(fixtures, 'ocr', name), 'utf8').normalize('NFC')).text),
  readFileSync(join(fixtures, 'clean-plan.txt'), 'utf8').normalize('NFC'),
];

/** OCR keys as the channel searches them: each word lowercased and stripped. */
const wordKeys = new Set<string>();
for (const text of texts) for (const token of lmTokens(text)) if (token.kind === 'word') wordKeys.add(stripDiacritics(token.text.toLowerCase()));

const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789wwiiéñ.-';
let state = 12345;
/** A fixed sequence of numbers in [0, 1). */
const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
const pick = () => alphabet[Math.floor(next() * alphabet.length)]!;

/** Made-up garbage of the letters, digits and marks OCR leaves, 1 to MAX_KEY_LETTERS + 2 long. */
function garbage(count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const length = 1 + Math.floor(next() * (MAX_KEY_LETTERS + 2));
    let key = '';
    for (let j = 0; j < length; j++) key += pick();
    out.push(key);
  }
  return out;
}

/** The keys of the model's syllables, each misread once as OCR does: a letter replaced, added or dropped. */
function misread(words: readonly string[]): string[] {
  return words.map((word) => {
    const key = stripDiacritics(word);
    const at = Math.floor(next() * key.length);
    const how = next();
    if (how < 0.4) return key.slice(0, at) + pick() + key.slice(at + 1);
    if (how < 0.7) return key.slice(0, at) + pick() + key.slice(at);
    return key.slice(0, at) + key.slice(at + 1);
  });
}

const { lm, lexicon, id } = loadModel();
const storedTables = () => candidateTable('heavy', lexicon, id)?.missTables('zzqqxx');
const stored = storedTables();
const TABLES: Array<[string, () => ChannelTables | undefined]> = [
  ['heavy', () => channelTables('heavy')],
  ['light', () => channelTables('light')],
  ['stored for misses', storedTables],
];

/** A fresh copy of the tables whose searches run in JavaScript: $CCHC_WASM_OFF names keys when its search is made. */
function inJavaScript(make: () => ChannelTables | undefined): ChannelTables {
  const tables = make()!;
  vi.stubEnv('CCHC_WASM_OFF', 'keys');
  try {
    expect(webAssemblyFor('keys')).toBeUndefined();
    searchKeys(tables, 'a', 1);
  } finally {
    vi.unstubAllEnvs();
  }
  return tables;
}

describe('the compiled key search', () => {
  it('has words and garbage to search', () => {
    expect(wordKeys.size).toBeGreaterThan(250);
    expect(stored).toBeDefined();
  });

  for (const [name, make] of TABLES) {
    it(`proposes what the JavaScript search proposes, value for value, with the ${name} tables`, () => {
      const tables = make()!;
      const javaScript = inJavaScript(make);
      expect(webAssemblyFor('keys')).toBeDefined();
      let proposed = 0;
      for (const key of [...wordKeys, ...garbage(1500), ...misread(lm.vocab.slice(4, 3000))]) {
        for (const limit of [1, 12, 40]) {
          const compiled = searchKeys(tables, key, limit);
          expect(compiled, `${key} (limit ${limit})`).toEqual(searchKeys(javaScript, key, limit));
          proposed += compiled.length;
        }
      }
      expect(proposed).toBeGreaterThan(2_000);
    });
  }

  it('is the module assembly/keys.ts compiles to', async () => {
    const fresh = await compileWasm(KEYS);
    expect(Buffer.from(KEYS_WASM_BASE64, 'base64')).toEqual(Buffer.from(fresh));
    expect(bytesModuleText(KEYS, fresh)).toBe(readFileSync(join(import.meta.dirname, '../../src/restore/wasm/keys-bytes.ts'), 'utf8'));
  }, 60_000);
});
