// The bounds the decoder prunes with must never change what it outputs:
//   · NgramModel.ceilings: no lookup of a word scores above its ceiling;
//   · Confidence: skipping hopeless candidates gives the same confidence, rounded to 3 decimals,
//     as looking every candidate up.
// Sentences written for these tests in the style of the seeds, stripped of their diacritics.
import { describe, expect, it } from 'vitest';
import { loadModelFrom, defaultModelPath } from '../../src/restore/lm/load.js';
import { Confidence } from '../../src/restore/confidence.js';
import { SPECIAL } from '../../src/restore/lm/format.js';
import { Decoder, type TokenChange } from '../../src/restore/decoder.js';
import { candidates, type Lexicon } from '../../src/restore/channel/index.js';
import { unaccentedCandidates } from '../../src/restore/unaccented.js';

const SENTENCES = [
  'uy ban nhan dan tinh ban hanh ke hoach cai cach hanh chinh nam',
  'cac so ban nganh to chuc trien khai thuc hien cac nhiem vu duoc giao',
  'nang cao chat luong doi ngu can bo cong chuc vien chuc',
  'day manh ung dung cong nghe thong tin trong hoat dong cua co quan nha nuoc',
  'kiem tra don doc viec thuc hien thu tuc hanh chinh tai cac don vi',
  'tu do tu tu tu tu tu chu tich tu chu',
];

const { lm, lexicon } = loadModelFrom(defaultModelPath());
const idsOf = (key: string) => {
  const words = lexicon.byKey(key);
  return Int32Array.from(words.length ? words : [key], (w) => lm.id(w));
};

