#!/usr/bin/env node
// Launcher of the built CLI: dist/bundle/ (scripts/bundle-cli.ts, built by `npm run build`, which
// `npm ci` runs through the prepare script). One bundled file loads far faster than the ~60 modules
// of dist/cli/ it is made from.
import { main } from '../dist/bundle/main.js';

process.exitCode = await main(process.argv.slice(2));
