// Regenerates the README's generated sections (npm run readme): the commands and
// options table from src/cli/options.ts, and the JSON and CSV excerpts from real
// output on a fixture, so the README never disagrees with the tool.
// tests/cli/readme.test.ts checks that the README is up to date.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { COMMANDS } from '../src/cli/options.js';
import { parse } from '../src/pipeline.js';
import { toCsv } from '../src/emit/index.js';

const root = resolve(import.meta.dirname, '..');

export function optionsMarkdown(): string {
  const out: string[] = [];
  for (const command of COMMANDS) {
    out.push(`### \`cchc ${command.name}${command.args ? ` ${command.args}` : ''}\``, '', `${command.summary}.`, '');
    if (!command.options.length) continue;
    out.push('| option | meaning | default |', '| --- | --- | --- |');
    for (const o of command.options) {
      const choices = o.choices ? ` (${o.choices.join(', ')})` : '';
      const fallback = o.default === undefined || o.default === false ? '' : `\`${String(o.default)}\``;
      out.push(`| \`${o.flags}\` | ${o.description.replace(/\|/g, '\\|')}${choices} | ${fallback} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

async function excerpts(): Promise<{ json: string; csv: string }> {
  const name = 'fixtures/clean-plan.txt';
  const doc = parse(readFileSync(resolve(root, name)), { path: name });
  const json = '```json\n' + JSON.stringify(doc.tasks.find((t) => t.id === 'PL-I/2') ?? doc.tasks[0], null, 2) + '\n```';
  const csv = '```csv\n' + (await toCsv(doc)).split('\n').slice(0, 4).join('\n') + '\n```';
  return { json, csv };
}

function splice(readme: string, name: string, body: string): string {
  const start = readme.match(new RegExp(`<!-- ${name}:start[^>]*-->`));
  const end = readme.indexOf(`<!-- ${name}:end -->`);
  if (!start || start.index === undefined || end < start.index) throw new Error(`README.md has no ${name} markers`);
  return `${readme.slice(0, start.index + start[0].length)}\n\n${body}\n\n${readme.slice(end)}`;
}

export async function renderReadme(readme: string): Promise<string> {
  const { json, csv } = await excerpts();
  return splice(splice(splice(readme, 'options', optionsMarkdown().trimEnd()), 'json-excerpt', json), 'csv-excerpt', csv);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = resolve(root, 'README.md');
  writeFileSync(path, await renderReadme(readFileSync(path, 'utf8')));
}
