// The model file, model/lm.bin: statistics only, no corpus text.
//
//   bytes 0–7   magic "CCHCLM01"
//   bytes 8–11  length of the JSON header (little-endian uint32)
//   header      JSON: settings, section offsets and the vocabulary (syllables)
//   sections    4-byte aligned typed arrays, offsets counted from the file start:
//               unigram scores (uint8), bigram keys (uint32) + scores (uint8),
//               trigram fingerprints (uint32) + scores (uint8)
// Scores are quantised negative natural logs: score = -q / quantScale.
// Bigram and trigram tables are open-addressing hash tables (linear probing from
// slotOf(hash, size), see hash.ts).

export const MAGIC = 'CCHCLM01';
export const EMPTY_BIGRAM = 0xffffffff;

export interface Section {
  offset: number;
  length: number;
}

export interface ModelHeader {
  version: 1;
  smoothing: 'stupid-backoff';
  /** ln of the back-off factor (stupid backoff's alpha). */
  backoff: number;
  quantScale: number;
  /** Word ids 0–3 are <s>/</s>, <num>, <unk>, ",". */
  vocab: string[];
  unigram: Section;
  bigramKeys: Section;
  bigramScores: Section;
  trigramFingerprints: Section;
  trigramScores: Section;
  stats: Record<string, number | string>;
}

export const SPECIAL = { boundary: 0, number: 1, unknown: 2, comma: 3 } as const;
export const SPECIAL_WORDS = ['<s>', '<num>', '<unk>', ','];

export interface ModelArrays {
  unigram: Uint8Array;
  bigramKeys: Uint32Array;
  bigramScores: Uint8Array;
  trigramFingerprints: Uint32Array;
  trigramScores: Uint8Array;
}

const align4 = (n: number) => (n + 3) & ~3;

export function writeModel(header: Omit<ModelHeader, 'unigram' | 'bigramKeys' | 'bigramScores' | 'trigramFingerprints' | 'trigramScores'>, arrays: ModelArrays): Buffer {
  const order: (keyof ModelArrays)[] = ['bigramKeys', 'trigramFingerprints', 'unigram', 'bigramScores', 'trigramScores'];
  // Reserve room for the header first (offsets written as wide placeholders), then lay out the sections after it.
  const placeholder = Object.fromEntries(order.map((n) => [n, { offset: 0xffffffff, length: 0xffffffff }]));
  const reserved = Buffer.byteLength(JSON.stringify({ ...header, ...placeholder })) + 16;
  const sections: Record<string, Section> = {};
  let offset = align4(12 + reserved);
  for (const name of order) {
    sections[name] = { offset, length: arrays[name].length };
    offset = align4(offset + arrays[name].byteLength);
  }
  const json = Buffer.from(JSON.stringify({ ...header, ...sections }), 'utf8');
  if (json.length > reserved) throw new Error('model header outgrew its reserved space');
  const headerJson = Buffer.concat([json, Buffer.alloc(reserved - json.length, 0x20)]);
  const end = Math.max(...order.map((n) => sections[n]!.offset + arrays[n].byteLength));
  const out = Buffer.alloc(align4(end));
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(headerJson.length, 8);
  headerJson.copy(out, 12);
  for (const name of order) {
    const a = arrays[name];
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, sections[name]!.offset);
  }
  return out;
}

export class CorruptModelError extends Error {}

export function readModel(bytes: Buffer): { header: ModelHeader; arrays: ModelArrays } {
  if (bytes.length < 12 || bytes.toString('latin1', 0, 8) !== MAGIC) throw new CorruptModelError('not a cchc language model (bad magic)');
  const headerLength = bytes.readUInt32LE(8);
  if (12 + headerLength > bytes.length) throw new CorruptModelError('truncated header');
  let header: ModelHeader;
  try {
    header = JSON.parse(bytes.toString('utf8', 12, 12 + headerLength)) as ModelHeader;
  } catch {
    throw new CorruptModelError('unreadable header');
  }
  if (header.version !== 1) throw new CorruptModelError(`unsupported model version ${String(header.version)}`);
  // Copy into a fresh aligned buffer only when the file's buffer is misaligned.
  const base = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes);
  const view = <T>(s: Section | undefined, width: number, make: (b: ArrayBuffer, o: number, n: number) => T): T => {
    if (!s || s.offset + s.length * width > base.length) throw new CorruptModelError('truncated section');
    return make(base.buffer as ArrayBuffer, base.byteOffset + s.offset, s.length);
  };
  const u8 = (b: ArrayBuffer, o: number, n: number) => new Uint8Array(b, o, n);
  const u32 = (b: ArrayBuffer, o: number, n: number) => new Uint32Array(b, o, n);
  const arrays = {
    unigram: view(header.unigram, 1, u8),
    bigramKeys: view(header.bigramKeys, 4, u32),
    bigramScores: view(header.bigramScores, 1, u8),
    trigramFingerprints: view(header.trigramFingerprints, 4, u32),
    trigramScores: view(header.trigramScores, 1, u8),
  };
  if (arrays.unigram.length !== header.vocab.length) throw new CorruptModelError('vocabulary and unigram table differ in size');
  if (!arrays.bigramKeys.length || !arrays.trigramFingerprints.length) throw new CorruptModelError('empty hash tables');
  return { header, arrays };
}
