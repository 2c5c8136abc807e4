#!/usr/bin/env node
// V8's --optimize-for-size for everything but the short CPU-bound commands: the young generation
// shrinks back after bursts and the old one grows little past what is live, so a 10,000-reference
// check peaks near 130 MB instead of 157 MB (bench:scale), for some more time collecting garbage.
// `check` is also the default command (`citecheck refs.json`), so the test is on what is left out:
// inspect and extract, where the flag costs ~15 % (bench:inspect: 85 -> 72 pages/s). Set here
// rather than as a node option so it holds however the script is started (npx, a bin shim on
// Windows, `node bin/citecheck.js`), and before anything else is loaded: set later, the heap has
// already grown (README, "Checking at scale").
// The short commands instead get the flags of short runs and the bundled CLI, compiled from its
// code cache (src/bundle/load.ts); the modules answer when there is no bundle or it cannot run.
import { setFlagsFromString } from 'node:v8';

const SHORT_RUNS = new Set(['inspect', 'extract']);
let main;
if (SHORT_RUNS.has(process.argv[2])) {
  try {
    const { loadForShortRun } = await import('../dist/bundle/load.js');
    main = loadForShortRun()?.exports.main;
  } catch {
    // A damaged install: the modules answer instead (and say what is missing, if they cannot).
  }
} else {
  setFlagsFromString('--optimize-for-size');
}
// Imported after the flag (a static import would be evaluated first); also when there is no bundle.
main ??= (await import('../dist/cli/main.js')).main;
process.exitCode = await main(process.argv);
