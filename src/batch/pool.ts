// The worker-thread pool (piscina). Threads start at once and live for the
// whole batch, so each loads the pipeline (and its model) only once. When we
// run from TypeScript sources (tests, tsx), workers get tsx's loader too.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { WorkerTask } from './worker.js';
import type { Outcome } from './outcome.js';

export interface Pool {
  run(task: WorkerTask, signal?: AbortSignal): Promise<Outcome>;
  close(): Promise<void>;
}

export const defaultJobs = () => availableParallelism();

export function createPool(jobs: number): Pool {
  const fromSource = import.meta.url.endsWith('.ts');
  const worker = new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url);
  const needsLoader = fromSource && !process.execArgv.some((a) => a.includes('tsx'));
  const piscina = new Piscina({
    filename: fileURLToPath(worker),
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 60_000,
    execArgv: needsLoader ? [...process.execArgv, '--import', 'tsx'] : process.execArgv,
  });
  return {
    run: (task, signal) => piscina.run(task, { transferList: [task.bytes.buffer as ArrayBuffer], signal }),
    close: () => piscina.destroy(),
  };
}
