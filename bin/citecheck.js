#!/usr/bin/env node
// V8's --optimize-for-size for the commands that run over a whole sources file: the young
// generation shrinks back after bursts and the old one grows little past what is live, so a
// 10,000-reference check peaks near 135 MB instead of 157 MB (bench:scale), for some more time
// spent collecting garbage. Not for inspect and extract, short CPU-bound runs where it costs ~15 %
// (bench:inspect: 85 -> 72 pages/s). Set here rather than as a node option so it holds however the
// script is started (npx, a bin shim on Windows, `node bin/citecheck.js`), and before anything
// else is loaded: set later, the heap has already grown (README, "Checking at scale").
import { setFlagsFromString } from 'node:v8';

const RUNS_OVER_SOURCES = new Set(['check', 'resolve']);
if (RUNS_OVER_SOURCES.has(process.argv[2])) setFlagsFromString('--optimize-for-size');
// Imported after the flag (a static import would be evaluated first).
const { main } = await import('../dist/cli/main.js');
process.exitCode = await main(process.argv);
