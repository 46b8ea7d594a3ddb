import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Each case loads the channel module afresh with $CCHC_CHANNEL pointing at a broken file.
async function loadWith(path: string) {
  vi.resetModules();
  vi.stubEnv('CCHC_CHANNEL', path);
  return import('../../src/restore/channel/model.js');
}

describe('channel model file', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('a missing file says how to rebuild it', async () => {
    const { channelTables } = await loadWith(join(tmpdir(), 'no-such-channel.json'));
    expect(() => channelTables('heavy')).toThrow(/missing or corrupt .*not found.*learn-channel/);
  });

  it('a corrupt file says how to rebuild it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-channel-'));
    writeFileSync(join(dir, 'bad.json'), '{"version":1,"note":"x","profiles":{"heavy":{}}');
    writeFileSync(join(dir, 'wrong.json'), JSON.stringify({ version: 1, note: 'x', profiles: { heavy: {}, light: {} } }));
    for (const name of ['bad.json', 'wrong.json']) {
      const { channelTables } = await loadWith(join(dir, name));
      expect(() => channelTables('heavy')).toThrow(/missing or corrupt .*learn-channel/);
    }
  });

  it('the committed model loads both profiles', async () => {
    vi.resetModules();
    const { channelTables } = await import('../../src/restore/channel/model.js');
    for (const profile of ['heavy', 'light'] as const) {
      const t = channelTables(profile);
      expect(t.ops.size).toBeGreaterThan(20);
      expect(t.tokens.size).toBeGreaterThan(500);
    }
  });
});
