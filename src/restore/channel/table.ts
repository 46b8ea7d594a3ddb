// candidates() answered from a file instead of computed: model/candidates.bin holds, per profile,
// what compute() gives for the forms documents use most (every LM syllable and its stripped key,
// the channel's counted OCR forms, the forms of the OCR'd training pages). Written by
// scripts/build-candidates.ts; statistics only (forms → syllables and log-probabilities).
//
//   bytes 0–7   magic "CCHCCT01"
//   bytes 8–11  length of the JSON header (little-endian uint32)
//   header      JSON: the ids of the language model and channel it was built from, `max`, where each section lies
//   sections    8-byte aligned typed arrays, offsets from the file start:
//     wordStarts  u32[W+1]   candidate syllables, UTF-16 code units in wordChars
//     wordChars   u16
//     per profile:
//       slots       u32[S]   open addressing by FNV-1a of the form: entry + 1, 0 empty
//       formStarts  u32[N+1] the forms, UTF-16 code units in formChars
//       formChars   u16
//       candStarts  u32[N+1] entry e's candidates are candWords/candLogProbs[candStarts[e] … candStarts[e+1])
//       candWords   u16      index into the syllables, or ITSELF: the form as printed
//       candLogProbs f32     exactly compute()'s numbers (single precision: compute() rounds them so),
//                            so table and computation agree bit for bit
//     channels  u8 per profile: the channel tables a miss needs, JSON (stored-tables.ts)
//
// A table built from another channel.json or lm.bin (their ids, model-ids.ts) or by another version
// of the algorithm (CANDIDATES_ALGORITHM) is not used: candidates() then computes, as without a table.
import { readBinaryHeader } from '../binary-header.js';
import { messageOf } from '../../errors.js';
import { readFileSync } from 'node:fs';
import { fnv1a } from '../lm/hash.js';
import { channelIdIn, mismatch, type BuiltFrom, type ModelId } from '../model-ids.js';
import { candidateTablePath } from '../model-path.js';
import { readModelFile } from '../model-files.js';
import type { Lexicon } from '../../vietnamese/index.js';
import { channelPath, PROFILES, type ChannelTables, type Profile } from './model.js';
import { tablesOfStored, type StoredChannel } from './stored-tables.js';

export const TABLE_MAGIC = 'CCHCCT01';
/** A candidate that is the form itself (a code, a foreign word kept as printed). */
export const ITSELF = 0xffff;

/**
 * Bump whenever compute() (channel/index.ts, keys.ts, score.ts, model.ts's tablesOf) or the syllable
 * rules it uses change what it returns: the committed table then stops matching until rebuilt.
 */
export const CANDIDATES_ALGORITHM = 7;

/** A candidate list as the decoder stores it (lookupIds): the same list as lookup()'s, without an object per candidate. */
export interface StoredList {
  syllables: string[];
  /** The syllables' word ids in the decoder's model. */
  ids: Int32Array;
  logProbs: Float64Array;
}

export interface CandidateLike {
  syllable: string;
  logProb: number;
}

type SectionKind = 'u8' | 'u16' | 'u32' | 'f32';
export interface TableSection {
  kind: SectionKind;
  offset: number;
  length: number;
}

export const PROFILE_SECTIONS = ['slots', 'formStarts', 'formChars', 'candStarts', 'candWords', 'candLogProbs'] as const;
type ProfileSection = (typeof PROFILE_SECTIONS)[number];
export const SECTION_KINDS: Record<ProfileSection | 'wordStarts' | 'wordChars', SectionKind> = {
  wordStarts: 'u32',
  wordChars: 'u16',
  slots: 'u32',
  formStarts: 'u32',
  formChars: 'u16',
  candStarts: 'u32',
  candWords: 'u16',
  candLogProbs: 'f32',
};

export interface TableHeader {
  version: 1;
  /** The ids of the files the table was computed from. */
  built: BuiltFrom;
  /** The `max` of candidates() the lists were computed with. */
  max: number;
  /** CANDIDATES_ALGORITHM when built. */
  algorithm: number;
  words: { wordStarts: TableSection; wordChars: TableSection };
  profiles: Record<Profile, Record<ProfileSection, TableSection>>;
  /** Every OCR form channel.json counted, up to this many letters, is a form of the table … */
  coveredLength?: number;
  /** … so a miss is computed with these tables (no counted forms), read instead of channel.json. */
  channels?: Record<Profile, TableSection>;
}

