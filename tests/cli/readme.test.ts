// The README's options table is generated from the CLI's option data; this
// fails when an option changes without `npm run readme`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { optionsMarkdown } from '../../scripts/readme.js';
import { fixturePath } from '../helpers/shared.js';

describe('README', () => {
  const readme = readFileSync(fixturePath('../README.md'), 'utf8');

  it('lists every command and option as the CLI defines them', () => {
    expect(readme).toContain(optionsMarkdown().trimEnd());
  });

  it('starts with the install-and-run and the test commands', () => {
    expect(readme).toMatch(/```sh\nnpm ci && npx cchc parse fixtures\/clean-plan\.md\nnpm test\n```/);
  });
});
