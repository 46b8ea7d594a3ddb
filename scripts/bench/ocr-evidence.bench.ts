// Evidence that a text is OCR output (issue 15 item 4, issue 16 item 4), on clean and OCR'd texts:
//   - stray marks (src/segment/ocr/evidence.ts: looksOcrd);
//   - the restorer's strong corrections of a text that kept its marks (src/restore/ocr-evidence.ts).
// Clean: seeds 001 and 002, ../shared/plans, the corpus outside the held-out gold (gold/INDEX.md),
// the ocr-pairs clean texts. OCR'd: seeds 000, 003, 004; the ocr-pairs eng and vie prints; the
// table-scan simulator's dev appendices, eng and vie (CCHC_SIM_DIR, default /work/data-ocrtables;
// the test split is never read here). A clean text flagged is a false positive: the count must be 0.
// `npm run bench ocr-evidence` — CCHC_OCR_EVIDENCE_EVERY=n reads every n-th corpus document only.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { restore } from '../../src/default-restorer.js';
import { correctionsShowOcr } from '../../src/restore/index.js';
import { tokenCount } from '../../src/vietnamese/index.js';
import { textLayout } from '../../src/segment/index.js';
import { looksOcrd } from '../../src/segment/ocr/evidence.js';
import { corpusDocuments, sharedDir } from './shared-texts.js';
import { SIM_DIR } from './simulated-tables.js';

const simDir = join(SIM_DIR, 'dev');
const every = Number(process.env.CCHC_OCR_EVIDENCE_EVERY ?? 1);

interface Text {
  set: string;
  clean: boolean;
  name: string;
  text: string;
}

function heldOut(): Set<string> {
  const index = readFileSync(resolve(import.meta.dirname, '../../gold/INDEX.md'), 'utf8');
  return new Set([...index.matchAll(/^\| corpus:(\S+) \| holdout \|/gmu)].map((m) => m[1]!));
}

function texts(): Text[] {
  const out: Text[] = [];
  const add = (set: string, clean: boolean, name: string, text: string) => out.push({ set, clean, name, text });
  const seedDir = join(sharedDir, 'seeds');
  if (existsSync(seedDir)) {
    for (const file of readdirSync(seedDir)
      .filter((f) => /^\d{3}_.*\.txt$/u.test(f))
      .sort()) {
      const clean = /^00[12]_/u.test(file);
      add(clean ? 'clean seeds' : "OCR'd seeds", clean, file, readFileSync(join(seedDir, file), 'utf8'));
    }
  }
  const plans = join(sharedDir, 'plans');
  if (existsSync(plans))
    for (const f of readdirSync(plans)
      .filter((f) => f.endsWith('.txt'))
      .sort())
      add('clean plans', true, f, readFileSync(join(plans, f), 'utf8'));
  const held = heldOut();
  corpusDocuments()
    .filter((d) => !held.has(d.id))
    .forEach((d, i) => {
      if (i % every === 0) add('clean corpus', true, d.id, d.text);
    });
  const pairs = join(sharedDir, 'ocr-pairs');
  if (existsSync(pairs)) {
    for (const f of readdirSync(pairs)
      .filter((f) => /\.(clean|eng|vie)\.txt$/u.test(f))
      .sort()) {
      const kind = f.split('.')[1]!;
      add(kind === 'clean' ? 'clean ocr-pairs' : `ocr-pairs ${kind}`, kind === 'clean', f, readFileSync(join(pairs, f), 'utf8'));
    }
  }
  if (existsSync(simDir)) {
    for (const f of readdirSync(simDir)
      .filter((f) => /\.(eng|vie)\.txt$/u.test(f))
      .sort())
      add(`simulated tables ${f.split('.')[1]}`, false, f, readFileSync(join(simDir, f), 'utf8'));
  } else console.log(`simulated tables: ${simDir} not found (npx tsx scripts/simulate-table-scans.ts) — skipped`);
  return out;
}

export async function run(): Promise<void> {
  const sets = new Map<string, { n: number; marks: number; corrected: number; either: number; maxRate: number; maxCorrections: number }>();
  const falsePositives: string[] = [];
  for (const t of texts()) {
    const { restoration } = restore(t.text);
    const words = tokenCount(t.text);
    const corrections = restoration.applied && restoration.scope === 'words' ? restoration.changes.length : 0;
    const marks = looksOcrd(textLayout(t.text.normalize('NFC')));
    const corrected = corrections > 0 && correctionsShowOcr(corrections, words);
    const s = sets.get(t.set) ?? { n: 0, marks: 0, corrected: 0, either: 0, maxRate: 0, maxCorrections: 0 };
    s.n++;
    if (marks) s.marks++;
    if (corrected) s.corrected++;
    if (marks || corrected) s.either++;
    s.maxRate = Math.max(s.maxRate, (1000 * corrections) / Math.max(1, words));
    s.maxCorrections = Math.max(s.maxCorrections, corrections);
    sets.set(t.set, s);
    if (t.clean && (marks || corrected))
      falsePositives.push(
        `${t.name} (${marks ? 'marks' : ''}${marks && corrected ? ', ' : ''}${corrected ? `${corrections} corrections in ${words} words` : ''})`,
      );
  }
  for (const [set, s] of sets) {
    console.log(
      `${set}: ${s.n} texts | flagged by marks ${s.marks}, by corrections ${s.corrected}, either ${s.either} | corrections of marked text: most ${s.maxCorrections}, highest rate ${s.maxRate.toFixed(2)} per 1,000 words`,
    );
  }
  const clean = [...sets].filter(([set]) => set.startsWith('clean')).reduce((a, [, s]) => a + s.n, 0);
  console.log(
    `clean texts flagged as OCR'd (false positives): ${falsePositives.length} of ${clean}${falsePositives.length ? `: ${falsePositives.join('; ')}` : ''}`,
  );
}
