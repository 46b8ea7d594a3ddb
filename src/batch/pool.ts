// The worker-thread pool (piscina). Threads start at once and live for the
// whole batch, so each loads the pipeline (and its model) only once. When we
// run from TypeScript sources (tests, tsx), workers get tsx's loader too.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { OnPage, PageMessage, WorkerTask } from './worker.js';
import type { Outcome } from './outcome.js';

export interface Pool {
  /** `onPage`: told each page of a scan as it is OCR'd. */
  run(task: WorkerTask, signal?: AbortSignal, onPage?: OnPage): Promise<Outcome>;
  close(): Promise<void>;
}

export const defaultJobs = () => availableParallelism();

export function createPool(jobs: number): Pool {
  const fromSource = import.meta.url.endsWith('.ts');
  const worker = new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url);
  const inherited = workerExecArgv(process.execArgv);
  const needsLoader = fromSource && !inherited.some((a) => a.includes('tsx'));
  const piscina = new Piscina({
    filename: fileURLToPath(worker),
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 60_000,
    execArgv: needsLoader ? [...inherited, '--import', 'tsx'] : inherited,
  });
  return {
    async run(task, signal, onPage) {
      if (!onPage) return piscina.run(task, { transferList: [task.bytes.buffer as ArrayBuffer], signal });
      // The worker tells its pages over a port of its own; a page told after the outcome is dropped.
      const { port1, port2 } = new MessageChannel();
      port1.on('message', (m: PageMessage) => onPage(m.done, m.total, m.cached));
      try {
        return await piscina.run({ ...task, pages: port2 }, { transferList: [task.bytes.buffer as ArrayBuffer, port2], signal });
      } finally {
        port1.close();
      }
    },
    close: () => piscina.destroy(),
  };
}

/** The parent's Node flags minus those a worker refuses (`-e <code>`, `--input-type`). */
function workerExecArgv(argv: string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '-e' || flag === '--eval' || flag === '-p' || flag === '--print') i++;
    else if (!flag.startsWith('--input-type') && !flag.startsWith('--eval=') && !flag.startsWith('--print=')) kept.push(flag);
  }
  return kept;
}
