// A person's name, restored by what names are made of rather than by the running text around it.
// Running text makes "Truong Chi Trung" "Trưởng Chi Trùng" (the head, the branch, the coincidence);
// as a name it is Trương Chí Trung. model/names.json counts the syllables of signers' names by their
// place (surname, middle, given; scripts/build-names.ts). A syllable the restorer made into one no
// name holds is chosen again among the channel's candidates for it, by channel × how often names
// hold each at that place; one names hold, or none of whose candidates any name holds, is kept.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Candidate } from './channel/index.js';
import { CchcError, messageOf } from '../errors.js';

export const NAMES_VERSION = 1;

export interface NamesFile {
  version: typeof NAMES_VERSION;
  id: string;
  /** How many names were counted. */
  names: number;
  surname: Record<string, number>;
  middle: Record<string, number>;
  given: Record<string, number>;
}

export const namesPath = (modelDir: string) => join(modelDir, 'names.json');

/** The counts at `path`, or null where there are none (a model folder without names.json). */
export function readNames(path: string): NamesFile | null {
  if (!existsSync(path)) return null;
  let file: NamesFile;
  try {
    file = JSON.parse(readFileSync(path, 'utf8')) as NamesFile;
  } catch (error) {
    throw new CchcError(`names model corrupt (${path}: ${messageOf(error)}) — run npx tsx scripts/build-names.ts`, {
      code: 'model',
      cause: error,
    });
  }
  return file.version === NAMES_VERSION ? file : null;
}

/** A name's syllable as restored, with what it was printed as and how sure the choice is (0–1). */
export interface NameSyllable {
  printed: string;
  restored: string;
  confidence: number;
}

/** A syllable held at another place in names counts for a fifth as much as one held at this place. */
const OTHER_PLACE_WEIGHT = 0.2;
/** How many names must hold a given or middle syllable for it to replace one that none holds. */
const MANY_NAMES = 2;
/** Added to every count: a candidate no name holds still competes on its channel score. */
const SMOOTHING = 0.1;

/**
 * The printed name's syllables restored: `printed` and `restored` (what the restorer made of the
 * same syllables in the text) have one entry a syllable; `candidatesOf` is the restorer's channel
 * for a lowercase token.
 */
export function restoreName(
  names: NamesFile,
  printed: readonly string[],
  restored: readonly string[],
  candidatesOf: (lower: string) => Candidate[],
): NameSyllable[] {
  return printed.map((token, i) => {
    const place = i === 0 ? names.surname : i === printed.length - 1 ? names.given : names.middle;
    const others = [names.surname, names.middle, names.given].filter((p) => p !== place);
    const held = (s: string) => (place[s] ?? 0) + OTHER_PLACE_WEIGHT * others.reduce((n, p) => n + (p[s] ?? 0), 0);
    const kept = { printed: token, restored: restored[i] ?? token, confidence: 1 };
    // What the restorer made of the syllable stands where names hold it: the counts are too few to
    // choose between two syllables both found in names (Thủy or Thúy), only to reject one no name holds.
    // Surnames are few: at the first place only a surname stands. Given and middle syllables are
    // many, and one no name of the counts holds may still be a name's: it gives way only to a
    // syllable several names hold.
    const surname = place === names.surname;
    const stands = (s: string) => (surname ? (place[s] ?? 0) : held(s)) > 0;
    if (stands(kept.restored.toLowerCase())) return kept;
    const lower = token.normalize('NFC').toLowerCase();
    const candidates = candidatesOf(lower);
    if (!candidates.some((c) => (surname ? stands(c.syllable) : held(c.syllable) >= MANY_NAMES))) return kept;
    const scored = candidates.map((c) => ({ syllable: c.syllable, score: c.logProb + Math.log(held(c.syllable) + SMOOTHING) }));
    const top = Math.max(...scored.map((c) => c.score));
    const total = scored.reduce((sum, c) => sum + Math.exp(c.score - top), 0);
    const best = scored.find((c) => c.score === top)!;
    return { printed: token, restored: capitalisedLike(token, best.syllable), confidence: Math.round(1000 / total) / 1000 };
  });
}

/** `syllable` written with the first letter a capital when `like` starts with one. */
function capitalisedLike(like: string, syllable: string): string {
  const first = like[0] ?? '';
  return first !== first.toLowerCase() ? syllable[0]!.toUpperCase() + syllable.slice(1) : syllable;
}
