// What npm publishes: the built code, the model and the LICENSE that package.json names, no
// source maps (203 of them made the tarball 14 MB unpacked).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath } from './helpers/shared.js';

describe('the npm package', () => {
  it('ships bin, dist, model and the MIT LICENSE, without .map files', { timeout: 120_000 }, () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: fixturePath('..'), encoding: 'utf8' });
    const files = (JSON.parse(out) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files).toEqual(
      expect.arrayContaining(['LICENSE', 'package.json', 'README.md', 'bin/cchc.js', 'dist/index.js', 'dist/index.d.ts', 'model/lm.bin']),
    );
    expect(files.filter((f) => !/^(bin|dist|model)\//u.test(f)).sort()).toEqual(['LICENSE', 'README.md', 'package.json']);
    const pkg = JSON.parse(readFileSync(fixturePath('../package.json'), 'utf8')) as { license: string };
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(fixturePath('../LICENSE'), 'utf8')).toMatch(/^MIT License\n/u);
  });
});
