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

export async function main(argv: string[], terminal?: Terminal): ReturnType<typeof import('../cli/main.js').main> {
  return (await import('../cli/main.js')).main(argv, terminal);
}

export interface BundleExports {
  main: typeof main;
  runInspectWorker: typeof import('../run/inspect-worker-loop.js').runInspectWorker;
  inspectFiles: typeof import('../run/inspect-files.js').inspectFiles;
  inspectFile: typeof import('../run/inspect.js').inspectFile;
}
