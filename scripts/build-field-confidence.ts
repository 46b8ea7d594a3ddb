// Learns the field-confidence model (src/extract/confidence/weights.ts) from the development gold:
// every dev document's tasks are matched to the gold as ../shared/tools/score.mjs matches them
// (scripts/bench/score-matching.ts), each field labelled right or wrong by the scorer's own test, and a
// logistic model per field fitted on the fields' evidence (src/extract/confidence/features.ts).
// Each field's review threshold is chosen so that 92% of the dev set's wrong fields are flagged with
// the fewest right ones (the cheapest groups first, whatever the field).
// Held-out documents (gold/INDEX.md) are never read here.   npx tsx scripts/build-field-confidence.ts
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readDocument } from '../src/pipeline.js';
import { FIELD_NAMES, fieldFeatures, type FieldName } from '../src/extract/confidence/index.js';
import { sourceText } from './bench/shared-texts.js';
import { judge } from './bench/score-matching.js';

const goldDir = resolve(import.meta.dirname, '../gold');
const out = resolve(import.meta.dirname, '../src/extract/confidence/weights.ts');
/** Share of the dev set's wrong fields the threshold must flag (above the 90% target, for headroom). */
const WRONG_FLAGGED = 0.92;
const L2 = 0.01;

interface Example { features: Record<string, number>; right: boolean }
const examples: Record<FieldName, Example[]> = { content: [], lead: [], cooperating: [], deadline: [], products: [] };

let documents = 0;
for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.tasks.json')).sort()) {
  const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as { source: string; split?: string; tasks: Array<Record<string, unknown>> };
  if ((gold.split ?? 'dev') !== 'dev') continue;
  const text = sourceText(gold.source);
  if (text === null) continue;
  let doc;
  try {
    doc = readDocument(text, { path: file });
  } catch {
    continue; // a document the parser rejects has no fields to rate
  }
  documents++;
  const judged = await judge(doc, gold);
  const evidence = { restored: doc.restoration.changes, lines: doc.text.split('\n'), tasks: doc.tasks };
  for (const task of judged.tasks) {
    const features = fieldFeatures(doc.tasks[task.predIndex]!, evidence);
    for (const [field, right] of Object.entries(task.right) as Array<[FieldName, boolean]>) examples[field].push({ features: features[field], right });
  }
}

/** Logistic regression by Newton's method (iteratively reweighted least squares), L2 on the weights, not the bias. */
function fit(data: Example[]): { bias: number; weights: Record<string, number> } {
  const names = [...new Set(data.flatMap((e) => Object.keys(e.features)))].sort();
  const d = names.length + 1; // the bias last
  const rows = data.map((e) => [...names.map((n) => e.features[n] ?? 0), 1]);
  const beta = new Float64Array(d);
  for (let iteration = 0; iteration < 25; iteration++) {
    const hessian = Array.from({ length: d }, () => new Float64Array(d));
    const gradient = new Float64Array(d);
    rows.forEach((x, i) => {
      let z = 0;
      for (let j = 0; j < d; j++) z += beta[j]! * x[j]!;
      const p = 1 / (1 + Math.exp(-z));
      const err = (data[i]!.right ? 1 : 0) - p;
      const w = Math.max(p * (1 - p), 1e-6);
      for (let j = 0; j < d; j++) {
        if (!x[j]) continue;
        gradient[j]! += err * x[j]!;
        for (let k = 0; k < d; k++) if (x[k]) hessian[j]![k]! += w * x[j]! * x[k]!;
      }
    });
    for (let j = 0; j < d - 1; j++) {
      gradient[j]! -= L2 * rows.length * beta[j]!;
      hessian[j]![j]! += L2 * rows.length;
    }
    const step = solve(hessian, gradient);
    let change = 0;
    for (let j = 0; j < d; j++) { beta[j]! += step[j]!; change = Math.max(change, Math.abs(step[j]!)); }
    if (change < 1e-6) break;
  }
  const weights: Record<string, number> = {};
  names.forEach((n, j) => { if (Math.abs(beta[j]!) >= 0.005) weights[n] = Math.round(beta[j]! * 1000) / 1000; });
  return { bias: Math.round(beta[d - 1]! * 1000) / 1000, weights };
}

/** A x = b by Gaussian elimination with partial pivoting (A is small and positive definite). */
function solve(a: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    const diagonal = m[c]![c]! || 1e-12;
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / diagonal;
      if (f) for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    let sum = m[r]![n]!;
    for (let k = r + 1; k < n; k++) sum -= m[r]![k]! * x[k]!;
    x[r] = sum / (m[r]![r]! || 1e-12);
  }
  return x;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const fields = Object.fromEntries(FIELD_NAMES.map((f) => [f, fit(examples[f])])) as Record<FieldName, { bias: number; weights: Record<string, number> }>;
