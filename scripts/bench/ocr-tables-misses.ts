// Why rows, content and deadlines of the simulated OCR'd task tables go wrong: every gold row
// missed and every matched row whose content or deadline the scorer counts wrong, put in one
// cause each from the text alone (syllable diff of prediction against gold), with the counts.
//   npx tsx scripts/bench/ocr-tables-misses.ts [dev|test] [eng|vie] — CCHC_SIM_DIR as the bench;
//   CCHC_MISSES_SHOW=1 prints every case (gold and predicted text side by side). Content causes are
//   also counted per table reader that read the row (an interleaved reading of a ruled table shows there).
// Causes (first that fits):
//   missed row:  merged   — its words sit in a predicted row half as long again (rows read as one);
//                no-row   — no predicted row holds most of its words (never read as a row);
//                garbled  — a predicted row holds them, too far from gold to pair (< 0.5).
//   content:     side-in  — extra words that are the row's own side cells (lead, cooperating,
//                           products, deadline);
//                next-in  — extra words of a neighbouring row's content;
//                cut      — gold words missing, found in another row or a side cell of its own;
//                lost     — gold words missing, nowhere in the prediction;
//                spelling — as many words, OCR misreads left (restoration's share);
//                other.
//   deadline:    empty    — gold has one, none read;  cut — read, a prefix of gold's;
//                extra    — gold's and more;  spurious — read where gold has none;  other.
import { readFileSync } from 'node:fs';
import { parse } from '../../src/pipeline.js';
import { judge, scorerFunctions } from './score-matching.js';
import { simulatedPrints, type OcrLanguage } from './simulated-tables.js';

type Any = Record<string, unknown>;
const split = process.argv[2] ?? 'dev';
const langs: OcrLanguage[] = process.argv[3] ? [process.argv[3] as OcrLanguage] : ['eng', 'vie'];
const show = Boolean(process.env.CCHC_MISSES_SHOW);

const norm = (s: string) => s.normalize('NFC').toLowerCase();
const syl = (s: unknown): string[] =>
  norm(typeof s === 'string' ? s : Array.isArray(s) ? s.map(String).join(' ') : '').match(/[\p{L}\p{N}]+/gu) ?? [];
const bag = (xs: string[]) => {
  const m = new Map<string, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
};
/** Words of a not in b (multiset). */
function minus(a: string[], b: string[]): string[] {
  const m = bag(b);
  const out: string[] = [];
  for (const x of a) {
    const n = m.get(x) ?? 0;
    if (n > 0) m.set(x, n - 1);
    else out.push(x);
  }
  return out;
}
const share = (words: string[], pool: string[]) => (words.length ? 1 - minus(words, pool).length / words.length : 0);
const text = (v: unknown, s: Awaited<ReturnType<typeof scorerFunctions>>) => s.textOf(v);
const list = (v: unknown) =>
  Array.isArray(v)
    ? v.map((x) => (typeof x === 'string' ? x : ((x as Any)?.name ?? (x as Any)?.text ?? ''))).join(' ')
    : typeof v === 'string'
      ? v
      : '';

const counts = new Map<string, number>();
const bump = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);

