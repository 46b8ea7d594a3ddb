// Precompute candidates() for the forms documents use most and write model/candidates.bin
// (layout in src/restore/channel/table.ts), so that a cold `cchc normalize` looks most words up
// instead of searching keys and scoring syllables for each. Forms, per profile:
//   · every word of the LM vocabulary and its stripped key ("quyết", "quyet");
//   · the OCR forms the channel counted for that profile (model/channel.json's `tokens`);
//   · the words of the OCR'd training pages: ../shared/ocr-pairs/*.{eng,vie}.txt and those of the
//     folders in $OCR_DATA (colon-separated; default /work/ocr-data, pairs of scripts/make-ocr-pairs.ts)
//     — eng pages for the heavy profile, vie pages for the light one. Never the held-out pairs p32–p35 (their miss rate measures the table) nor the seeds;
//   · heavy profile: the forms the channel itself expects OCR to make of the most frequent syllables
//     (expectedForms below), for pages the training never saw.
// Only forms, syllables and log-probabilities are written, no text.
// Run after the LM or the channel changes (learn-channel.ts calls it at its end):
//   npm run build:candidates            (`-- --check`: rebuild to a scratch file, compare with the committed one)
import { deepStrictEqual } from 'node:assert';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cleanupOcr } from '../src/restore/cleanup.js';
import { candidates } from '../src/restore/channel/index.js';
import { channelPath, channelTables, PROFILES, type ChannelTables, type Profile } from '../src/restore/channel/model.js';
import { candidateTablePath } from '../src/restore/model-path.js';
import { channelIdIn } from '../src/restore/model-ids.js';
import {
  CANDIDATES_ALGORITHM,
  formSlot,
  ITSELF,
  PROFILE_SECTIONS,
  SECTION_KINDS,
  TABLE_MAGIC,
  type TableHeader,
  type TableSection,
} from '../src/restore/channel/table.js';
import { storedChannelOf, tablesOfStored } from '../src/restore/channel/stored-tables.js';
import { loadModel } from '../src/restore/lm/load.js';
import { lmTokens } from '../src/restore/lm/tokens.js';
import { removeTone, splitSyllable, stripDiacritics, toneOf, TONES, writeSyllable, type Lexicon } from '../src/vietnamese/index.js';
import { sharedDir } from '../tests/helpers/shared.js';
import { HELD_OUT_PAIRS } from './learn-channel.js';

/** candidates()'s default `max`, the one the decoder asks with. */
const MAX = 12;
/** The decoder keeps longer tokens as they are without asking the channel. */
const MAX_FORM_LENGTH = 12;
const OCR_DATA = (process.env.OCR_DATA ?? '/work/ocr-data').split(':');
/** Which OCR'd pages feed each profile's forms. */
const PAGES: Record<Profile, RegExp> = { heavy: /\.eng\.txt$/, light: /\.vie\.txt$/ };

/** Lowercase word forms of OCR'd text, cut as the decoder cuts it. */
function formsOf(text: string, into: Set<string>): void {
  for (const token of lmTokens(cleanupOcr(text.normalize('NFC')).text)) {
    if (token.kind === 'word' && token.text.length <= MAX_FORM_LENGTH) into.add(token.text.toLowerCase());
  }
}

function pageForms(profile: Profile): Set<string> {
  const forms = new Set<string>();
  for (const dir of [join(sharedDir, 'ocr-pairs'), ...OCR_DATA]) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (PAGES[profile].test(name) && !HELD_OUT_PAIRS.includes(name.split('.')[0]!)) formsOf(readFileSync(join(dir, name), 'utf8'), forms);
    }
  }
  return forms;
}

/** Most frequent syllables whose expected OCR forms are added (heavy profile) … */
const EXPECTED_SYLLABLES = 2000;
/** … their likeliest toneless OCR spellings, each also with the tones the OCR most often shows. */
const EXPECTED_SPELLINGS = 10;
const EXPECTED_TONES = 2;
const READ_RIGHT = Math.log(0.9); // a letter with no learned confusion, as score.ts reads it

/** The toneless letter strings the channel finds likeliest for toneless `letters`: a beam over its segments. */
function likeliestSpellings(tables: ChannelTables, letters: string, count: number): string[] {
  let beam: Array<{ at: number; out: string; logProb: number }> = [{ at: 0, out: '', logProb: 0 }];
  const done = new Map<string, number>();
  while (beam.length) {
    const next: typeof beam = [];
    for (const { at, out, logProb } of beam) {
      if (at === letters.length) {
        if ((done.get(out) ?? -Infinity) < logProb) done.set(out, logProb);
        continue;
      }
      for (let length = 1; length <= 2 && at + length <= letters.length; length++) {
        const segment = letters.slice(at, at + length);
        const readings = tables.ops.get(segment);
        if (readings) for (const [ocr, lp] of readings) next.push({ at: at + length, out: out + ocr, logProb: logProb + lp });
        else if (length === 1) next.push({ at: at + 1, out: out + segment, logProb: logProb + READ_RIGHT });
      }
    }
    beam = next.sort((a, b) => b.logProb - a.logProb).slice(0, 3 * count);
  }
  return [...done]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([out]) => out);
}

