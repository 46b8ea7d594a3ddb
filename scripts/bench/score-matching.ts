// The task matching of ../shared/tools/score.mjs, per field: the scorer prints only totals, so
// this loads its own functions (similarity, names, setF1, appendixKey, ordKey, taskText) from its
// source at run time — nothing re-implemented but the greedy pairing loop, which `scoreTotals`
// checks against the scorer's printed figures for every document scored.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sharedDir } from './shared-texts.js';

export const scorerPath = join(sharedDir, 'tools/score.mjs');

type Any = Record<string, unknown>;
interface ScorerFunctions {
  similarity(a: string, b: string): number;
  names(v: unknown): string[];
  setF1(p: string[], g: string[]): number;
  textOf(v: unknown): string;
  appendixKey(a: unknown): string;
  ordKey(o: unknown): string;
  taskText(p: unknown): string;
  collectTasks(doc: unknown): Any[];
}

let loaded: ScorerFunctions | null = null;

/** The scorer's functions: its source without the command dispatch, with an export line added. */
export async function scorerFunctions(): Promise<ScorerFunctions> {
  if (loaded) return loaded;
  const source = readFileSync(scorerPath, 'utf8');
  const dispatch = source.lastIndexOf("if (mode === 'text')");
  if (dispatch < 0) throw new Error(`score.mjs changed shape: no command dispatch found in ${scorerPath}`);
  const module = `${source.slice(0, dispatch)}\nexport { similarity, names, setF1, textOf, appendixKey, ordKey, taskText, collectTasks };\n`;
  const path = join(mkdtempSync(join(tmpdir(), 'cchc-score-')), 'score-functions.mjs');
  writeFileSync(path, module.replace(/^#!.*\n/u, ''));
  loaded = (await import(pathToFileURL(path).href)) as ScorerFunctions;
  return loaded;
}

export type FieldName = 'content' | 'lead' | 'cooperating' | 'deadline' | 'products';
export const FIELD_NAMES: FieldName[] = ['content', 'lead', 'cooperating', 'deadline', 'products'];

/** One predicted task's fields judged against its gold task (null: the task matched no gold task). */
export interface JudgedTask {
  predIndex: number;
  goldIndex: number | null;
  /** Field → right by the scorer's own test (content and deadline similarity ≥ 0.9, lists F1 = 1). */
  right: Partial<Record<FieldName, boolean>>;
}

export interface Judged {
  tasks: JudgedTask[];
  totals: Record<FieldName, number>;
  matched: number;
}

/** score.mjs `tasks`, pair by pair: the same pairs, the same per-field tests. */
export async function judge(predDoc: Any, goldDoc: { tasks: Any[] }): Promise<Judged> {
  const s = await scorerFunctions();
  const gold = goldDoc.tasks;
  const pred = s.collectTasks(predDoc);
  const oneAppendix = new Set(gold.map((g) => s.appendixKey(g.appendix))).size === 1;
  const pairs: Array<[number, number, number]> = [];
  gold.forEach((g, gi) =>
    pred.forEach((p, pi) => {
      if (!oneAppendix && s.appendixKey(g.appendix) !== s.appendixKey(p.appendix ?? p.appendixLabel ?? p.appendixId)) return;
      const sim = Math.max(s.similarity(s.textOf(p.content), String(g.content)), s.similarity(s.taskText(p), String(g.content)));
      const sameOrdinal = s.ordKey(p.ordinal) !== '' && s.ordKey(p.ordinal) === s.ordKey(g.ordinal);
      if (sim >= 0.5 || (sameOrdinal && sim >= 0.3)) pairs.push([sim + (sameOrdinal ? 0.05 : 0), gi, pi]);
    }),
  );
  pairs.sort((a, b) => b[0] - a[0]);
  const gUsed = new Set<number>(),
    pUsed = new Set<number>();
  const tasks: JudgedTask[] = [];
  const totals: Record<FieldName, number> = { content: 0, lead: 0, cooperating: 0, deadline: 0, products: 0 };
  for (const [, gi, pi] of pairs) {
    if (gUsed.has(gi) || pUsed.has(pi)) continue;
    gUsed.add(gi);
    pUsed.add(pi);
    const g = gold[gi]!,
      p = pred[pi]!;
    const contentSim = Math.max(s.similarity(s.textOf(p.content), String(g.content)), s.similarity(s.taskText(p), String(g.content)));
    const f1 = {
      lead: s.setF1(s.names(p.lead ?? p.leadAgencies), s.names(g.lead)),
      cooperating: s.setF1(s.names(p.cooperating ?? p.cooperatingAgencies), s.names(g.cooperating)),
      products: s.setF1(s.names(p.products), s.names(g.products)),
    };
    const deadline = s.similarity(s.textOf(p.deadline), g.deadline == null ? '' : String(g.deadline)) >= 0.9;
    totals.content += contentSim >= 0.9 ? 1 : 0;
    totals.deadline += deadline ? 1 : 0;
    totals.lead += f1.lead;
    totals.cooperating += f1.cooperating;
    totals.products += f1.products;
    tasks.push({
      predIndex: pi,
      goldIndex: gi,
      right: { content: contentSim >= 0.9, deadline, lead: f1.lead === 1, cooperating: f1.cooperating === 1, products: f1.products === 1 },
    });
  }
  pred.forEach((_, pi) => {
    if (!pUsed.has(pi)) tasks.push({ predIndex: pi, goldIndex: null, right: { content: false } });
  });
  tasks.sort((a, b) => a.predIndex - b.predIndex);
  return { tasks, totals, matched: gUsed.size };
}

/** The scorer's own figures for a document, to check `judge` against. */
export function scoreTotals(predDoc: unknown, goldPath: string): Record<string, number> {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-score-'));
  const predPath = join(dir, 'pred.json');
  writeFileSync(predPath, JSON.stringify(predDoc));
  const run = spawnSync(process.execPath, [scorerPath, 'tasks', predPath, goldPath], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`score.mjs tasks failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Record<string, number>;
}
