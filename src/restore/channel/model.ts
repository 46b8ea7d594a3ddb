// The learned channel (model/channel.json, written by scripts/learn-channel.ts): counts only,
// turned into log-probability tables once, on first use.
//   ops     c(gold segment → OCR segment) on toneless letters: "ủ"→"ti" is "u"→"ti" plus a tone
//   occ     how often each gold segment occurs (the denominators)
//   keyOps  the same counts with every mark stripped, to propose stripped keys ("ti" ⇒ "u")
//   tone    c(gold tone → tone the OCR shows), 6 × 6
//   tokens  c(OCR form → syllable) for forms seen at least twice ("ctia" → của)
//   gold    c(syllable) in the aligned training text (denominators of `tokens`, and a prior)
//   keep    [non-syllable OCR tokens that were right as printed, all non-syllable OCR tokens]
//   keepMarked  the same for the marked ones among them (optional: files before it price them keep − 2)
import { existsSync, readFileSync } from 'node:fs';
import { CchcError } from '../../errors.js';
import type { ChannelFile, ProfileCounts } from './file.js';
import { channelPath } from '../model-path.js';

export { channelPath };

export const PROFILES = ['heavy', 'light'] as const;
/** heavy: OCR without a Vietnamese model (marks lost, letters confused); light: a Vietnamese-aware OCR. */
export type Profile = (typeof PROFILES)[number];

/**
 * The profile for a document by its share of syllables carrying diacritics (restore/diacritic-share):
 * tesseract -l eng pages and the OCR'd seeds sit at 0.13–0.28, tesseract -l vie pages and clean text
 * at 0.81–0.92. Measured on p32–p35 vie restored always: heavy raises SER 0.49% → 1.38%, light
 * lowers it to 0.32%.
 */
export function profileForShare(diacriticShare: number): Profile {
  return diacriticShare >= 0.5 ? 'light' : 'heavy';
}

// The file's schema (zod) lives in file.ts, which only the learner and the tests load: zod takes
// longer to import than a cold `cchc normalize` may spend in all. Loading checks the shape by hand,
// down to each table (the learner validated every count when it wrote the file).
export type { ChannelFile, ProfileCounts } from './file.js';

const TABLES = ['ops', 'occ', 'keyOps', 'keyOcc', 'tokens', 'gold'] as const;
const isTable = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumbers = (v: unknown, length: number) => Array.isArray(v) && v.length === length && v.every((x) => typeof x === 'number');

/** Why `data` is not a channel file (shallowly, for the profiles named), or undefined when it looks like one. */
function shapeProblem(data: unknown, profiles: readonly Profile[] = PROFILES): string | undefined {
  if (!isTable(data)) return 'not an object';
  const file = data as Record<string, unknown>;
  if (file.version !== 1) return `unsupported version ${String(file.version)}`;
  if (typeof file.note !== 'string') return 'no note';
  if (!isTable(file.profiles)) return 'no profiles';
  for (const name of profiles) {
    const profile = (file.profiles as Record<string, unknown>)[name];
    if (!isTable(profile)) return `no ${name} profile`;
    const p = profile as Record<string, unknown>;
    for (const t of TABLES) if (!isTable(p[t])) return `profiles.${name}.${t}: not a table`;
    if (!Array.isArray(p.tone) || p.tone.length !== 6 || !p.tone.every((row) => isNumbers(row, 6)))
      return `profiles.${name}.tone: not 6 × 6 counts`;
    if (!isNumbers(p.keep, 2)) return `profiles.${name}.keep: not two counts`;
    if (p.keepMarked !== undefined && !isNumbers(p.keepMarked, 2)) return `profiles.${name}.keepMarked: not two counts`;
  }
  return undefined;
}

/** Readings of one OCR key segment kept for proposing keys: at most this many … */
const MAX_READINGS = 10;
/** … each at least this likely. */
const MIN_READING_LOG_PROB = Math.log(5e-5);

export interface ChannelTables {
  /** log P(ocr segment | gold segment), toneless letters. */
  ops: Map<string, Map<string, number>>;
  /** OCR key segment → [gold key segment, log P(ocr | gold)], best first. */
  reverseKeyOps: Map<string, Array<[string, number]>>;
  /** log P(tone shown | true tone), [true][shown] in TONES order. */
  tone: number[][];
  tokens: Map<string, Map<string, number>>;
  gold: Map<string, number>;
  goldTotal: number;
  logKeep: number;
  /** log P(right as printed) of a marked non-syllable OCR token. */
  logKeepMarked: number;
}

export class ChannelModelError extends CchcError {
  constructor(path: string, why: string, cause?: unknown) {
    super(`OCR channel model missing or corrupt (${path}: ${why}) — run npx tsx scripts/learn-channel.ts`, { code: 'model', cause });
    this.name = 'ChannelModelError';
  }
}

/** How much less likely a marked non-syllable is right as printed, for a file that did not count it. */
export const MARKED_KEEP_PENALTY = 2;

const DIGITS = '0123456789';
const KEY_VOWELS = 'aeiouy';

/** log P(a given digit | a given vowel), pooled over all digits and vowels (key level). */
function pooledDigitForVowel(p: ProfileCounts): number {
  let confusions = 0;
  let vowels = 0;
  for (const v of KEY_VOWELS) {
    vowels += p.keyOcc[v] ?? 0;
    for (const [o, c] of Object.entries(p.keyOps[v] ?? {})) if (o.length === 1 && DIGITS.includes(o)) confusions += c;
  }
  return Math.log((confusions + 1) / (vowels + 1) / (DIGITS.length * KEY_VOWELS.length));
}

