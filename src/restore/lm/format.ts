// The model file, model/lm.bin: statistics only, no corpus text.
//
//   bytes 0–7   magic "CCHCLM03"
//   bytes 8–11  length of the JSON header (little-endian uint32)
//   header      JSON: the file's id, settings, the vocabulary (syllables) and where each section lies
//               (the id, written by withModelId, is a hash of the rest of the header and the sections)
//   sections    4-byte aligned typed arrays (uint8/uint16/uint32), offsets from the file start
//
// Tables (V = vocabulary size; word ids 0–3 are <s>/</s>, <num>, <unk>, ","):
//   unigram            uint8[V]       score of each word
//   syllable           uint8[V]       1 when the word is a valid Vietnamese syllable (the Lexicon's words)
//   bigramOffsets      uint32[V+1]    followers of word b are bigramWords[offsets[b] … offsets[b+1]), sorted
//   bigramWords/Scores uint16/uint8
//   contextKeys        uint32[S]      open-addressing hash table of trigram contexts (a << 16 | b), 0xffffffff empty
//   contextStarts      uint32[S]      … their followers are trigramWords[start … start + length), sorted
//   contextLengths     uint16[S]
//   trigramWords/Scores uint16/uint8
//   bestTrigramLevel   uint16[V]      derived from the tables above (best-levels.ts), written by
//   bestBigramLevel    uint16[V]      writeModel so that a cold start need not read every entry for
//   bestFollowerLevel  uint16[V]      them; optional: a file without them has them computed
// Scores are quantised negative natural logs: score = -q / quantScale.

import { readBinaryHeader } from '../binary-header.js';
import { contentId, type ModelId } from '../model-ids.js';
import { bestLevelsOf, type BestLevels } from './best-levels.js';

export const MAGIC = 'CCHCLM03';
export const EMPTY_KEY = 0xffffffff;

type ArrayKind = 'u8' | 'u16' | 'u32';

export interface Section {
  kind: ArrayKind;
  offset: number;
  length: number;
}

export interface ModelArrays {
  unigram: Uint8Array;
  syllable: Uint8Array;
  bigramOffsets: Uint32Array;
  bigramWords: Uint16Array;
  bigramScores: Uint8Array;
  contextKeys: Uint32Array;
  contextStarts: Uint32Array;
  contextLengths: Uint16Array;
  trigramWords: Uint16Array;
  trigramScores: Uint8Array;
}

const KINDS: Record<keyof ModelArrays, ArrayKind> = {
  unigram: 'u8',
  syllable: 'u8',
  bigramOffsets: 'u32',
  bigramWords: 'u16',
  bigramScores: 'u8',
  contextKeys: 'u32',
  contextStarts: 'u32',
  contextLengths: 'u16',
  trigramWords: 'u16',
  trigramScores: 'u8',
};

export interface ModelSettings {
  version: 3;
  smoothing: 'stupid-backoff';
  /** ln of the back-off factor (stupid backoff's alpha). */
  backoff: number;
  quantScale: number;
  vocab: string[];
  stats: Record<string, number | string>;
}

/** The sections of the best levels (see BestLevels), by their field. */
const BEST_SECTIONS = { trigram: 'bestTrigramLevel', bigram: 'bestBigramLevel', followers: 'bestFollowerLevel' } as const;
type BestSection = (typeof BEST_SECTIONS)[keyof BestLevels];

export interface ModelHeader extends ModelSettings {
  /** The file's id (model-ids.ts), written when it was built; candidates.bin names the model it goes with by it. */
  id?: ModelId;
  sections: Record<keyof ModelArrays, Section> & Partial<Record<BestSection, Section>>;
}

export const SPECIAL = { boundary: 0, number: 1, unknown: 2, comma: 3 } as const;
export const SPECIAL_WORDS = ['<s>', '<num>', '<unk>', ','];

const align4 = (n: number) => (n + 3) & ~3;