/** OCR forms the channel expects for the most frequent syllables of the lexicon ("của" → ctia, cua, cüa …). */
function expectedForms(tables: ChannelTables, vocab: readonly string[], lexicon: Lexicon): Set<string> {
  const forms = new Set<string>();
  const syllables = vocab.filter((w) => lexicon.has(w)).slice(0, EXPECTED_SYLLABLES);
  for (const syllable of syllables) {
    const tone = TONES.indexOf(toneOf(syllable));
    const shown = tables.tone[tone]!.map((lp, t) => [t, lp] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, EXPECTED_TONES);
    for (const letters of likeliestSpellings(tables, removeTone(syllable), EXPECTED_SPELLINGS)) {
      forms.add(letters);
      const parts = splitSyllable(letters);
      if (parts) for (const [t] of shown) forms.add(writeSyllable(parts, TONES[t]!, 'new'));
    }
  }
  return forms;
}

function formsFor(profile: Profile, vocab: readonly string[], lexicon: Lexicon): string[] {
  const forms = new Set<string>();
  for (const word of vocab) {
    if (word.startsWith('<') || word.length > MAX_FORM_LENGTH) continue;
    forms.add(word);
    forms.add(stripDiacritics(word));
  }
  for (const form of channelTables(profile).tokens.keys()) if (form.length <= MAX_FORM_LENGTH) forms.add(form);
  for (const form of pageForms(profile)) forms.add(form);
  if (profile === 'heavy')
    for (const form of expectedForms(channelTables(profile), vocab, lexicon)) if (form.length <= MAX_FORM_LENGTH) forms.add(form);
  return [...forms].sort();
}

/**
 * The channel tables a miss is computed with (stored-tables.ts), as UTF-8 JSON. Valid only because
 * every counted form up to MAX_FORM_LENGTH letters is one of the table's forms: checked here, as is
 * reading them back to exactly the tables compute() uses, counted forms aside.
 */
function storedChannelBytes(profile: Profile, forms: Set<string>): Uint8Array {
  const tables = channelTables(profile);
  for (const form of tables.tokens.keys()) {
    if (form.length <= MAX_FORM_LENGTH && !forms.has(form)) throw new Error(`counted form ${form} is not in the ${profile} table`);
  }
  const json = JSON.stringify(storedChannelOf(tables));
  deepStrictEqual(tablesOfStored(JSON.parse(json)), { ...tables, tokens: new Map() }, 'stored channel tables do not read back exactly');
  return Buffer.from(json, 'utf8');
}

const align8 = (n: number) => (n + 7) & ~7;

class Writer {
  private readonly parts: Array<{ offset: number; bytes: Uint8Array }> = [];
  private end = 0;
  add(kind: TableSection['kind'], values: ArrayLike<number>): TableSection {
    const array =
      kind === 'u8'
        ? Uint8Array.from(values)
        : kind === 'u16'
          ? Uint16Array.from(values)
          : kind === 'u32'
            ? Uint32Array.from(values)
            : Float32Array.from(values);
    const section = { kind, offset: this.end, length: array.length };
    this.parts.push({ offset: this.end, bytes: new Uint8Array(array.buffer, array.byteOffset, array.byteLength) });
    this.end = align8(this.end + array.byteLength);
    return section;
  }
  /** The file: magic, header length, header (padded to 8 bytes), then the sections. */
  write(header: (shift: (s: TableSection) => TableSection) => TableHeader): Buffer {
    // Section offsets are relative until the header's size is known: two passes over the header.
    const measure = JSON.stringify(header((s) => ({ ...s, offset: 0xffffffff })));
    const start = align8(12 + Buffer.byteLength(measure) + 8);
    const json = Buffer.from(JSON.stringify(header((s) => ({ ...s, offset: s.offset + start }))), 'utf8');
    const out = Buffer.alloc(start + this.end);
    out.write(TABLE_MAGIC, 0, 'latin1');
    out.writeUInt32LE(start - 12, 8);
    json.copy(out, 12);
    out.fill(0x20, 12 + json.length, start);
    for (const part of this.parts) out.set(part.bytes, start + part.offset);
    return out;
  }
}

const codeUnits = (s: string) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));

export interface BuildReport {
  path: string;
  bytes: number;
  forms: Record<Profile, number>;
  candidates: Record<Profile, number>;
}

