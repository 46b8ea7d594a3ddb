// Model files carry ids written when they are built (src/restore/model-ids.ts): the committed files
// hold the ids their builders write, and candidates.bin names the two it goes with.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ChannelFile, withChannelId } from '../../src/restore/channel/file.js';
import { readTableFile } from '../../src/restore/channel/table.js';
import { readModel, withModelId } from '../../src/restore/lm/format.js';
import { channelIdIn, channelIdOf, mismatch } from '../../src/restore/model-ids.js';
import { defaultModelPaths } from '../../src/restore/model-path.js';

const paths = defaultModelPaths();
const lmBytes = readFileSync(paths.languageModel);
const channelText = readFileSync(paths.channel, 'utf8');

describe('model ids', () => {
  it('lm.bin holds the id its writer gives it: writing it again changes no byte', () => {
    expect(readModel(lmBytes).header.id).toMatch(/^[0-9a-f]{16}$/);
    expect(withModelId(lmBytes).equals(lmBytes)).toBe(true);
  });

  it('lm.bin with one score changed has another id', () => {
    const changed = Buffer.from(lmBytes);
    changed[changed.length - 100]! ^= 1;
    expect(readModel(withModelId(changed)).header.id).not.toBe(readModel(lmBytes).header.id);
  });

  it('channel.json holds the id its learner gives it, first after its version, where the run time reads it', () => {
    const file = ChannelFile.parse(JSON.parse(channelText));
    expect(JSON.stringify(withChannelId(file)) + '\n').toBe(channelText);
    expect(channelIdOf(channelText)).toBe(file.id);
    expect(channelIdIn(paths.channel)).toBe(file.id);
    expect(withChannelId({ ...file, note: `${file.note}.` }).id).not.toBe(file.id);
  });

  it('candidates.bin names the language model and channel committed beside it', () => {
    const { built } = readTableFile(readFileSync(paths.candidates)).header;
    expect(built).toEqual({ languageModel: readModel(lmBytes).header.id, channel: channelIdOf(channelText) });
  });

  it('a table and files that do not go together are told apart, each file named', () => {
    const built = { languageModel: 'aaaaaaaaaaaaaaaa', channel: 'bbbbbbbbbbbbbbbb' };
    expect(mismatch(built, built)).toBeUndefined();
    expect(mismatch(built, { ...built, channel: 'cccccccccccccccc' })).toBe(
      'built for channel bbbbbbbbbbbbbbbb (channel.json is cccccccccccccccc)',
    );
    expect(mismatch(undefined, built)).toMatch(/^built for language model \(none\) .* and channel \(none\)/);
  });
});
