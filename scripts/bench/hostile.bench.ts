// npm run bench hostile: how long the inputs that once cost the square of their size take now
// (tests/segment/hostile-size.test.ts checks what they read as; the time is this bench's figure).
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { convert } from '../../src/convert.js';
import { parse } from '../../src/pipeline.js';
import { findAgencies } from '../../src/segment/ocr/agencies.js';
import { markdownLayout } from '../../src/segment/markdown-layout.js';
import { fixturePath } from '../../tests/helpers/shared.js';
import { deepTableInputs, hugeAgencyCell, nestedMarkers, wrappedLines } from '../../tests/helpers/hostile-inputs.js';
import { median } from './measure.js';

async function seconds(fn: () => unknown, runs = 3): Promise<string> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push((performance.now() - start) / 1000);
  }
  return `${median(times).toFixed(2)} s`;
}

export async function run(): Promise<void> {
  const plan = readFileSync(fixturePath('clean-plan.md'), 'utf8').replace(/\n*$/u, '\n');
  const rows: Array<[string, () => unknown]> = [
    ["agencies of a 58 KB OCR'd cell", () => findAgencies(hugeAgencyCell(58))],
    ['5,000 wrapped lines, no full stop', () => parse(wrappedLines(5000), { path: 'wrapped.txt', restore: 'never' })],
    ['25,000 nested list markers (.md)', () => parse(nestedMarkers(25_000), { path: 'nested.md', restore: 'never' })],
    ...deepTableInputs(10_000).map(([name, text]): [string, () => unknown] => [
      `<table> nested 10,000 deep (${name})`,
      () => parse(text, { path: name, restore: 'never' }),
    ]),
    ['Markdown layout of 40 copies of a plan', () => markdownLayout(plan.repeat(40))],
    ['the same plan once, through convert', () => convert(Buffer.from(plan), { path: 'plan.md', restore: 'never' })],
  ];
  console.log('| input | median of 3 |\n|---|---|');
  for (const [name, fn] of rows) console.log(`| ${name} | ${await seconds(fn)} |`);
}
