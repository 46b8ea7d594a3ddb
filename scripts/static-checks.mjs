// `npm test`'s static checks: the typecheck, the linter and the formatter's check at the same time,
// each one's output printed whole once it ends, in that order. Exits 1 when any fails.
// Plain JavaScript, so that nothing is compiled before the checks start.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import process from 'node:process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs `npm run <script>`, its standard output and error kept together in order. */
function run(script) {
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
    child.on('error', (error) => resolve({ script, code: 1, output: Buffer.from(`${error.message}\n`) }));
    child.on('close', (code, signal) => resolve({ script, code: code ?? (signal ? 1 : 0), output: Buffer.concat(chunks) }));
  });
}

const results = await Promise.all(['typecheck', 'lint', 'format:check'].map(run));
for (const { script, code, output } of results) {
  process.stdout.write(`> ${script}: ${code === 0 ? 'ok' : `failed (exit ${code})`}\n`);
  process.stdout.write(output);
}
process.exitCode = results.every((r) => r.code === 0) ? 0 : 1;
