// main(argv, terminal) called in the test's own process: output captured in strings, no spawn.
import { main } from '../../src/cli/main.js';
import type { OutputStream } from '../../src/cli/terminal.js';

export interface MainRun {
  code: number;
  stdout: string;
  stderr: string;
}

function buffer(): OutputStream & { text: string } {
  const stream = {
    text: '',
    isTTY: false,
    write(chunk: string) {
      stream.text += chunk;
      return true;
    },
  };
  return stream;
}

/** Runs `citecheck ARGS` in-process with colour off, as runCli does in a child process. */
export async function runMain(args: string[], options: { cwd?: string; env?: Record<string, string>; stdin?: string } = {}): Promise<MainRun> {
  const stdout = buffer();
  const stderr = buffer();
  const code = await main(['node', 'citecheck', ...args], {
    stdout,
    stderr,
    env: { NO_COLOR: '1', CI: 'true', ...options.env },
    cwd: options.cwd ?? process.cwd(),
    ...(options.stdin === undefined ? {} : { stdin: options.stdin }),
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
