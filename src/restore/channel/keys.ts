// Which stripped keys an OCR'd token may spell: "ctia" ⇒ cua, "nwec" ⇒ nuoc, "s6" ⇒ so,
// "pinh" ⇒ dinh. A beam over the token, left to right, each step reading one to three OCR letters
// as a learned key segment (or as themselves), at most one letter the OCR dropped, and only
// prefixes of real syllable keys kept alive.
import { allSyllables, stripDiacritics } from '../../vietnamese/index.js';
import type { ChannelTables } from './model.js';
import { MAX_OCR_SEGMENT } from './align.js';

const BEAM = 48;
/** Keys more than this far (in log probability) below the best are not proposed. */
const SPREAD = 14;
/** How many kinds of dropped letter (most frequent first) are tried. */
const MAX_DROPPED_READINGS = 8;

let prefixes: Set<string> | undefined;
function keyPrefixes(): Set<string> {
  if (!prefixes) {
    prefixes = new Set(['']);
    for (const s of allSyllables()) {
      const key = stripDiacritics(s);
      for (let i = 1; i <= key.length; i++) prefixes.add(key.slice(0, i));
    }
  }
  return prefixes;
}

export function isKeyPrefix(text: string): boolean {
  return keyPrefixes().has(text);
}

interface State {
  key: string;
  logProb: number;
  dropped: boolean;
}

/** Keys (stripped, lowercase) with log P(ocr key | key), best first, at most `limit`. */
export function proposeKeys(tables: ChannelTables, ocrKey: string, isKey: (key: string) => boolean, limit = 10): Array<[string, number]> {
  const valid = keyPrefixes();
  // states[j]: hypotheses that have read ocrKey[0..j)
  const states: Array<Map<string, State>> = Array.from({ length: ocrKey.length + 1 }, () => new Map());
  const push = (j: number, s: State) => {
    if (!valid.has(s.key)) return;
    const id = s.key + (s.dropped ? '+' : '');
    const old = states[j]!.get(id);
    if (!old || old.logProb < s.logProb) states[j]!.set(id, s);
  };
  push(0, { key: '', logProb: 0, dropped: false });
  for (let j = 0; j <= ocrKey.length; j++) {
    for (const s of [...states[j]!.values()]) {
      if (s.dropped) continue;
      for (const [g, lp] of (tables.reverseKeyOps.get('') ?? []).slice(0, MAX_DROPPED_READINGS)) {
        push(j, { key: s.key + g, logProb: s.logProb + lp, dropped: true });
      }
    }
    const beam = [...states[j]!.values()].sort((a, b) => b.logProb - a.logProb).slice(0, BEAM);
    states[j] = new Map(beam.map((s) => [s.key + (s.dropped ? '+' : ''), s]));
    for (const s of beam) {
      for (let lo = 1; lo <= MAX_OCR_SEGMENT && j + lo <= ocrKey.length; lo++) {
        const o = ocrKey.slice(j, j + lo);
        const readings = tables.reverseKeyOps.get(o);
        if (readings) for (const [g, lp] of readings) push(j + lo, { key: s.key + g, logProb: s.logProb + lp, dropped: s.dropped });
        if (lo === 1 && !readings?.some(([g]) => g === o)) push(j + 1, { key: s.key + o, logProb: s.logProb + Math.log(0.5), dropped: s.dropped });
      }
    }
  }
  const done = new Map<string, number>();
  for (const s of states[ocrKey.length]!.values()) done.set(s.key, Math.max(done.get(s.key) ?? -Infinity, s.logProb));
  const ranked = [...done.entries()].filter(([key]) => key !== '' && isKey(key)).sort((a, b) => b[1] - a[1]);
  const top = ranked[0]?.[1] ?? 0;
  return ranked.filter(([, lp]) => lp >= top - SPREAD).slice(0, limit);
}
