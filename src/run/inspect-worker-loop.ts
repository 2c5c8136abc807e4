// The second thread of `inspect` on saved pages (see inspect-files.ts): takes the next page from
// the shared counter until none is left, as the main thread does, and posts each result or
// failure with its index. A function, not a module's top level, so that both worker entries
// (run/inspect-worker.ts, and bundle/inspect-worker.ts for the bundled CLI) run the same loop.
import { parentPort, workerData } from 'node:worker_threads';
import { inspectFile } from './inspect.js';
import { describeFailure, forEachClaimed, type WorkerInput, type WorkerMessage } from './inspect-files.js';

export function runInspectWorker(): void {
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
