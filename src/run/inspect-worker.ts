// The worker thread's entry for the unbundled CLI (the bundled one starts bundle/inspect-worker.ts).
import { runInspectWorker } from './inspect-worker-loop.js';

runInspectWorker();
