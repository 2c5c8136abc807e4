import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/citecheck.js', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a child process, colour off, as a user's shell would; `input` is piped to its stdin. */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): Promise<CliRun> {
  return runNode([BIN, ...args], options);
}

/** Runs node with `args` (a script and its arguments) in a fresh process, with that environment only. */
export function runNode(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: options.cwd,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', CI: 'true', ...options.env },
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    // Decoded as a stream: a pipe may split a multi-byte character between two chunks, and each
    // chunk decoded alone would turn its halves into U+FFFD (a flaky mismatch under load).
    child.stdout!.setEncoding('utf8');
    child.stderr!.setEncoding('utf8');
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: string) => (stdout += chunk));
    child.stderr!.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    if (options.input !== undefined) child.stdin!.end(options.input);
  });
}
