// Model files carry ids written when they are built: lm.bin's header and channel.json each name
// their own (a hash of their content, so rebuilding the same content gives the same id), and
// candidates.bin's header names the ids of the language model and channel it was built from.
// At run time ids are compared, never computed: a candidate table is used only with the files it
// names.
import { closeSync, openSync, readSync } from 'node:fs';
import { fingerprint64 } from './lm/hash.js';

/** A model file's id: 16 hex digits. */
export type ModelId = string;

/** The id of content made of `parts` (build time: the scripts and the writers of the model files). */
export const contentId = (parts: ReadonlyArray<string | Uint8Array>): ModelId => fingerprint64(parts);

/** What a candidate table was built from: the ids of the files it goes with. */
export interface BuiltFrom {
  languageModel: ModelId;
  channel: ModelId;
}

// channel.json as its learner writes it opens {"version":1,"id":"…": the id is read from the
// first bytes, without parsing the file.
const CHANNEL_HEAD = /^\s*\{\s*"version"\s*:\s*1\s*,\s*"id"\s*:\s*"([0-9a-f]{16})"/u;

/** channel.json's id, read from the text's opening; undefined when the file has none there. */
export function channelIdOf(text: string): ModelId | undefined {
  return CHANNEL_HEAD.exec(text.slice(0, 64))?.[1];
}

/** The id of the channel.json at `path`, from its first bytes; undefined when it has none (or cannot be read). */
export function channelIdIn(path: string): ModelId | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const head = Buffer.alloc(64);
    const n = readSync(fd, head, 0, head.length, 0);
    return channelIdOf(head.toString('utf8', 0, n));
  } finally {
    closeSync(fd);
  }
}

/** Why a table built from `built` does not go with the files of ids `current`; undefined when it does. */
export function mismatch(built: Partial<BuiltFrom> | undefined, current: Partial<BuiltFrom>): string | undefined {
  const wrong: string[] = [];
  if (!built?.languageModel || built.languageModel !== current.languageModel)
    wrong.push(`language model ${built?.languageModel ?? '(none)'} (lm.bin is ${current.languageModel ?? 'without an id'})`);
  if (!built?.channel || built.channel !== current.channel)
    wrong.push(`channel ${built?.channel ?? '(none)'} (channel.json is ${current.channel ?? 'without an id'})`);
  return wrong.length ? `built for ${wrong.join(' and ')}` : undefined;
}
