#!/usr/bin/env node
// Launcher of the built CLI: dist/bundle/ (scripts/bundle-cli.ts, built by `npm run build`, which
// `npm ci` runs through the prepare script). A few bundled files load far faster than the ~60
// modules of dist/cli/ they are made from; `cchc normalize` has one CommonJS file of its own, the
// quickest for Node to load (the command is held to a 400 ms cold start).
import { createRequire } from 'node:module';

const argv = process.argv.slice(2);
const { main } = argv[0] === 'normalize' ? createRequire(import.meta.url)('../dist/bundle/normalize.cjs') : await import('../dist/bundle/main.js');
process.exitCode = await main(argv);
