// Typed fields: speed of the deadline reader, the agency splitter and the citation
// reader on the seeds' real cells, and their coverage on every seed (issue 5):
// share of tasks whose deadline is read, share of agencies with a gazetteer id,
// the agencies left unknown.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { splitAgencies } from '../../src/extract/agencies/index.js';
import { extractCitations } from '../../src/extract/citations.js';
import { parseDeadline } from '../../src/extract/deadline/index.js';
import { parse } from '../../src/pipeline.js';
import type { CchcDocument } from '../../src/schema/document.js';
import { peakRssMb, timeMedian } from './measure.js';

const shared = process.env.CCHC_SHARED ?? resolve(import.meta.dirname, '../../../shared');

export async function run(): Promise<void> {
  const seeds = join(shared, 'seeds');
  const files = existsSync(seeds)
    ? readdirSync(seeds)
        .sort()
        .map((f) => join(seeds, f))
    : [];
  files.push(resolve(import.meta.dirname, '../../fixtures/clean-plan.txt'));
  const docs: CchcDocument[] = [];
  console.log('file | tasks | deadline read | agencies | with id | citations | unknown agencies');
  for (const path of files) {
    const name = path.split('/').pop()!.slice(0, 24);
    let doc: CchcDocument;
    try {
      doc = parse(readFileSync(path), { path });
    } catch (error) {
      console.log(`${name} | failed: ${(error as Error).message.split(': ').pop()}`);
      continue;
    }
    docs.push(doc);
    const read = doc.tasks.filter((t) => t.deadline && t.deadline.kind !== 'unknown').length;
    const agencies = doc.tasks.flatMap((t) => [...t.lead, ...t.cooperating]);
    const known = agencies.filter((a) => a.id).length;
    const unknown = [...new Set(agencies.filter((a) => !a.id).map((a) => a.name))];
    console.log(
      `${name} | ${doc.tasks.length} | ${read} (${share(read, doc.tasks.length)}) | ${agencies.length} | ${known} (${share(known, agencies.length)}) | ${doc.citations.length} | ${unknown.join('; ') || '-'}`,
    );
  }

  const deadlines = docs.flatMap((d) => d.tasks.flatMap((t) => (t.deadline ? [t.deadline.text] : [])));
  const cells = docs.flatMap((d) =>
    d.tasks.flatMap((t) => [t.lead, t.cooperating].filter((l) => l.length).map((l) => l.map((a) => a.name).join('; '))),
  );
  const spans = docs.flatMap((d) => d.decision.legalBases.map((b) => ({ text: b.text, ...b.source })));
  const perCall = (ms: number, n: number) => (n ? `${((ms * 1000) / n).toFixed(1)} µs` : '-');
  const d = timeMedian(() => deadlines.forEach((t) => parseDeadline(t, { year: 2023 })), 15, 3);
  const a = timeMedian(() => cells.forEach((c) => splitAgencies([c])), 15, 3);
  const c = timeMedian(() => extractCitations(spans), 15, 3);
  console.log(`parseDeadline: ${deadlines.length} cells, ${perCall(d, deadlines.length)} a cell (median of 15)`);
  console.log(`splitAgencies: ${cells.length} cells, ${perCall(a, cells.length)} a cell (median of 15)`);
  console.log(`extractCitations: ${spans.length} legal bases, ${perCall(c, spans.length)} a span (median of 15)`);
  console.log(`peak RSS: ${peakRssMb()} MB`);
}

const share = (n: number, of: number) => (of ? `${Math.round((100 * n) / of)}%` : '-');