export function writeModel(settings: ModelSettings, tables: ModelArrays): Buffer {
  const best = bestLevelsOf(tables, settings.vocab.length);
  const arrays: Record<string, Uint8Array | Uint16Array | Uint32Array> = { ...tables };
  const kinds: Record<string, ArrayKind> = { ...KINDS };
  for (const [field, name] of Object.entries(BEST_SECTIONS)) {
    arrays[name] = best[field as keyof BestLevels];
    kinds[name] = 'u16';
  }
  const names = Object.keys(arrays);
  // Reserve room for the header (offsets as wide placeholders), then lay the sections out after it.
  const wide = Object.fromEntries(names.map((n) => [n, { kind: kinds[n], offset: 0xffffffff, length: 0xffffffff }]));
  const reserved = Buffer.byteLength(JSON.stringify({ id: '0'.repeat(16), ...settings, sections: wide })) + 16;
  const sections: Record<string, Section> = {};
  let offset = align4(12 + reserved);
  for (const name of names) {
    sections[name] = { kind: kinds[name]!, offset, length: arrays[name]!.length };
    offset = align4(offset + arrays[name]!.byteLength);
  }
  const json = Buffer.from(JSON.stringify({ ...settings, sections }), 'utf8');
  if (json.length > reserved) throw new Error('model header outgrew its reserved space');
  const out = Buffer.alloc(offset);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(reserved, 8);
  json.copy(out, 12);
  out.fill(0x20, 12 + json.length, 12 + reserved);
  for (const name of names) {
    const a = arrays[name]!;
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, sections[name]!.offset);
  }
  return withModelId(out);
}

/** The file with its id written into its header: a hash of the header without the id and of every byte after it. */
export function withModelId(bytes: Buffer): Buffer {
  const { id: _old, ...header } = readBinaryHeader<ModelHeader>(
    bytes,
    MAGIC,
    'language model of this version',
    (why) => new CorruptModelError(why),
  );
  const reserved = bytes.readUInt32LE(8);
  const id = contentId([JSON.stringify(header), bytes.subarray(12 + reserved)]);
  const { version, ...rest } = header;
  const json = Buffer.from(JSON.stringify({ version, id, ...rest }), 'utf8');
  if (json.length > reserved) throw new Error('model header outgrew its reserved space');
  const out = Buffer.from(bytes);
  json.copy(out, 12);
  out.fill(0x20, 12 + json.length, 12 + reserved);
  return out;
}

export class CorruptModelError extends Error {}

/** The file's tables, and the best levels derived from them when the file has them. */
export function readModel(bytes: Buffer): { header: ModelHeader; arrays: ModelArrays; best: BestLevels | undefined } {
  const header = readBinaryHeader<ModelHeader>(bytes, MAGIC, 'language model of this version', (why) => new CorruptModelError(why));
  if (header.version !== 3 || !header.sections) throw new CorruptModelError(`unsupported model version ${String(header.version)}`);
  // Typed-array views need aligned offsets: copy only when the file's buffer is misaligned.
  const base = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes);
  const section = (name: string, kind: ArrayKind, width: number): { at: number; length: number } => {
    const s = (header.sections as Record<string, Section | undefined>)[name];
    if (!s || s.kind !== kind || s.offset % 4 !== 0 || s.offset + s.length * width > base.length) {
      throw new CorruptModelError(`truncated or damaged section ${name}`);
    }
    return { at: base.byteOffset + s.offset, length: s.length };
  };
  const u8 = (name: string) => {
    const { at, length } = section(name, 'u8', 1);
    return new Uint8Array(base.buffer, at, length);
  };
  const u16 = (name: string) => {
    const { at, length } = section(name, 'u16', 2);
    return new Uint16Array(base.buffer, at, length);
  };
  const u32 = (name: string) => {
    const { at, length } = section(name, 'u32', 4);
    return new Uint32Array(base.buffer, at, length);
  };
  // In the order of KINDS (the first damaged section is the one named).
  const a: ModelArrays = {
    unigram: u8('unigram'),
    syllable: u8('syllable'),
    bigramOffsets: u32('bigramOffsets'),
    bigramWords: u16('bigramWords'),
    bigramScores: u8('bigramScores'),
    contextKeys: u32('contextKeys'),
    contextStarts: u32('contextStarts'),
    contextLengths: u16('contextLengths'),
    trigramWords: u16('trigramWords'),
    trigramScores: u8('trigramScores'),
  };
  const v = header.vocab.length;
  if (a.unigram.length !== v || a.syllable.length !== v || a.bigramOffsets.length !== v + 1)
    throw new CorruptModelError('vocabulary and tables differ in size');
  if (a.bigramOffsets[v] !== a.bigramWords.length || a.contextKeys.length === 0) throw new CorruptModelError('inconsistent tables');
  let best: BestLevels | undefined;
  if (header.sections.bestTrigramLevel) {
    const levels = (field: keyof BestLevels) => u16(BEST_SECTIONS[field]);
    best = { trigram: levels('trigram'), bigram: levels('bigram'), followers: levels('followers') };
    if (best.trigram.length !== v || best.bigram.length !== v || best.followers.length !== v)
      throw new CorruptModelError('best levels and vocabulary differ in size');
  }
  return { header, arrays: a, best };
}
