#!/usr/bin/env node
// V8's --optimize-for-size for everything but the short CPU-bound commands: the young generation
// shrinks back after bursts and the old one grows little past what is live, so a 10,000-reference
// check peaks near 130 MB instead of 157 MB (bench:scale), for some more time collecting garbage.
// `check` is also the default command (`citecheck refs.json`), so the test is on what is left out:
// inspect and extract, where the flag costs ~15 % (bench:inspect: 85 -> 72 pages/s). Set here
// rather than as a node option so it holds however the script is started (npx, a bin shim on
// Windows, `node bin/citecheck.js`), and before anything else is loaded: set later, the heap has
// already grown (README, "Checking at scale").
// The short commands get their own flags instead, before the bundled CLI is compiled from its code
// cache, which V8 keeps only for the flags it was made with (src/bundle/load.ts).
import { setFlagsFromString } from 'node:v8';

const SHORT_RUNS = new Set(['inspect', 'extract']);
let main;
if (SHORT_RUNS.has(process.argv[2])) {
  const { tuneJitForShortRun } = await import('../dist/cli/short-run-jit.js');
  tuneJitForShortRun();
  const { loadBundle } = await import('../dist/bundle/load.js');
  try {
    main = loadBundle()?.exports.main;
  } catch {
    // A bundle that cannot be read or run (a damaged install): the modules answer instead.
  }
} else {
  setFlagsFromString('--optimize-for-size');
}
// Imported after the flag (a static import would be evaluated first); also when there is no bundle.
main ??= (await import('../dist/cli/main.js')).main;
process.exitCode = await main(process.argv);