/** Small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  return () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296;
}

describe('NgramModel.ceilings', () => {
  it('bounds every score of a word, whatever comes before it', () => {
    const ceilings = lm.ceilings;
    const next = random(7);
    const words = new Set<number>([SPECIAL.boundary]);
    for (const sentence of SENTENCES) for (const key of sentence.split(' ')) for (const id of idsOf(key)) words.add(id);
    const list = [...words];
    let checked = 0;
    const above: string[] = [];
    const check = (a: number, b: number, c: number) => {
      checked++;
      if (lm.score(a, b, c) > ceilings[c]!) above.push(`${lm.vocab[a]} ${lm.vocab[b]} ${lm.vocab[c]}`);
    };
    for (const a of list.slice(0, 12)) for (const b of list) for (const c of list) check(a, b, c);
    for (let i = 0; i < 20_000; i++) check(...([0, 1, 2].map(() => Math.floor(next() * lm.vocab.length)) as [number, number, number]));
    expect(above).toEqual([]);
    expect(checked).toBeGreaterThan(100_000);
    // Rare spellings sit far below 0, which is what makes the bound worth having.
    expect(ceilings[lm.id('của')]).toBeGreaterThan(-1);
    expect([...ceilings].filter((x) => x < -3).length).toBeGreaterThan(lm.vocab.length / 10);
  });
});

describe('NgramModel.backedOffCeiling', () => {
  it('bounds every score after a context the model holds no trigram for', () => {
    const next = random(3);
    let backedOff = 0;
    let tighter = 0;
    const above: string[] = [];
    for (let i = 0; i < 60_000; i++) {
      // Half the pairs from real sentences' words, half anywhere in the vocabulary.
      const pick = () =>
        i % 2 ? Math.floor(next() * lm.vocab.length) : idsOf(SENTENCES[i % SENTENCES.length]!.split(' ')[Math.floor(next() * 10)]!)[0]!;
      const [a, b, c] = [pick(), pick(), Math.floor(next() * lm.vocab.length)];
      if (lm.context(a, b) >= 0) continue;
      backedOff++;
      const bound = lm.backedOffCeiling(b, c);
      if (lm.score(a, b, c) > bound) above.push(`${lm.vocab[a]} ${lm.vocab[b]} ${lm.vocab[c]}`);
      if (bound < lm.ceilings[c]!) tighter++;
    }
    expect(above).toEqual([]);
    expect(backedOff).toBeGreaterThan(20_000);
    expect(tighter).toBeGreaterThan(backedOff / 2); // it is worth having over the word's ceiling
  });
});

describe('Confidence', () => {
  /** The posterior with every candidate looked up. */
  function full(ids: Int32Array, channel: Float64Array, chosen: number, a: number, b: number, d: number): number {
    const scores = Array.from(ids, (id, c) => channel[c]! + lm.score(a, b, id) + lm.score(b, id, d));
    const max = Math.max(...scores);
    return Math.exp(scores[chosen]! - max) / scores.reduce((sum, s) => sum + Math.exp(s - max), 0);
  }

  it('rounds to the same 3 decimals as the full posterior, skipping hopeless candidates', () => {
    const confidence = new Confidence(lm, lm.ceilings);
    const next = random(11);
    let compared = 0;
    let withSkips = 0;
    for (const sentence of SENTENCES) {
      const keys = sentence.split(' ');
      // Neighbours: the most frequent spelling of each key, the sentence's ends as boundaries.
      const best = keys.map((key) => idsOf(key)[0]!);
      for (let t = 0; t < keys.length; t++) {
        const ids = idsOf(keys[t]!);
        if (ids.length < 2) continue;
        const a = t >= 2 ? best[t - 2]! : SPECIAL.boundary;
        const b = t >= 1 ? best[t - 1]! : SPECIAL.boundary;
        const d = t + 1 < keys.length ? best[t + 1]! : SPECIAL.boundary;
        // Flat channel (unaccented text) and OCR-like channels with candidates far apart.
        for (const spread of [0, 4, 12]) {
          const channel = Float64Array.from(ids, () => -spread * next());
          for (let chosen = 0; chosen < ids.length; chosen++) {
            const want = full(ids, channel, chosen, a, b, d);
            expect(Math.round(confidence.of(ids, channel, chosen, a, b, d) * 1000)).toBe(Math.round(want * 1000));
            compared++;
            const chosenScore = channel[chosen]! + lm.score(a, b, ids[chosen]!) + lm.score(b, ids[chosen]!, d);
            if (ids.some((id, c) => channel[c]! + lm.score(a, b, id) + lm.ceilings[d]! < chosenScore - 12)) withSkips++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(300);
    expect(withSkips).toBeGreaterThan(50); // the skipping path was taken
  });

  it('remembers answers per list and neighbours without mixing them up', () => {
    const remembering = new Confidence(lm, lm.ceilings);
    const fresh = new Confidence(lm, lm.ceilings);
    const lists = SENTENCES.flatMap((sentence) => sentence.split(' '))
      .map((key) => idsOf(key))
      .filter((ids) => ids.length > 1);
    const next = random(21);
    const calls = Array.from({ length: 30_000 }, () => {
      const list = Math.floor(next() * lists.length);
      const word = () => Math.floor(next() * 300); // few neighbours: many repeats and cache collisions
      return { list, chosen: Math.floor(next() * lists[list]!.length), a: word(), b: word(), d: word() };
    });
    for (const round of [0, 1]) {
      for (const { list, chosen, a, b, d } of round ? calls.slice(0, 5000) : calls) {
        const ids = lists[list]!;
        const flat = new Float64Array(ids.length);
        expect(remembering.ofList(list, ids, flat, chosen, a, b, d)).toBe(fresh.of(ids, flat, chosen, a, b, d));
      }
    }
  });

  it('is 1 for a single candidate and between 0 and 1 otherwise', () => {
    const confidence = new Confidence(lm, lm.ceilings);
    const one = Int32Array.of(lm.id('ban'));
    expect(confidence.of(one, Float64Array.of(0), 0, SPECIAL.boundary, lm.id('ủy'), lm.id('nhân'))).toBe(1);
    const ids = idsOf('nhan');
    const flat = new Float64Array(ids.length);
    const total = Array.from(ids, (_, c) => confidence.of(ids, flat, c, lm.id('ủy'), lm.id('ban'), lm.id('dân'))).reduce(
      (x, y) => x + y,
      0,
    );
    expect(total).toBeGreaterThan(0.99);
    expect(total).toBeLessThan(1.01);
    expect(confidence.of(ids, flat, ids.indexOf(lm.id('nhân')), lm.id('ủy'), lm.id('ban'), lm.id('dân'))).toBeGreaterThan(0.9);
  });
});

describe('Decoder with and without the word ceilings', () => {
  it('gives the same changes, confidences rounded alike', () => {
    const heavy = (token: string, lex: Lexicon) => candidates(token, lex, { profile: 'heavy' });
    const decoder = (boundsAfter: number) => ({
      unaccented: new Decoder(lm, lexicon, (token, lex) => unaccentedCandidates(token, lex, heavy), { boundsAfter }),
      ocr: new Decoder(lm, lexicon, heavy, { boundsAfter }),
    });
    const bounded = decoder(0);
    const flat = decoder(Infinity);
    // Sentences mixed at random, plus OCR-like spellings of the seeds' kind.
    const next = random(17);
    const ocr = ['Ké hoach cai cach hanh chinh nim 2022', 'QUYET PINH s6 76/NQ-CP cia UBND tinh', 'nha nwéc dwéi sy chi dao ctia Bé'];
    const lines = Array.from({ length: 300 }, () => {
      const pool = next() < 0.3 ? ocr : SENTENCES;
      return pool[Math.floor(next() * pool.length)]! + (next() < 0.5 ? '.' : ',');
    });
    const text = lines.join('\n');
    const round = (changes: TokenChange[]) =>
      changes.map((c) => `${c.start} ${c.original} ${c.restored} ${Math.round(c.confidence * 1000)}`);
    for (const kind of ['unaccented', 'ocr'] as const) {
      const want = round(flat[kind].decode(text));
      expect(want.length).toBeGreaterThan(500);
      expect(round(bounded[kind].decode(text))).toEqual(want);
    }
  });
});
