// ../shared/tools/score.mjs run in this process: the script reads its arguments and prints one JSON
// line when evaluated, so each call evaluates a fresh copy of it with the arguments set and its line
// caught. A bench that scores hundreds of parses would spend more on a process each than on the parse.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sharedDir } from './shared-texts.js';

const scorer = join(sharedDir, 'tools/score.mjs');

/** What `score.mjs tasks` prints: counts of tasks, and each field's share right over the matched tasks. */
export interface TaskScore {
  gold: number;
  pred: number;
  matched: number;
  lead: number;
  cooperating: number;
  deadline: number;
  content: number;
  products: number;
  /** Gold tasks matched by no predicted task, by ordinal. */
  missed: string[];
}
let evaluations = 0;

export async function scoreHere(mode: 'tasks' | 'decision', pred: string, gold: string): Promise<unknown> {
  const argv = process.argv,
    log = console.log;
  let printed = '';
  process.argv = [argv[0]!, scorer, mode, pred, gold];
  console.log = (line: string) => void (printed += line);
  try {
    await import(`${pathToFileURL(scorer).href}?run=${++evaluations}`);
  } finally {
    process.argv = argv;
    console.log = log;
  }
  return JSON.parse(printed);
}

type TaskField = 'lead' | 'cooperating' | 'deadline' | 'content' | 'products';

/**
 * Task scores pooled over documents, as one line: counts summed, row recall and precision, and each
 * field's share right over the matched rows (each document weighted by its matched rows).
 */
export function pooledTaskLine(scores: TaskScore[], unit: string): string {
  const sum = (f: (s: TaskScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  const [gold, pred, matched] = [sum((s) => s.gold), sum((s) => s.pred), sum((s) => s.matched)];
  const field = (k: TaskField) => (matched ? sum((s) => s[k] * s.matched) / matched : 0);
  const f = (x: number) => x.toFixed(2);
  return `${scores.length} ${unit} | gold ${gold} | pred ${pred} | recall ${f(gold ? matched / gold : 1)} | precision ${f(pred ? matched / pred : 0)} | lead ${f(field('lead'))} | deadline ${f(field('deadline'))} | content ${f(field('content'))} | coop ${f(field('cooperating'))} | products ${f(field('products'))}`;
}
