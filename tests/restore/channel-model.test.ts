import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { ChannelFile } from '../../src/restore/channel/file.js';
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

  // Only the profile asked for is parsed when the file has the learner's layout; any other layout,
  // or an OCR form "light" nested in the tables, must load exactly as a whole parse does.
  it('loads each profile as parsing the whole file would, whatever the layout', async () => {
    const { channelPath, tablesOf } = await import('../../src/restore/channel/model.js');
    const file = JSON.parse(readFileSync(channelPath(), 'utf8')) as ChannelFile;
    const withLight = structuredClone(file);
    withLight.profiles.heavy.tokens.light = { lịch: 2 };
    withLight.profiles.light.tokens.light = { lích: 3 };
    const dir = mkdtempSync(join(tmpdir(), 'cchc-channel-'));
    const layouts: Record<string, string> = {
      'as-written.json': readFileSync(channelPath(), 'utf8'),
      'nested-light.json': JSON.stringify(withLight) + '\n',
      'light-first.json': JSON.stringify({
        version: 1,
        note: file.note,
        profiles: { light: file.profiles.light, heavy: file.profiles.heavy },
      }),
      'indented.json': JSON.stringify(withLight, null, 2),
    };
    for (const [name, json] of Object.entries(layouts)) {
      writeFileSync(join(dir, name), json);
      const whole = JSON.parse(json) as ChannelFile;
      for (const profile of ['light', 'heavy'] as const) {
        const { channelTables } = await loadWith(join(dir, name));
        expect(channelTables(profile), `${name} ${profile}`).toEqual(tablesOf(whole.profiles[profile]));
      }
    }
  });
});