/** Why a table does not go with the language model of id `languageModel` and the channel at `channelPath`; undefined when it does. */
export function tableMismatch(header: TableHeader, languageModel: ModelId | undefined, channelPath: string): string | undefined {
  if (header.algorithm !== CANDIDATES_ALGORITHM)
    return `built by candidates algorithm ${String(header.algorithm)}, this is ${CANDIDATES_ALGORITHM}`;
  return mismatch(header.built, { languageModel, channel: channelIdIn(channelPath) });
}

/** Slot of a form in a table of `size` slots (a power of two). */
export function formSlot(form: string, size: number): number {
  return fnv1a(form) & (size - 1);
}

/** Same code units? (The form stored at chars[from, to) against a string.) */
function sameForm(chars: Uint16Array, from: number, to: number, form: string): boolean {
  if (to - from !== form.length) return false;
  for (let i = 0; i < form.length; i++) if (chars[from + i] !== form.charCodeAt(i)) return false;
  return true;
}

/** Buffer's decoder, not a TextDecoder: the same UTF-8 text without TextDecoder's first-use set-up. */
function utf8(bytes: Uint8Array | Uint16Array | Uint32Array | Float32Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

function text(chars: Uint16Array, from: number, to: number): string {
  return String.fromCharCode(...chars.subarray(from, to));
}

/** One profile's precomputed lists, usable only with the lexicon it was checked against. */
export class CandidateTable {
  private readonly decodedWords: Array<string | undefined>;
  private channel: ChannelTables | null | undefined;

  constructor(
    private readonly lexicon: Lexicon,
    private readonly max: number,
    private readonly wordStarts: Uint32Array,
    private readonly wordChars: Uint16Array,
    private readonly a: Record<ProfileSection, Uint16Array | Uint32Array | Float32Array>,
    /** The stored channel tables for misses and the form length they hold for, when the file has them. */
    private readonly stored?: { coveredLength: number; read: () => ChannelTables },
  ) {
    this.decodedWords = new Array<string | undefined>(wordStarts.length - 1);
  }

  /** The list candidates() would compute for `form`, or undefined when the table does not hold it. */
  lookup(form: string, lexicon: Lexicon, max: number): CandidateLike[] | undefined {
    const entry = this.entryFor(form, lexicon, max);
    return entry < 0 ? undefined : this.entry(entry, form);
  }

  /** The entry holding `form` when this table answers for `lexicon` and `max`, else -1. */
  private entryFor(form: string, lexicon: Lexicon, max: number): number {
    return lexicon === this.lexicon && max === this.max ? this.entryOf(form) : -1;
  }

  /**
   * lookup()'s list as a StoredList: the syllables, their ids by `idOf` (asked once per table word),
   * and the file's log-probabilities (in double precision, the decoder's). undefined where lookup() gives undefined.
   */
  lookupIds(form: string, lexicon: Lexicon, max: number, idOf: (word: string) => number): StoredList | undefined {
    const entry = this.entryFor(form, lexicon, max);
    if (entry < 0) return undefined;
    if (this.idsBy !== idOf) {
      this.idsBy = idOf;
      this.wordIds = new Int32Array(this.decodedWords.length).fill(-1);
    }
    const starts = this.a.candStarts as Uint32Array;
    const words = this.a.candWords as Uint16Array;
    const from = starts[entry]!;
    const to = starts[entry + 1]!;
    const syllables: string[] = [];
    const ids = new Int32Array(to - from);
    for (let c = from; c < to; c++) {
      const index = words[c]!;
      if (index === ITSELF) {
        syllables.push(form);
        ids[c - from] = idOf(form);
      } else {
        const word = this.word(index);
        syllables.push(word);
        let id = this.wordIds[index]!;
        if (id < 0) this.wordIds[index] = id = idOf(word);
        ids[c - from] = id;
      }
    }
    return { syllables, ids, logProbs: Float64Array.from((this.a.candLogProbs as Float32Array).subarray(from, to)) };
  }
  private idsBy: ((word: string) => number) | undefined;
  private wordIds = new Int32Array(0);

  /**
   * The channel tables to compute a form this table does not hold: the stored ones, which lack
   * only counted forms and so serve any form the table would hold if it had been counted; undefined
   * when the file has none, the form is longer than that guarantee, or the table holds it.
   */
  missTables(form: string): ChannelTables | undefined {
    if (!this.stored || form.length > this.stored.coveredLength || this.entryOf(form) >= 0) return undefined;
    return this.storedTables();
  }

  /** The stored channel tables (all but the counted forms); undefined when the file has none or they are damaged. */
  storedTables(): ChannelTables | undefined {
    if (!this.stored) return undefined;
    if (this.channel === undefined) {
      try {
        this.channel = this.stored.read();
      } catch {
        this.channel = null; // a damaged section: model/channel.json instead
      }
    }
    return this.channel ?? undefined;
  }

  /** The entry holding `form`, or -1. */
  private entryOf(form: string): number {
    const slots = this.a.slots as Uint32Array;
    const formStarts = this.a.formStarts as Uint32Array;
    const formChars = this.a.formChars as Uint16Array;
    const mask = slots.length - 1;
    // At most every slot once: a damaged file with no empty slot must not loop forever.
    for (let s = formSlot(form, slots.length), probes = 0; probes < slots.length; s = (s + 1) & mask, probes++) {
      const slot = slots[s]!;
      if (slot === 0) return -1;
      const entry = slot - 1;
      if (entry + 1 < formStarts.length && sameForm(formChars, formStarts[entry]!, formStarts[entry + 1]!, form)) return entry;
    }
    return -1;
  }

  /** Every form the table holds, in file order (for checks against compute()). */
  forms(): string[] {
    const formStarts = this.a.formStarts as Uint32Array;
    const formChars = this.a.formChars as Uint16Array;
    return Array.from({ length: formStarts.length - 1 }, (_, e) => text(formChars, formStarts[e]!, formStarts[e + 1]!));
  }

  private entry(entry: number, form: string): CandidateLike[] {
    const starts = this.a.candStarts as Uint32Array;
    const words = this.a.candWords as Uint16Array;
    const logProbs = this.a.candLogProbs as Float32Array;
    const out: CandidateLike[] = [];
    for (let c = starts[entry]!; c < starts[entry + 1]!; c++) {
      out.push({ syllable: words[c] === ITSELF ? form : this.word(words[c]!), logProb: logProbs[c]! });
    }
    return out;
  }

  private word(index: number): string {
    return (this.decodedWords[index] ??= text(this.wordChars, this.wordStarts[index]!, this.wordStarts[index + 1]!));
  }
}

export class CandidateTableError extends Error {}

/** The parsed file, all profiles: typed-array views on the file's bytes. */
export interface TableFile {
  header: TableHeader;
  view(section: TableSection): Uint8Array | Uint16Array | Uint32Array | Float32Array;
}

export function readTableFile(bytes: Buffer): TableFile {
  const header = readBinaryHeader<TableHeader>(bytes, TABLE_MAGIC, 'candidate table', (why) => new CandidateTableError(why));
  if (header.version !== 1 || !header.words || !header.profiles)
    throw new CandidateTableError(`unsupported table version ${String(header.version)}`);
  // Sections start 8-byte aligned (typed views need aligned offsets): copy only when the file's buffer is misaligned.
  const base = bytes.byteOffset % 8 === 0 ? bytes : Buffer.from(bytes);
  const view = (s: TableSection) => {
    const width = s.kind === 'u8' ? 1 : s.kind === 'u16' ? 2 : 4;
    if (s.offset % 8 !== 0 || s.offset + s.length * width > base.length) throw new CandidateTableError('truncated or damaged section');
    const at = base.byteOffset + s.offset;
    if (s.kind === 'u8') return new Uint8Array(base.buffer, at, s.length);
    return s.kind === 'u16'
      ? new Uint16Array(base.buffer, at, s.length)
      : s.kind === 'u32'
        ? new Uint32Array(base.buffer, at, s.length)
        : new Float32Array(base.buffer, at, s.length);
  };
  return { header, view };
}

/** One profile's sections of a parsed file, checked for size and consistency. */
function profileArrays(file: TableFile, profile: Profile): Record<ProfileSection, Uint16Array | Uint32Array | Float32Array> {
  const sections = file.header.profiles[profile];
  if (!sections) throw new CandidateTableError(`no ${profile} profile`);
  const a = Object.fromEntries(PROFILE_SECTIONS.map((name) => [name, file.view(sections[name])])) as Record<
    ProfileSection,
    Uint16Array | Uint32Array | Float32Array
  >;
  const entries = a.formStarts.length - 1;
  if (
    a.candStarts.length !== entries + 1 ||
    a.candWords.length !== a.candLogProbs.length ||
    (a.slots.length & (a.slots.length - 1)) !== 0
  ) {
    throw new CandidateTableError(`inconsistent ${profile} tables`);
  }
  return a;
}

/** The table of one profile from a parsed file, bound to the lexicon it was checked against. */
export function tableOf(file: TableFile, profile: Profile, lexicon: Lexicon): CandidateTable {
  const a = profileArrays(file, profile);
  const { coveredLength, channels } = file.header;
  const section = channels?.[profile];
  const stored =
    section && typeof coveredLength === 'number'
      ? { coveredLength, read: () => tablesOfStored(JSON.parse(utf8(file.view(section))) as StoredChannel) }
      : undefined;
  return new CandidateTable(
    lexicon,
    file.header.max,
    file.view(file.header.words.wordStarts) as Uint32Array,
    file.view(file.header.words.wordChars) as Uint16Array,
    a,
    stored,
  );
}

/**
 * One candidates.bin, read once on first use (null when it is missing or damaged), with each
 * profile's table opened once per lexicon. A Restorer has one; `read` gives the file's bytes.
 */
export class CandidateTableSource {
  private file: TableFile | null | undefined;
  private readonly tables = new WeakMap<Lexicon, Partial<Record<Profile, CandidateTable | null>>>();

  constructor(
    private readonly paths: { candidates: string; channel: string },
    private readonly read: (path: string) => Buffer = readModelFile,
  ) {}

  /** The parsed file, or null when there is none or it is damaged (the lists are computed instead). */
  tableFile(): TableFile | null {
    if (this.file === undefined) {
      try {
        this.file = readTableFile(this.read(this.paths.candidates));
      } catch {
        this.file = null; // no table or a damaged one: the lists are computed instead
      }
    }
    return this.file;
  }

  /**
   * The precomputed table of a profile for the lexicon of the language model of id `languageModel`;
   * undefined when there is no table, it is damaged, or it was built from another channel, language
   * model or algorithm (then the lists are computed, as they always can be: `npm run
   * build:candidates` brings the table back).
   */
  table(profile: Profile, lexicon: Lexicon, languageModel: ModelId | undefined): CandidateTable | undefined {
    let forLexicon = this.tables.get(lexicon);
    if (!forLexicon) this.tables.set(lexicon, (forLexicon = {}));
    let table = forLexicon[profile];
    if (table === undefined) table = forLexicon[profile] = this.open(profile, lexicon, languageModel);
    return table ?? undefined;
  }

  private open(profile: Profile, lexicon: Lexicon, languageModel: ModelId | undefined): CandidateTable | null {
    const current = this.tableFile();
    try {
      if (!current || tableMismatch(current.header, languageModel, this.paths.channel)) return null;
      return tableOf(current, profile, lexicon);
    } catch {
      return null; // no channel to check against, or a damaged section: compute instead
    }
  }
}

/** The table of a profile from a fresh read of the package's model/candidates.bin (see CandidateTableSource.table). */
export function candidateTable(profile: Profile, lexicon: Lexicon, languageModel: ModelId | undefined): CandidateTable | undefined {
  return new CandidateTableSource({ candidates: candidateTablePath(), channel: channelPath() }).table(profile, lexicon, languageModel);
}

/** Why the package's table would not be used with the language model of id `languageModel` (the test reports it), or undefined when it is current. */
export function staleReason(languageModel: ModelId | undefined): string | undefined {
  let current: TableFile;
  try {
    current = readTableFile(readFileSync(candidateTablePath()));
    for (const profile of PROFILES) profileArrays(current, profile);
  } catch (error) {
    return `${candidateTablePath()}: ${messageOf(error)}`;
  }
  const why = tableMismatch(current.header, languageModel, channelPath());
  return why && `${candidateTablePath()}: ${why}`;
}
