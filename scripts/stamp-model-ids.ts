// npx tsx scripts/stamp-model-ids.ts [model folder] — writes ids into model files built before the
// files carried them (src/restore/model-ids.ts): lm.bin's header and channel.json get their own, as
// their builders now write them (withModelId, withChannelId), and a candidates.bin that was built
// from exactly these two files (checked as its header recorded them then: the fingerprints of the
// vocabulary and of channel.json's bytes) gets their ids in its header, its sections untouched.
// Stamping files that have their ids changes nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ChannelFile, withChannelId } from '../src/restore/channel/file.js';
import { readTableFile, type TableHeader } from '../src/restore/channel/table.js';
import { fingerprint64 } from '../src/restore/lm/hash.js';
import { readModel, withModelId } from '../src/restore/lm/format.js';
import { channelIdOf } from '../src/restore/model-ids.js';
import { modelPathsIn, packageModelDir } from '../src/restore/model-path.js';

export function stampModelIds(dir = packageModelDir()): void {
  const paths = modelPathsIn(dir);
  const channelBytes = readFileSync(paths.channel);
  const lmBytes = withModelId(readFileSync(paths.languageModel));
  const { header: lm, arrays } = readModel(lmBytes);
  const channelText = JSON.stringify(withChannelId(ChannelFile.parse(JSON.parse(channelBytes.toString('utf8'))))) + '\n';
  const built = { languageModel: lm.id!, channel: channelIdOf(channelText)! };

  const tableBytes = readFileSync(paths.candidates);
  const { header } = readTableFile(tableBytes);
  const old = header as TableHeader & { fingerprint?: string };
  if (old.fingerprint !== undefined) {
    // What the table's builder recorded before ids (channel.json's bytes as they were, the vocabulary).
    const vocabulary = fingerprint64((lm.vocab as Array<string | Uint8Array>).concat([arrays.syllable]));
    const then = `algorithm ${old.algorithm}, channel ${fingerprint64([channelBytes]).slice(0, 16)}, vocabulary ${vocabulary.slice(0, 16)}`;
    if (old.fingerprint !== then)
      throw new Error(`${paths.candidates} was built from other files (${old.fingerprint}; these are ${then}): rebuild it`);
  } else if (old.built?.languageModel !== built.languageModel || old.built?.channel !== built.channel) {
    throw new Error(`${paths.candidates} names other files: rebuild it`);
  }
  const { fingerprint: _fingerprint, built: _built, version, ...rest } = old;
  const json = Buffer.from(JSON.stringify({ version, built, ...rest }), 'utf8');
  const reserved = tableBytes.readUInt32LE(8);
  if (json.length > reserved) throw new Error(`${paths.candidates}: the header with ids outgrows its room: rebuild it`);
  const table = Buffer.from(tableBytes);
  json.copy(table, 12);
  table.fill(0x20, 12 + json.length, 12 + reserved);

  writeFileSync(paths.languageModel, lmBytes);
  writeFileSync(paths.channel, channelText);
  writeFileSync(paths.candidates, table);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) stampModelIds(process.argv[2]);
