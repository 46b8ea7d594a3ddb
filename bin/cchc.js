#!/usr/bin/env node
// Launcher of the built CLI: dist/bundle/ (scripts/bundle-cli.ts, built by `npm run build`, which
// `npm ci` runs through the prepare script). A few bundled files load far faster than the ~60
// modules of dist/cli/ they are made from.
//
// CommonJS (bin/package.json), like the bundle `cchc normalize` runs, normalize.cjs: an ES module
// entry would set up Node's ES module loader first, ~12 ms before any of our code runs (cold
// normalize of seed 000, median of 31 interleaved: 516 -> 489 ms in slow minutes). The other
// commands import the ES module bundle, main.js, when they are asked for.
const argv = process.argv.slice(2);
const run = (main) => main(argv).then((code) => (process.exitCode = code));
if (argv[0] === 'normalize') run(require('../dist/bundle/normalize.cjs').main);
else import('../dist/bundle/main.js').then((bundle) => run(bundle.main));
