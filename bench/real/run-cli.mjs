// Runs the built CLI as a child process (asynchronously: the loopback servers live in this
// process and must keep answering), timing the whole process.
import { spawn } from 'node:child_process';

/** Runs `node <bin> ...args`; resolves to { code, stdout, stderr, ms }. */
export function runCli(bin, args, { cwd }) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, [bin, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({
      code: code ?? signal,
      stdout: Buffer.concat(out).toString('utf8'),
      stderr: Buffer.concat(err).toString('utf8'),
      ms: Number(process.hrtime.bigint() - start) / 1e6,
    }));
  });
}

/** Runs `tasks` (functions returning promises) with at most `limit` at a time, results in order. */
export async function pool(tasks, limit) {
  const results = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}
