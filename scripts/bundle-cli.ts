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
// Each command's import of src/index.ts is resolved to a door of its own (the plugin `doors` below),
// so that a command's chunk loads only the modules it uses.
//
// The packages a parse needs are bundled too (chrono-node, unified and remark with their many small
// ES modules, zod, fast-csv, iconv-lite …). They land in shared chunks that a command loads only
// when it imports them (normalize needs none of them). exceljs and mammoth (large, only for
// --format xlsx and .docx input) and piscina (it starts its threads from its own files) stay in
// node_modules.
// Source maps point at src/ (`node --enable-source-maps bin/cchc.js …` for stack traces there).
// The files are written without comments or indentation.
import { build, type Plugin } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Doors: the command line imports the library through src/index.ts only (eslint.config.js), and
 * index.ts re-exports every stage. Bundled with code splitting as written, that would make each
 * command load every chunk index.ts reaches: esbuild gives a module to each entry that reaches it
 * through any import, used or not, so `cchc schema` would load the pipeline, unified and chrono-node.
 * In the bundles only, each CLI file's import of index.ts is resolved instead to a door of its own:
 * a module that re-exports just the names that file imports, from the modules index.ts re-exports
 * them from (the same bindings, so the same code runs). index.ts holds only re-exports so that
 * every name has such a module (a name it defined itself would stop the build).
 */
const doors: Plugin = {
  name: 'cchc-doors',
  setup(build) {
    const homes = homesOfPublicNames(join(root, 'src/index.ts'));
    build.onResolve({ filter: /^(\.\.\/)+index\.js$/ }, (args) =>
      /[\\/]src[\\/]cli[\\/]/.test(args.importer) && resolve(dirname(args.importer), args.path) === join(root, 'src/index.js')
        ? { path: args.importer, namespace: 'cchc-door' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'cchc-door' }, (args) => ({
      contents: importedNames(args.path)
        .map((name) => {
          const home = homes.get(name);
          if (!home) throw new Error(`${args.path} imports ${name}, which src/index.ts does not re-export`);
          return `export { ${home.name === name ? name : `${home.name} as ${name}`} } from '${home.module}';\n`;
        })
        .join(''),
      resolveDir: join(root, 'src'),
      loader: 'ts',
    }));
  },
};

/** Each value src/index.ts exports: the module it re-exports it from, and its name there. */
function homesOfPublicNames(indexFile: string): Map<string, { module: string; name: string }> {
  const source = ts.createSourceFile(indexFile, readFileSync(indexFile, 'utf8'), ts.ScriptTarget.Latest);
  const homes = new Map<string, { module: string; name: string }>();
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && statement.importClause?.isTypeOnly) continue;
    if (!ts.isExportDeclaration(statement) || !statement.moduleSpecifier || !ts.isStringLiteral(statement.moduleSpecifier))
      throw new Error(`src/index.ts: only re-exports may stand here (the bundles' doors): ${statement.getText(source)}`);
    if (statement.isTypeOnly || !statement.exportClause || !ts.isNamedExports(statement.exportClause)) continue;
    for (const element of statement.exportClause.elements)
      if (!element.isTypeOnly)
        homes.set(element.name.text, { module: statement.moduleSpecifier.text, name: (element.propertyName ?? element.name).text });
  }
  return homes;
}

/** The values a file imports from src/index.ts (types left aside: they are gone from the bundle). */
function importedNames(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const names: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (!/^(\.\.\/)+index\.js$/.test(statement.moduleSpecifier.text)) continue;
    const clause = statement.importClause;
    if (!clause || clause.isTypeOnly) continue;
    if (clause.name || !clause.namedBindings || !ts.isNamedImports(clause.namedBindings))
      throw new Error(`${file}: import names from src/index.ts one by one (the bundles' doors)`);
    for (const element of clause.namedBindings.elements) if (!element.isTypeOnly) names.push((element.propertyName ?? element.name).text);
  }
  return names;
}

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
    plugins: [doors],
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
    plugins: [doors],
    sourcemap: true,
    sourcesContent: false,
    logLevel: 'warning',
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await bundleCli(process.argv[2]);
