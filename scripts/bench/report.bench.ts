// npm run bench report: time to render the review page (parse excluded) and its
// size, for the test fixture and for each seed the pipeline reads.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from '../../src/decode/index.js';
import { parse } from '../../src/pipeline.js';
import { renderReport } from '../../src/report/index.js';
import type { CchcDocument } from '../../src/schema/document.js';
import { planFixture } from '../../tests/report/plan-fixture.js';
import { sharedDir } from '../../tests/helpers/shared.js';
import { peakRssMb, timeMedian } from './measure.js';

export async function run(): Promise<void> {
  const cases: Array<{ name: string; doc: CchcDocument; text: string }> = [];
  const fixture = planFixture();
  cases.push({ name: 'fixture', doc: fixture.doc, text: fixture.input });
  const seeds = join(sharedDir, 'seeds');
  if (existsSync(seeds)) {
    for (const file of readdirSync(seeds).sort()) {
      const bytes = readFileSync(join(seeds, file));
      try {
        cases.push({ name: file.slice(0, 3), doc: parse(bytes, { path: file }), text: decode(bytes).text });
      } catch (error) {
        console.log(`${file.slice(0, 3)}: not parsed (${(error as Error).message})`);
      }
    }
  }
  console.log('document  tasks  restored  lines  render ms (median of 10)  page KB  KB per input KB');
  for (const c of cases) {
    const ms = timeMedian(() => renderReport(c.doc, c.text), 10, 2);
    const html = renderReport(c.doc, c.text);
    const kb = Buffer.byteLength(html) / 1024;
    const inputKb = Buffer.byteLength(c.text) / 1024;
    console.log(
      `${c.name.padEnd(8)}  ${String(c.doc.tasks.length).padStart(5)}  ${String(c.doc.restoration.changes.length).padStart(8)}  ${String(c.text.split('\n').length).padStart(5)}  ${ms.toFixed(1).padStart(23)}  ${kb.toFixed(0).padStart(7)}  ${(kb / inputKb).toFixed(1).padStart(15)}`,
    );
  }
  console.log(`peak RSS ${peakRssMb()} MB`);
}
