// The channel tables a table miss needs, stored ready-made in model/candidates.bin (as JSON in a
// section of its own) so that the first miss of a cold run does not parse model/channel.json and
// rebuild every log-probability from counts.
//
// Only what compute() reads for a form the table does not hold is stored: the letter and key
// confusions, the tones, the syllable counts and the keep rate, all as tablesOf() computed them
// (JSON numbers give back the very same doubles). The counted OCR forms (`tokens`) are left out:
// the table holds every one of them up to `coveredLength` letters (build-candidates.ts checks it),
// so a form it does not hold was never counted — its `tokens` entry is empty.
import { MARKED_KEEP_PENALTY, type ChannelTables } from './model.js';

export interface StoredChannel {
  /** gold segment → [OCR segments, their log-probabilities] */
  ops: Array<[string, string[], number[]]>;
  /** OCR key segment → [gold key segments, log-probabilities], best first */
  reverseKeyOps: Array<[string, string[], number[]]>;
  tone: number[][];
  /** The syllables counted, space-separated, and their counts in the same order. */
  gold: string;
  goldCounts: number[];
  logKeep: number;
  /** Absent in tables stored before it: logKeep − MARKED_KEEP_PENALTY. */
  logKeepMarked?: number;
}

export function storedChannelOf(tables: ChannelTables): StoredChannel {
  return {
    ops: [...tables.ops].map(([g, row]) => [g, [...row.keys()], [...row.values()]]),
    reverseKeyOps: [...tables.reverseKeyOps].map(([o, list]) => [o, list.map(([g]) => g), list.map(([, lp]) => lp)]),
    tone: tables.tone,
    gold: [...tables.gold.keys()].join(' '),
    goldCounts: [...tables.gold.values()],
    logKeep: tables.logKeep,
    logKeepMarked: tables.logKeepMarked,
  };
}

/** The tables for forms never counted: as tablesOf() gives them, with no counted OCR forms. */
export function tablesOfStored(stored: StoredChannel): ChannelTables {
  const ops = new Map<string, Map<string, number>>();
  for (const [g, outs, logProbs] of stored.ops) {
    const row = new Map<string, number>();
    for (let i = 0; i < outs.length; i++) row.set(outs[i]!, logProbs[i]!);
    ops.set(g, row);
  }
  const reverseKeyOps = new Map<string, Array<[string, number]>>();
  for (const [o, golds, logProbs] of stored.reverseKeyOps) {
    reverseKeyOps.set(
      o,
      golds.map((g, i) => [g, logProbs[i]!]),
    );
  }
  const gold = new Map<string, number>();
  const syllables = stored.gold === '' ? [] : stored.gold.split(' ');
  let goldTotal = 0;
  for (let i = 0; i < syllables.length; i++) {
    gold.set(syllables[i]!, stored.goldCounts[i]!);
    goldTotal += stored.goldCounts[i]!;
  }
  const logKeepMarked = stored.logKeepMarked ?? stored.logKeep - MARKED_KEEP_PENALTY;
  return { ops, reverseKeyOps, tone: stored.tone, tokens: new Map(), gold, goldTotal, logKeep: stored.logKeep, logKeepMarked };
}