export function tablesOf(p: ProfileCounts): ChannelTables {
  const ops = new Map<string, Map<string, number>>();
  for (const [g, row] of Object.entries(p.ops)) {
    const denom = Math.max(
      p.occ[g] ?? 0,
      Object.values(row).reduce((a, b) => a + b, 0),
    );
    ops.set(g, new Map(Object.entries(row).map(([o, c]) => [o, Math.log(c / denom)])));
  }
  const reverse = new Map<string, Array<[string, number]>>();
  for (const [g, row] of Object.entries(p.keyOps)) {
    const denom = Math.max(
      p.keyOcc[g] ?? 0,
      Object.values(row).reduce((a, b) => a + b, 0),
    );
    for (const [o, c] of Object.entries(row)) {
      let list = reverse.get(o);
      if (!list) reverse.set(o, (list = []));
      list.push([g, Math.log(c / denom)]);
    }
  }
  // A digit for a vowel ("b9" for bộ, "x3" for xã) is too rare to learn pair by pair: every
  // digit may stand for every vowel with at least the pooled rate of digit-for-vowel confusions
  // (a pair seen once, on a page that counts little, says no more than the pool).
  const pooled = pooledDigitForVowel(p);
  for (const digit of DIGITS) {
    let list = reverse.get(digit);
    if (!list) reverse.set(digit, (list = []));
    for (const vowel of KEY_VOWELS) {
      const at = list.findIndex(([g]) => g === vowel);
      if (at < 0) list.push([vowel, pooled]);
      else if (list[at]![1] < pooled) list[at] = [vowel, pooled];
    }
  }
  // Only the likelier readings of each OCR segment are worth proposing.
  for (const [o, list] of reverse) {
    list.sort((a, b) => b[1] - a[1]);
    reverse.set(
      o,
      list.filter(([, lp], i) => i < MAX_READINGS && lp > MIN_READING_LOG_PROB),
    );
  }
  const tone = p.tone.map((row) => {
    const total = row.reduce((a, b) => a + b + 0.5, 0);
    return row.map((c) => Math.log((c + 0.5) / total));
  });
  const tokens = new Map(Object.entries(p.tokens).map(([o, row]) => [o, new Map(Object.entries(row))]));
  const gold = new Map(Object.entries(p.gold));
  let goldTotal = 0;
  for (const c of gold.values()) goldTotal += c;
  const logKeep = Math.log((p.keep[0] + 1) / (p.keep[1] + 2));
  const logKeepMarked = p.keepMarked ? Math.log((p.keepMarked[0] + 1) / (p.keepMarked[1] + 2)) : logKeep - MARKED_KEEP_PENALTY;
  return { ops, reverseKeyOps: reverse, tone, tokens, gold, goldTotal, logKeep, logKeepMarked };
}

/** One channel.json: its text read once, each profile's tables built on first use. */
export class ChannelSource {
  private text: string | undefined;
  private readonly loaded: Partial<Record<Profile, ChannelTables>> = {};

  constructor(readonly path: string) {}

  tables(profile: Profile): ChannelTables {
    let tables = this.loaded[profile];
    if (!tables) {
      this.text ??= readChannelText(this.path);
      tables = this.loaded[profile] = tablesOf(readProfile(this.path, this.text, profile));
    }
    return tables;
  }
}

/** The channel tables of a profile from a fresh read of model/channel.json (or $CCHC_CHANNEL). */
export function channelTables(profile: Profile, path: string = channelPath()): ChannelTables {
  return new ChannelSource(path).tables(profile);
}

function readChannelText(path: string): string {
  if (!existsSync(path)) throw new ChannelModelError(path, 'not found');
  return readFileSync(path, 'utf8');
}

/**
 * One profile's counts. Parsing JSON is most of the channel's load and a document uses one profile,
 * so only that profile's part of the text is parsed when the file has the learner's layout
 * ({"version":…,"note":…,"profiles":{"heavy":{…},"light":{…}}}); otherwise, or when that part does
 * not parse, the whole file.
 */
function readProfile(path: string, text: string, profile: Profile): ProfileCounts {
  const part = oneProfileJson(text, profile);
  if (part) {
    try {
      const data = JSON.parse(part) as unknown;
      if (!shapeProblem(data, [profile])) return (data as ChannelFile).profiles[profile];
    } catch {
      // not the learner's layout after all: parse it whole below
    }
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ChannelModelError(path, error instanceof Error ? error.message.split('\n')[0]! : String(error), error);
  }
  const problem = shapeProblem(data);
  if (problem) throw new ChannelModelError(path, problem);
  return (data as ChannelFile).profiles[profile];
}

/**
 * The file with the other profile cut out, by the two profile keys' places. A "light" key nested
 * deeper (an OCR form) would cut inside a table: the braces no longer balance and the part does
 * not parse, which readProfile catches.
 */
function oneProfileJson(text: string, profile: Profile): string | undefined {
  const heavyKey = '"profiles":{"heavy":';
  const lightKey = ',"light":';
  const head = text.indexOf(heavyKey);
  const light = text.lastIndexOf(lightKey + '{');
  const end = text.trimEnd().length - 2; // the closing braces of "profiles" and of the file
  if (head < 0 || light < head || text.slice(end, end + 2) !== '}}') return undefined;
  const value = profile === 'heavy' ? text.slice(head + heavyKey.length, light) : text.slice(light + lightKey.length, end);
  return `${text.slice(0, head)}"profiles":{"${profile}":${value}}}`;
}
