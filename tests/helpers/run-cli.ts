// Run the CLI in-process and capture what it prints.
import { main } from '../../src/cli/main.js';

export async function runCli(argv: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async () => Buffer.from(stdin, 'utf8'),
  });
  return { code, stdout, stderr };
}
