// The worker thread's entry for the bundled CLI: the same bundle from the same code cache as the
// main thread (V8's flags are the process's, so the cache's check passes here too).
import { loadBundle } from './load.js';

const bundle = loadBundle();
if (bundle) bundle.exports.runInspectWorker();
else (await import('../run/inspect-worker-loop.js')).runInspectWorker();
