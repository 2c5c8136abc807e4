// The second thread of `inspect` on saved pages (see inspect-files.ts): takes the next page from
// the shared counter until none is left, as the main thread does, and posts each result or
// failure with its index. A function, not a module's top level, so that both worker entries
// (run/inspect-worker.ts, and bundle/inspect-worker.ts for the bundled CLI) run the same loop.
import { inspectFile } from './inspect.js';
import { describeFailure, forEachClaimed, type WorkerInput, type WorkerMessage } from './inspect-files.js';

export function runInspectWorker(): void {
  // From the built-in on call: the bundle holding this loop is loaded by the main thread too,
  // which should not load worker_threads unless it starts a worker.
  const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
  const { paths, counter, now } = workerData as WorkerInput;
  const next = new Int32Array(counter);
  const at = new Date(now);
  forEachClaimed(next, paths.length, (i) => {
    let message: WorkerMessage;
    try {
      message = { index: i, result: inspectFile(paths[i]!, at) };
    } catch (error) {
      message = { index: i, failure: describeFailure(error) };
    }
    parentPort!.postMessage(message);
  });
}
