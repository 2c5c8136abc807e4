// Saved pages for `inspect`, read on two cores when there is enough HTML to pay for it. A worker thread takes
// pages from the same list as the main thread (one shared counter, so neither waits while the
// other has work), each result goes back to its target's place, and the output keeps the targets'
// order. A failure is the first failing target's, in order, as when the pages were read one by one.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { CitecheckError } from '../errors.js';
import type { InspectResult } from './inspect.js';

/**
 * Below this much saved HTML the worker costs more than it saves: it starts a second Node
 * environment and warms up V8's compiled code all over again. Measured with the bundled CLI
 * (bench:inspect's pages, 2 cores, paired runs): the first 100 real pages (33 MB) took 0.57-0.63 s
 * on two threads against 0.57-0.59 on one, 150 pages (49 MB) the same on both, 200 (62 MB) ~5 %
 * less on two, 250 (72 MB) ~12 % less, all 473 (113 MB) ~15 % less.
 */
export const MIN_BYTES_FOR_WORKER = 48 * 1024 * 1024;

/** Whether a second thread pays for `bytes` of pages, given the cores there are. */
export function workerPays(bytes: number, cores: number, minBytes = MIN_BYTES_FOR_WORKER): boolean {
  return cores >= 2 && bytes >= minBytes;
}

/** The pages' total size; a file that cannot be read counts nothing (its read reports the fault). */
function totalBytes(paths: readonly string[]): number {
  let sum = 0;
  for (const path of paths) {
    try {
      sum += statSync(path).size;
    } catch {
      // Missing, a path through a file, too long...: its own read says so, as that target's fault.
    }
  }
  return sum;
}

/**
 * Runs `visit` for every index taken from the shared counter until none is left. Reads are
 * synchronous (readUserFileSync): a thread that waited for the thread pool between pages idled
 * ~10 % of its time, and keeping a second read in flight recovered only part of it.
 */
export function forEachClaimed(next: Int32Array, count: number, visit: (index: number) => void): void {
  for (let i = Atomics.add(next, 0, 1); i < count; i = Atomics.add(next, 0, 1)) visit(i);
}

export type ReadOne = (path: string, now: Date) => InspectResult;

/** What crosses the thread boundary for a failed page: enough to rebuild the same error. */
export interface WorkerFailure {
  name: string;
  message: string;
  stack?: string;
  code?: CitecheckError['code'];
  problems?: CitecheckError['problems'];
  hint?: string;
}

export type WorkerMessage = { index: number; result: InspectResult } | { index: number; failure: WorkerFailure };

export interface WorkerInput {
  paths: readonly string[];
  counter: SharedArrayBuffer;
  now: number;
}

export function describeFailure(error: unknown): WorkerFailure {
  if (error instanceof CitecheckError) return { name: error.name, message: error.message, code: error.code, problems: error.problems, hint: error.hint };
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  return { name: 'Error', message: String(error) };
}

function rebuild(failure: WorkerFailure): Error {
  if (failure.code) return new CitecheckError(failure.code, failure.message, failure.problems ?? [], failure.hint);
  const error = new Error(failure.message);
  if (failure.stack) error.stack = failure.stack;
  return error;
}

/** The worker runs only from the built JavaScript (under the TypeScript test runner, one thread). */
let workerUrl: URL | null = import.meta.url.endsWith('.js') ? new URL('./inspect-worker.js', import.meta.url) : null;

/** The bundled CLI starts its own worker entry, which loads the bundle instead of these modules. */
export function useInspectWorkerEntry(url: URL): void {
  workerUrl = url;
}

export function inspectWorkerEntry(): string | null {
  return workerUrl?.href ?? null;
}

/**
 * Reads every path with `readOne`, in parallel with a worker thread when it pays (`minBytesForWorker`,
 * lowered by tests to drive the worker with small pages); results in order.
 */
export async function inspectFiles(paths: readonly string[], now: Date, readOne: ReadOne, options: { minBytesForWorker?: number } = {}): Promise<InspectResult[]> {
  const results: (InspectResult | undefined)[] = new Array(paths.length);
  const failures: (Error | undefined)[] = new Array(paths.length);
  const counter = new SharedArrayBuffer(4);
  const next = new Int32Array(counter);
  const paysOff = paths.length >= 2 && workerPays(totalBytes(paths), availableParallelism(), options.minBytesForWorker);
  const helper = paysOff ? startWorker({ paths, counter, now: now.getTime() }, results, failures) : null;

  const readInto = (i: number): void => {
    try {
      results[i] = readOne(paths[i]!, now);
    } catch (error) {
      failures[i] = error instanceof Error ? error : new Error(String(error));
    }
  };
  forEachClaimed(next, paths.length, readInto);
  if (helper) await helper.finished(() => paths.every((_, i) => results[i] !== undefined || failures[i] !== undefined));
  // Pages the worker claimed but never answered for (it failed to start or died): read them here.
  for (let i = 0; i < paths.length; i++) {
    if (results[i] === undefined && failures[i] === undefined) readInto(i);
  }
  const failed = failures.findIndex((failure) => failure !== undefined);
  if (failed >= 0) throw failures[failed];
  return results as InspectResult[];
}

interface Helper {
  /** Resolves once `done()` holds or the worker has gone; the worker is then stopped. */
  finished(done: () => boolean): Promise<void>;
}

function startWorker(input: WorkerInput, results: (InspectResult | undefined)[], failures: (Error | undefined)[]): Helper | null {
  if (!workerUrl) return null;
  let worker: Worker;
  try {
    // Loaded here: most runs start no worker.
    worker = new (process.getBuiltinModule('node:worker_threads').Worker)(workerUrl, { workerData: input });
  } catch {
    return null;
  }
  let settle: (() => void) | null = null;
  let gone = false;
  let done: () => boolean = () => false;
  const check = () => { if (settle && (gone || done())) { settle(); settle = null; } };
  worker.on('message', (message: WorkerMessage) => {
    if ('result' in message) results[message.index] = message.result;
    else failures[message.index] = rebuild(message.failure);
    check();
  });
  // A worker that cannot start or dies leaves its pages to the main thread (see inspectFiles).
  worker.on('error', () => { gone = true; check(); });
  worker.on('exit', () => { gone = true; check(); });
  return {
    async finished(isDone) {
      done = isDone;
      if (!gone && !done()) await new Promise<void>((resolve) => { settle = resolve; });
      if (!gone) await worker.terminate();
    },
  };
}
