// The command line as a few bundled files (dist/bundle/), what bin/cchc.js runs, instead of the
// compiled modules of dist/cli/ and the packages' own files, which Node's ES module loader would read
// one by one. Run by `npm run build` after tsc, which still writes dist/ for the library entry
// (dist/index.js and its .d.ts). What the bundles buy: README, "Restoration" (npm run bench devices).
//
//   main.js          the CLI: commander, the option data, io            (src/cli/main.ts)
//   normalize-*.js … one chunk per command, loaded when it runs (main.ts imports them lazily)
//   chunk-*.js       code two or more commands share
//   worker.js        the batch pool's thread (src/batch/pool.ts looks for ./worker.js beside itself)
//   normalize.cjs    `cchc normalize` alone, all in one CommonJS file   (src/cli/normalize-main.ts)
//
// bin/cchc.js runs normalize.cjs when the first argument is `normalize`, main.js otherwise: one
// CommonJS file holding only what normalize needs (V8 reads all of a file before it runs any of it, so
// the packages a parse needs stay out of it).
//
// The packages a parse needs are bundled too (chrono-node, unified and remark with their many small
// ES modules, zod, fast-csv, iconv-lite …). They land in shared chunks that a command loads only
// when it imports them (normalize needs none of them). exceljs and mammoth (large, only for
// --format xlsx and .docx input) and piscina (it starts its threads from its own files) stay in
// node_modules.
// Source maps point at src/ (`node --enable-source-maps bin/cchc.js …` for stack traces there).
// The files are written without comments or indentation.
import { build, type Plugin } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * src/cli/restorer.ts imports openRestorer through the public API (src/index.ts), as all of the CLI
 * must. Bundled as written, that import would make main.js load at start-up every chunk that
 * index.ts reaches (code splitting loads a chunk for each module a file reaches, used or not):
 * chrono-node, unified, zod … for `cchc --help`. openRestorer's own module is small and imports the
 * engine lazily, so the bundles take it from there (the same function: index.ts re-exports it).
 */
const openRestorerDirect: Plugin = {
  name: 'open-restorer-direct',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/index\.js$/ }, (args) =>
      /[\\/]src[\\/]cli[\\/]restorer\.ts$/.test(args.importer) ? { path: join(root, 'src/restore/open.ts') } : undefined,
    );
  },
};

/** Dependencies left in node_modules, imported at run time; every other one is bundled. */
// unpdf (PDF.js) and word-extractor: large, only for PDF and .doc input (read/doc.ts requires
// word-extractor's own files by path).
const EXTERNAL = ['exceljs', 'mammoth', 'piscina', 'cli-progress', 'unpdf', 'word-extractor'];

export async function bundleCli(outdir = join(root, 'dist/bundle')): Promise<void> {
  rmSync(outdir, { recursive: true, force: true }); // no chunks left over from an earlier build
  await Promise.all([buildModules(outdir), buildNormalize(outdir)]);
}

function buildModules(outdir: string) {
  return build({
    absWorkingDir: root,
    entryPoints: { main: 'src/cli/main.ts', worker: 'src/batch/worker.ts' },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    // commander is CommonJS and requires node:events, node:path …: in an ES module bundle those
    // calls need a `require`, made here the way Node documents it for ES modules.
    banner: {
      js: "import { createRequire as __cchcCreateRequire } from 'node:module';\nconst require = __cchcCreateRequire(import.meta.url);",
    },
    minifyWhitespace: true,
    plugins: [openRestorerDirect],
    sourcemap: true,
    sourcesContent: false,
    logLevel: 'warning',
  });
}

function buildNormalize(outdir: string) {
  return build({
    absWorkingDir: root,
    entryPoints: ['src/cli/normalize-main.ts'],
    outfile: join(outdir, 'normalize.cjs'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    // The modules find model/ and node_modules/ from import.meta.url, which CommonJS does not have:
    // the bundle's own file URL stands in for it.
    define: { 'import.meta.url': '__cchcImportMetaUrl' },
    banner: { js: "const __cchcImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    minifyWhitespace: true,
    plugins: [openRestorerDirect],
    sourcemap: true,
    sourcesContent: false,
    logLevel: 'warning',
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await bundleCli(process.argv[2]);
