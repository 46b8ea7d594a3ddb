// The synthetic archive of scripts/make-archive.ts through the batch (in this
// thread): every encoding it wrote is recognised, Word files read, broken
// files fail with a reason, and nothing fails for an internal error.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/index.js';
import { makeArchive } from '../../scripts/make-archive.js';

const NAME: Record<string, string> = {
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8',
  'utf-16le': 'utf-16le',
  tcvn3: 'tcvn3',
  vni: 'vni',
  viscii: 'viscii',
  'windows-1258': 'windows-1258',
  'tcvn3-as-cp1252': 'tcvn3 (repaired from windows-1252)',
};

describe('the synthetic archive through cchc batch', () => {
  it('recognises every encoding and accounts for every file', async () => {
    const root = mkdtempSync(join(tmpdir(), 'cchc-archive-'));
    const { manifest } = makeArchive(root, 60, 7);
    const result = await runBatch({ inputs: [root], out: join(root, '..', `${root.split('/').pop()}-out`), jobs: 1, inProcess: true });
    const byFile = new Map(result.report.inputs.map((o) => [o.file, o]));
    expect([...byFile.keys()].sort()).toEqual(manifest.map((m) => m.file).sort());
    const encodings = new Set(manifest.map((m) => m.encoding).filter(Boolean));
    expect(encodings.size).toBeGreaterThanOrEqual(6); // the seed gives a real mix
    for (const entry of manifest) {
      const outcome = byFile.get(entry.file)!;
      expect(outcome.reason ?? '', entry.file).not.toMatch(/internal error/);
      if (entry.encoding) expect(outcome.encoding, entry.file).toBe(NAME[entry.encoding]);
      if (entry.layout === 'docx') expect(outcome.format, entry.file).toBe('docx');
      if (entry.layout !== 'broken') expect(outcome.status, `${entry.file}: ${outcome.reason}`).not.toBe('failed');
    }
  });
});