const confidences = FIELD_NAMES.flatMap((f) => examples[f].map((e) => {
  const z = fields[f].bias + Object.entries(e.features).reduce((s, [n, v]) => s + (fields[f].weights[n] ?? 0) * v, 0);
  return { c: Math.round(sigmoid(z) * 1000) / 1000, right: e.right };
}));
// Per-field thresholds: flag, field by field, the next group of equally sure fields that holds the most
// wrong fields per right one, until the dev set's wrong fields flagged reach WRONG_FLAGGED.
const byField = Object.fromEntries(FIELD_NAMES.map((f) => {
  const groups = new Map<number, { wrong: number; right: number }>();
  for (const e of examples[f]) {
    const c = Math.round(sigmoid(fields[f].bias + Object.entries(e.features).reduce((s, [n, v]) => s + (fields[f].weights[n] ?? 0) * v, 0)) * 1000) / 1000;
    const g = groups.get(c) ?? { wrong: 0, right: 0 };
    if (e.right) g.right++; else g.wrong++;
    groups.set(c, g);
  }
  return [f, [...groups.entries()].sort((a, b) => a[0] - b[0])];
})) as Record<FieldName, Array<[number, { wrong: number; right: number }]>>;
const totalWrong = FIELD_NAMES.reduce((s, f) => s + examples[f].filter((e) => !e.right).length, 0);
const totalRight = FIELD_NAMES.reduce((s, f) => s + examples[f].filter((e) => e.right).length, 0);
const taken = Object.fromEntries(FIELD_NAMES.map((f) => [f, 0])) as Record<FieldName, number>;
let wrongFlagged = 0, rightFlagged = 0;
while (wrongFlagged < WRONG_FLAGGED * totalWrong) {
  // The cheapest next step: the prefix of each field's groups with the best wrong-per-right ratio.
  let best: { f: FieldName; upto: number; wrong: number; right: number; ratio: number } | null = null;
  for (const f of FIELD_NAMES) {
    let w = 0, r = 0;
    for (let k = taken[f]; k < byField[f].length; k++) {
      w += byField[f][k]![1].wrong; r += byField[f][k]![1].right;
      const ratio = w / (r + 0.5);
      if (w && (!best || ratio > best.ratio)) best = { f, upto: k + 1, wrong: w, right: r, ratio };
    }
  }
  if (!best) break;
  taken[best.f] = best.upto; wrongFlagged += best.wrong; rightFlagged += best.right;
}
// A field is flagged below the confidence of its first group left unflagged.
const thresholds = Object.fromEntries(FIELD_NAMES.map((f) => [f, byField[f][taken[f]]?.[0] ?? 1])) as Record<FieldName, number>;
console.log(`${documents} dev documents, ${totalWrong + totalRight} fields (${totalWrong} wrong); thresholds ${JSON.stringify(thresholds)}: wrong flagged ${(wrongFlagged / totalWrong).toFixed(3)}, right flagged ${(rightFlagged / totalRight).toFixed(3)}`);
const threshold = thresholds;

const body = FIELD_NAMES.map((f) => `    ${f}: {\n      bias: ${fields[f].bias},\n      weights: {\n${Object.entries(fields[f].weights).map(([n, v]) => `        '${n}': ${v},`).join('\n')}\n      },\n    },`).join('\n');
writeFileSync(out, `// Generated by scripts/build-field-confidence.ts from the development gold (${documents} documents, ${confidences.length} fields) — do not edit.
import type { FieldModel } from './model.js';

export const FIELD_MODEL: FieldModel = {
  thresholds: ${JSON.stringify(threshold).replace(/"/g, '').replace(/,/g, ', ').replace(/:/g, ': ').replace('{', '{ ').replace('}', ' }')},
  fields: {
${body}
  },
};
`);
console.log(`wrote ${out}`);
if (process.env.CCHC_CONFIDENCE_VERBOSE) {
  for (const f of FIELD_NAMES) {
    const cs = examples[f].map((e) => ({ c: sigmoid(fields[f].bias + Object.entries(e.features).reduce((s, [n, v]) => s + (fields[f].weights[n] ?? 0) * v, 0)), e }));
    const w = cs.filter((x) => !x.e.right), r = cs.filter((x) => x.e.right);
    console.log(f, 'wrong', w.length, 'flagged', w.filter((x) => x.c < threshold[f]).length, '| right', r.length, 'flagged', r.filter((x) => x.c < threshold[f]).length, JSON.stringify(fields[f]));
  }
}
