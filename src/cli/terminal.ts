/** Where output goes: a process stream, or a buffer when a test calls main() in-process. */
export interface OutputStream {
  write(chunk: string): boolean;
  isTTY?: boolean;
  columns?: number;
  on?(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
}

/** The process's edges, passed in so commands never reach for globals. */
export interface Terminal {
  stdout: OutputStream;
  stderr: OutputStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Standard input, for `-`: a stream, or the text itself when a test calls main() in-process. */
  stdin?: string | (NodeJS.ReadableStream & { isTTY?: boolean });
}

export function processTerminal(): Terminal {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), stdin: process.stdin };
}
