#!/usr/bin/env node
// Launcher of the built CLI: dist/bundle/ (scripts/bundle-cli.ts, built by `npm run build`, which
// `npm ci` runs through the prepare script): a few bundled files instead of the ~60 modules of
// dist/cli/ they are made from.
//
// CommonJS (bin/package.json), like the bundle `cchc normalize` runs, normalize.cjs, so that
// normalize never sets up Node's ES module loader. The other commands import the ES module bundle,
// main.js, when they are asked for. What each of these buys: `npm run bench devices`.
const argv = process.argv.slice(2);
const run = (main) => main(argv).then((code) => (process.exitCode = code));
if (argv[0] === 'normalize') run(require('../dist/bundle/normalize.cjs').main);
else import('../dist/bundle/main.js').then((bundle) => run(bundle.main));
