// The command line as a few bundled files (dist/bundle/), what bin/cchc.js runs. Node 20's ESM
// loader pays per file: importing the ~60 compiled modules a `cchc normalize` needs, and commander's
// CommonJS files (a CommonJS package imported from ESM is also scanned for its export names), cost
// ~50 ms CPU of a cold start; one file per command costs a few ms. Run by `npm run build` after tsc,
// which still writes dist/ for the library entry (dist/index.js and its .d.ts).
//
//   main.js          the CLI: commander, the option data, io            (src/cli/main.ts)
//   normalize-*.js … one chunk per command, loaded when it runs (main.ts imports them lazily)
//   chunk-*.js       code two or more commands share
//   worker.js        the batch pool's thread (src/batch/pool.ts looks for ./worker.js beside itself)
//
// Only commander is bundled: every command needs it. The other packages stay in node_modules and
// load when a command imports them (exceljs, mammoth, piscina, unified …: normalize needs none).
// Source maps point at src/ (`node --enable-source-maps bin/cchc.js …` for stack traces there).
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Packages bundled into the CLI; every other dependency is imported from node_modules at run time. */
const BUNDLED = ['commander'];

export async function bundleCli(outdir = join(root, 'dist/bundle')): Promise<void> {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  rmSync(outdir, { recursive: true, force: true }); // no chunks left over from an earlier build
  await build({
    absWorkingDir: root,
    entryPoints: { main: 'src/cli/main.ts', worker: 'src/batch/worker.ts' },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: Object.keys(pkg.dependencies).filter((name) => !BUNDLED.includes(name)),
    // commander is CommonJS and requires node:events, node:path …: in an ES module bundle those
    // calls need a `require`, made here the way Node documents it for ES modules.
    banner: { js: "import { createRequire as __cchcCreateRequire } from 'node:module';\nconst require = __cchcCreateRequire(import.meta.url);" },
    sourcemap: true,
    sourcesContent: false,
    logLevel: 'warning',
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await bundleCli(process.argv[2]);
