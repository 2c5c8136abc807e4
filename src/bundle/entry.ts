// What the bundled CLI (dist/bundle/citecheck.cjs, made from the built modules by
// scripts/bundle.mjs, loaded by load.ts) exposes: the CLI, and the loop of inspect's worker thread,
// whose entry in the bundled world loads this same bundle from the same code cache. The CLI is
// imported when first called, so that a worker thread loading the bundle runs only the page
// reader's modules, not the argument parser's and the schemas'.
import { useInspectWorkerEntry } from '../run/inspect-files.js';
import type { Terminal } from '../cli/terminal.js';

useInspectWorkerEntry(new URL('./inspect-worker.js', import.meta.url));

export { runInspectWorker } from '../run/inspect-worker-loop.js';
// For tests of the bundled worker: the reader with a threshold they can lower.
export { inspectFiles } from '../run/inspect-files.js';
export { inspectFile } from '../run/inspect.js';

/** Which worker entry inspect-files.ts starts (a test checks it is this bundle's). */
export { inspectWorkerEntry } from '../run/inspect-files.js';

export async function main(argv: string[], terminal?: Terminal): ReturnType<typeof import('../cli/main.js').main> {
  return (await import('../cli/main.js')).main(argv, terminal);
}
