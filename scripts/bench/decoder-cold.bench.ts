// npm run bench decoder-cold: the decoder on a cold start — the first Decoder.decode of seeds 000
// and 003 in fresh processes (decoder-cold.ts), medians of 9. Main-thread ms is what a cold
// `cchc normalize` waits for; process ms adds the optimising compiler and GC threads. The channel's
// share (candidates() inside decode) is shown apart: it is the channel's to cut.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasShared, seedPath, sharedMissingNote } from '../../tests/helpers/shared.js';
import { median } from './measure.js';

const here = dirname(fileURLToPath(import.meta.url));

export async function run(): Promise<void> {
  if (!hasShared) {
    console.log(sharedMissingNote('decoder-cold bench'));
    return;
  }
  // The child runs the built modules, as bin/cchc.js does: build them as they are now.
  const root = join(here, '../..');
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (!existsSync(join(root, 'dist/restore/decoder.js'))) throw new Error('dist/ was not built');
  for (const seed of ['000', '003']) {
    const runs = Array.from({ length: 9 }, () => {
      const out = execFileSync(process.execPath, ['--import', 'tsx', join(here, 'decoder-cold.ts'), seedPath(seed)], { encoding: 'utf8' });
      return JSON.parse(out.trim().split('\n').pop()!) as Record<string, number>;
    });
    const med = (k: string) => Math.round(median(runs.map((r) => r[k]!)));
    console.log(
      `first decode of seed ${seed}, fresh process (median of 9): main thread ${med('decodeMs')} ms ` +
        `(channel ${med('channelMs')}, the rest ${med('restMs')}), whole process ${med('decodeProcessMs')} ms CPU; ${med('changes')} changes`,
    );
  }
}