const s = await scorerFunctions();
for (const lang of langs) {
  for (const { name, file, textPath, goldPath } of simulatedPrints(split, [lang])) {
    const goldDoc = JSON.parse(readFileSync(goldPath, 'utf8')) as { tasks: Any[]; layout: { order: string[] } };
    const doc = parse(readFileSync(textPath), { path: file }) as unknown as Any;
    const pred = s.collectTasks(doc);
    const judged = await judge(doc, goldDoc);
    const gold = goldDoc.tasks;
    const pairOf = new Map<number, number>();
    for (const t of judged.tasks) if (t.goldIndex != null) pairOf.set(t.goldIndex, t.predIndex);
    const tag = `${lang} ${name} (${goldDoc.layout.order.join('|')})`;
    const sideOf = (g: Any) => [...syl(list(g.lead)), ...syl(list(g.cooperating)), ...syl(list(g.products)), ...syl(g.deadline ?? '')];
    gold.forEach((g, gi) => {
      const gw = syl(g.content);
      const pi = pairOf.get(gi);
      if (pi == null) {
        // Which predicted row holds most of its words?
        let best = -1,
          bestShare = 0;
        pred.forEach((p, i) => {
          const sh = share(gw, syl(text(p.content, s)));
          if (sh > bestShare) [best, bestShare] = [i, sh];
        });
        const holderLength = best >= 0 ? syl(text(pred[best]!.content, s)).length : 0;
        const cause = bestShare < 0.5 ? 'no-row' : holderLength >= 1.5 * gw.length ? 'merged' : 'garbled';
        bump(`missed ${cause}`);
        if (show)
          console.log(
            `MISSED ${cause} ${tag} ${g.ordinal}: share ${bestShare.toFixed(2)}\n   gold: ${String(g.content).slice(0, 160)}\n   pred: ${best >= 0 ? text(pred[best]!.content, s).slice(0, 200) : ''}`,
          );
        return;
      }
      const p = pred[pi]!;
      const pc = text(p.content, s);
      const sim = Math.max(s.similarity(pc, String(g.content)), s.similarity(s.taskText(p), String(g.content)));
      if (sim < 0.9) {
        const pw = syl(pc);
        const extra = minus(pw, gw),
          missing = minus(gw, pw);
        const neighbours = [gold[gi - 1], gold[gi + 1]].filter(Boolean).flatMap((n) => syl(n!.content));
        const predElse = [
          ...pred.filter((_, i) => i !== pi).flatMap((q) => syl(text(q.content, s))),
          ...syl(list(p.lead)),
          ...syl(list(p.cooperating)),
          ...syl(list(p.products)),
          ...syl(text(p.deadline, s)),
        ];
        let cause = 'other';
        if (extra.length >= 2 && share(extra, sideOf(g)) >= 0.6 && extra.length >= missing.length) cause = 'side-in';
        else if (extra.length >= 2 && share(extra, neighbours) >= 0.6 && extra.length >= missing.length) cause = 'next-in';
        else if (missing.length >= 2 && share(missing, predElse) >= 0.6 && missing.length > extra.length) cause = 'cut';
        else if (missing.length >= 2 && missing.length > 2 * extra.length + 1) cause = 'lost';
        else if (Math.abs(pw.length - gw.length) <= Math.max(2, 0.1 * gw.length)) cause = 'spelling';
        bump(`content ${cause}`);
        bump(`content by reader ${String(p.reader)} ${cause}`);
        if (show)
          console.log(
            `CONTENT ${cause} ${tag} [${String(p.reader)}] ${g.ordinal}: sim ${sim.toFixed(2)} extra [${extra.join(' ')}] missing [${missing.join(' ')}]\n   gold: ${String(g.content).slice(0, 200)}\n   pred: ${pc.slice(0, 240)}`,
          );
      }
      const gd = g.deadline == null ? '' : String(g.deadline);
      const pd = text(p.deadline, s);
      if (s.similarity(pd, gd) < 0.9) {
        const gdw = syl(gd),
          pdw = syl(pd);
        const cause = !pdw.length
          ? 'empty'
          : !gdw.length
            ? 'spurious'
            : gdw.slice(0, pdw.length).join(' ') === pdw.join(' ') || (share(pdw, gdw) >= 0.9 && pdw.length < gdw.length)
              ? 'cut'
              : share(gdw, pdw) >= 0.9
                ? 'extra'
                : 'other';
        bump(`deadline ${cause}`);
        if (show) console.log(`DEADLINE ${cause} ${tag} ${g.ordinal}: gold [${gd}] pred [${pd}]`);
      }
    });
  }
}
console.log(
  [...counts]
    .sort()
    .map(([k, n]) => `${k}: ${n}`)
    .join('\n'),
);