export function buildCandidateTable(path = candidateTablePath()): BuildReport {
  const { lm, lexicon, id: languageModel } = loadModel();
  const writer = new Writer();
  const words: string[] = [];
  const wordIndex = new Map<string, number>();
  const wordOf = (syllable: string) => {
    let index = wordIndex.get(syllable);
    if (index === undefined) {
      index = words.length;
      if (index >= ITSELF) throw new Error('too many distinct candidate syllables for u16 indexes');
      words.push(syllable);
      wordIndex.set(syllable, index);
    }
    return index;
  };
  const profiles = {} as Record<Profile, Record<(typeof PROFILE_SECTIONS)[number], TableSection>>;
  const channels = {} as Record<Profile, TableSection>;
  const report: BuildReport = { path, bytes: 0, forms: { heavy: 0, light: 0 }, candidates: { heavy: 0, light: 0 } };
  for (const profile of PROFILES) {
    const forms = formsFor(profile, lm.vocab, lexicon);
    const formStarts = [0];
    const formChars: number[] = [];
    const candStarts = [0];
    const candWords: number[] = [];
    const candLogProbs: number[] = [];
    for (const form of forms) {
      formChars.push(...codeUnits(form));
      formStarts.push(formChars.length);
      for (const c of candidates(form, lexicon, { profile, max: MAX })) {
        candWords.push(c.syllable === form && !lexicon.has(form) ? ITSELF : wordOf(c.syllable));
        candLogProbs.push(c.logProb);
      }
      candStarts.push(candWords.length);
    }
    // Open addressing at most half full.
    let size = 1;
    while (size < forms.length * 2) size *= 2;
    const slots = new Uint32Array(size);
    forms.forEach((form, entry) => {
      let s = formSlot(form, size);
      while (slots[s] !== 0) s = (s + 1) & (size - 1);
      slots[s] = entry + 1;
    });
    const arrays = { slots, formStarts, formChars, candStarts, candWords, candLogProbs };
    profiles[profile] = Object.fromEntries(
      PROFILE_SECTIONS.map((name) => [name, writer.add(SECTION_KINDS[name], arrays[name])]),
    ) as (typeof profiles)[Profile];
    channels[profile] = writer.add('u8', storedChannelBytes(profile, new Set(forms)));
    report.forms[profile] = forms.length;
    report.candidates[profile] = candWords.length;
  }
  const wordStarts = [0];
  const wordChars: number[] = [];
  for (const w of words) {
    wordChars.push(...codeUnits(w));
    wordStarts.push(wordChars.length);
  }
  const wordSections = { wordStarts: writer.add('u32', wordStarts), wordChars: writer.add('u16', wordChars) };
  // The ids of the files the table goes with, as their builders wrote them (model-ids.ts).
  const channel = channelIdIn(channelPath());
  if (!languageModel || !channel)
    throw new Error(
      'lm.bin and channel.json need their ids (npm run build:model, scripts/learn-channel.ts, or scripts/stamp-model-ids.ts for files built before ids)',
    );
  const bytes = writer.write((shift) => ({
    version: 1,
    built: { languageModel, channel },
    max: MAX,
    algorithm: CANDIDATES_ALGORITHM,
    words: { wordStarts: shift(wordSections.wordStarts), wordChars: shift(wordSections.wordChars) },
    coveredLength: MAX_FORM_LENGTH,
    channels: Object.fromEntries(PROFILES.map((p) => [p, shift(channels[p])])) as Record<Profile, TableSection>,
    profiles: Object.fromEntries(
      PROFILES.map((p) => [p, Object.fromEntries(PROFILE_SECTIONS.map((name) => [name, shift(profiles[p][name])]))]),
    ) as TableHeader['profiles'],
  }));
  writeFileSync(path, bytes);
  report.bytes = bytes.length;
  return report;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // `--check`: build into a scratch file and say whether it is byte for byte the committed table.
  const check = process.argv.includes('--check');
  const scratch = check ? join(mkdtempSync(join(tmpdir(), 'cchc-candidates-')), 'candidates.bin') : undefined;
  const r = buildCandidateTable(scratch);
  console.log(
    `wrote ${r.path}: ${(r.bytes / 1048576).toFixed(2)} MB; heavy ${r.forms.heavy} forms / ${r.candidates.heavy} candidates, ` +
      `light ${r.forms.light} forms / ${r.candidates.light} candidates`,
  );
  if (scratch) {
    const same = readFileSync(scratch).equals(readFileSync(candidateTablePath()));
    rmSync(dirname(scratch), { recursive: true });
    console.log(same ? `${candidateTablePath()}: rebuilt to the same bytes` : `${candidateTablePath()}: the rebuild differs`);
    process.exitCode = same ? 0 : 1;
  }
}
