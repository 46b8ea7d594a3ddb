// Tasks scored by ../shared/tools/score.mjs against another parse of the same plan taken as the gold
// (its text's parse, for a PDF or a scan of it): both written to `work`, the scorer run on them.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CchcDocument } from '../../src/schema/document.js';

/** score.mjs tasks of `pred`, with `gold`'s tasks as the gold file; empty when the scorer is absent. */
export function scoreTasks(
  pred: CchcDocument,
  gold: CchcDocument,
  label: string,
  where: { scorer: string; work: string },
): Record<string, number> {
  if (!existsSync(where.scorer)) return {};
  const predPath = join(where.work, `${label}.pred.json`);
  const goldPath = join(where.work, `${label}.gold.json`);
  writeFileSync(predPath, JSON.stringify(pred));
  writeFileSync(
    goldPath,
    JSON.stringify({
      tasks: gold.tasks.map((t) => ({
        ...t,
        lead: t.lead.map((a) => a.name),
        cooperating: t.cooperating.map((a) => a.name),
        deadline: t.deadline?.text ?? null,
      })),
    }),
  );
  return JSON.parse(execFileSync('node', [where.scorer, 'tasks', predPath, goldPath], { encoding: 'utf8' })) as Record<string, number>;
}
