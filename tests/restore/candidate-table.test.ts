import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { candidates, clearChannelCaches } from '../../src/restore/channel/index.js';
import { candidateTable, staleReason } from '../../src/restore/channel/table.js';
import { candidateTablePath } from '../../src/restore/model-path.js';
import { channelPath, channelTables, PROFILES } from '../../src/restore/channel/model.js';
import { ChannelFile, withChannelId } from '../../src/restore/channel/file.js';
import { loadModel } from '../../src/restore/lm/load.js';
import { inventoryLexicon } from '../../src/vietnamese/index.js';

const { lexicon, id: modelId } = loadModel();

describe('precomputed candidate table (model/candidates.bin)', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('was built from the committed channel, vocabulary and algorithm (else: npm run build:candidates)', () => {
    expect(staleReason(modelId), 'model/candidates.bin is stale or damaged: run npm run build:candidates').toBeUndefined();
  });

  it('leaves model/ (language model, channel and table together) under the 10 MB the package allows', () => {
    const dir = dirname(candidateTablePath());
    const total = readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
    expect(total).toBeLessThan(10_000_000);
  });

  it.each(PROFILES)('gives exactly what candidates() computes, %s profile (every 40th form)', (profile) => {
    const table = candidateTable(profile, lexicon, modelId)!;
    expect(table).toBeDefined();
    const forms = table.forms();
    expect(forms.length).toBeGreaterThan(5000);
    clearChannelCaches();
    for (let i = 0; i < forms.length; i += 40) {
      const form = forms[i]!;
      // Object.is on each logProb: the same double, bit for bit.
      const computed = candidates(form, lexicon, { profile });
      const stored = table.lookup(form, lexicon, 12)!;
      expect(
        stored.map((c) => c.syllable),
        form,
      ).toEqual(computed.map((c) => c.syllable));
      stored.forEach((c, k) => expect(Object.is(c.logProb, computed[k]!.logProb), `${form} ${c.syllable}`).toBe(true));
    }
  });

  it.each(PROFILES)('lookupIds gives lookup()’s list as ids and the very same numbers, %s profile (every 25th form)', (profile) => {
    const { lm } = loadModel();
    const table = candidateTable(profile, lexicon, modelId)!;
    const forms = table.forms();
    let itself = 0;
    for (let i = 0; i < forms.length; i += 25) {
      const form = forms[i]!;
      const list = table.lookup(form, lexicon, 12)!;
      const stored = table.lookupIds(form, lexicon, 12, (word) => lm.id(word))!;
      expect(stored.syllables, form).toEqual(list.map((c) => c.syllable));
      expect([...stored.ids], form).toEqual(list.map((c) => lm.id(c.syllable)));
      list.forEach((c, k) => expect(Object.is(stored.logProbs[k], c.logProb), `${form} ${c.syllable}`).toBe(true));
      if (stored.syllables.includes(form) && !lexicon.has(form)) itself++;
    }
    if (profile === 'heavy') expect(itself).toBeGreaterThan(0); // codes kept as printed are among them
    expect(table.lookupIds('qbfyétxx', lexicon, 12, (word) => lm.id(word))).toBeUndefined();
    expect(table.lookupIds(forms[0]!, lexicon, 11, (word) => lm.id(word))).toBeUndefined(); // another max: not this table's lists
  });

  it('holds the forms OCR makes of common syllables and answers nothing for others', () => {
    const table = candidateTable('heavy', lexicon, modelId)!;
    expect(table.lookup('quyet', lexicon, 12)?.map((c) => c.syllable)).toContain('quyết');
    expect(table.lookup('ctia', lexicon, 12)?.[0]?.syllable).toBe('của');
    expect(table.lookup('zzqxw', lexicon, 12)).toBeUndefined();
    // Another lexicon or another `max` is not what the lists were computed for.
    expect(table.lookup('quyet', inventoryLexicon(), 12)).toBeUndefined();
    expect(table.lookup('quyet', lexicon, 5)).toBeUndefined();
  });

  it('candidates() with the table gives the same lists as without it', () => {
    const table = candidateTable('light', lexicon, modelId)!;
    for (const form of ['nwéc', 'quyết', 'hoach', 'index', 's6', 'xyzq']) {
      clearChannelCaches();
      const withTable = candidates(form, lexicon, { profile: 'light', table });
      clearChannelCaches();
      expect(withTable).toEqual(candidates(form, lexicon, { profile: 'light' }));
    }
  });

  // A miss is computed with the channel tables stored in the file (not channel.json's): they must
  // give the very same lists. Forms the table does not hold: its own forms, each bent a little.
  it.each(PROFILES)('computes a form it does not hold exactly as channel.json would, %s profile', (profile) => {
    const table = candidateTable(profile, lexicon, modelId)!;
    expect(table.missTables('zzqxw')).toEqual({ ...channelTables(profile), tokens: new Map() });
    const held = table.forms();
    const bends = [(f: string) => f + 'q', (f: string) => f.replace(/[aeiou]/, '1'), (f: string) => 'x' + f.slice(1)];
    const misses = held
      .filter((_, i) => i % 97 === 0)
      .flatMap((f) => bends.map((bend) => bend(f)))
      .filter((f) => f.length <= 12 && !table.lookup(f, lexicon, 12));
    expect(misses.length).toBeGreaterThan(200);
    for (const form of misses) {
      expect(table.missTables(form), form).toBeDefined();
      clearChannelCaches();
      const withTable = candidates(form, lexicon, { profile, table });
      clearChannelCaches();
      const computed = candidates(form, lexicon, { profile });
      expect(
        withTable.map((c) => c.syllable),
        form,
      ).toEqual(computed.map((c) => c.syllable));
      withTable.forEach((c, k) => expect(Object.is(c.logProb, computed[k]!.logProb), `${form} ${c.syllable}`).toBe(true));
    }
    // A form it holds, or one longer than every counted form it holds, may have been counted: not for the stored tables.
    expect(table.missTables(held[0]!)).toBeUndefined();
    expect(table.missTables('abcdefghijklm')).toBeUndefined();
  });

  // Each case loads the table module afresh with $CCHC_CANDIDATES / $CCHC_CHANNEL pointing elsewhere.
  async function tableModuleWith(env: Record<string, string>) {
    vi.resetModules();
    for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
    return import('../../src/restore/channel/table.js');
  }

  it('is not used with a channel rebuilt since (another id), and says which files it was built for', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-table-'));
    const file = ChannelFile.parse(JSON.parse(readFileSync(channelPath(), 'utf8')));
    const rebuilt = withChannelId({ ...file, note: `${file.note} (learned again)` });
    expect(rebuilt.id).not.toBe(file.id);
    writeFileSync(join(dir, 'channel.json'), JSON.stringify(rebuilt) + '\n');
    const t = await tableModuleWith({ CCHC_CHANNEL: join(dir, 'channel.json') });
    expect(t.candidateTable('heavy', lexicon, modelId)).toBeUndefined();
    expect(t.staleReason(modelId)).toBe(`${candidateTablePath()}: built for channel ${file.id} (channel.json is ${rebuilt.id})`);
  });

  it('is not used with another language model, nor one without an id', async () => {
    const t = await tableModuleWith({});
    expect(t.candidateTable('heavy', lexicon, '0123456789abcdef')).toBeUndefined();
    expect(t.staleReason('0123456789abcdef')).toMatch(
      new RegExp(`built for language model ${modelId} \\(lm\\.bin is 0123456789abcdef\\)$`),
    );
    expect(t.candidateTable('heavy', lexicon, undefined)).toBeUndefined();
    expect(t.staleReason(undefined)).toMatch(/lm\.bin is without an id/);
  });

  it('a missing or damaged file is ignored (the lists are computed)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-table-'));
    copyFileSync(candidateTablePath(), join(dir, 'good.bin'));
    const bytes = readFileSync(join(dir, 'good.bin'));
    writeFileSync(join(dir, 'truncated.bin'), bytes.subarray(0, bytes.length >> 1));
    writeFileSync(join(dir, 'garbage.bin'), Buffer.from('not a table at all'));
    for (const name of ['missing.bin', 'truncated.bin', 'garbage.bin']) {
      const t = await tableModuleWith({ CCHC_CANDIDATES: join(dir, name) });
      expect(t.candidateTable('heavy', lexicon, modelId), name).toBeUndefined();
      expect(t.staleReason(modelId), name).toBeDefined();
    }
    const t = await tableModuleWith({ CCHC_CANDIDATES: join(dir, 'good.bin') });
    expect(t.candidateTable('heavy', lexicon, modelId)).toBeDefined();
  });
});
