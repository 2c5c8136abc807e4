#!/usr/bin/env node
// V8's --optimize-for-size, set before anything else is loaded: the young generation shrinks back
// after bursts and the old one grows little past what is live, so a 10,000-reference check peaks
// near 135 MB instead of 157 MB (bench:scale), for some more time spent collecting garbage.
// Set here rather than as a node option so it holds however the script is started (npx, a bin
// shim on Windows, `node bin/citecheck.js`). The flag steers V8's memory-versus-speed choices,
// mostly the collector's sizing (README, "Checking at scale": what it costs in time).
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--optimize-for-size');
// Imported after the flag (a static import would be evaluated first).
const { main } = await import('../dist/cli/main.js');
process.exitCode = await main(process.argv);
