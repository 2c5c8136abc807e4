// The entry: parse, run one command, return the exit code; bin/ hands it to the process.
// Callable in-process: tests pass a Terminal of buffers instead of spawning the binary.
import { CommanderError } from 'commander';
import { CitecheckError, formatProblem } from '../errors.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { buildProgram } from './program.js';
import { processTerminal, type Terminal } from './terminal.js';

function reportKnownError(error: CitecheckError, terminal: Terminal): void {
  terminal.stderr.write(`citecheck: ${error.message}\n`);
  for (const problem of error.problems) terminal.stderr.write(`  ${formatProblem(problem)}\n`);
  // Every known error stops the run before any request: saying so spares a worried re-check.
  terminal.stderr.write(`Nothing was fetched.${error.hint ? ` What to do: ${error.hint}` : ''}\n`);
}

export async function main(argv: string[], terminal: Terminal = processTerminal()): Promise<ExitCode> {
  let exitCode: ExitCode = EXIT.ok;
  // `citecheck --format ndjson | head` closes the pipe early: the reader has what it wanted.
  let stdoutFailed = false;
  terminal.stdout.on?.('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return;
    terminal.stderr.write(`citecheck: cannot write the report to stdout: ${error.message}\n`);
    stdoutFailed = true;
    // The stream may fail after main() returned: the process's exit code must still say so.
    if (terminal.stdout === process.stdout) process.exitCode = EXIT.internal;
  });
  const program = buildProgram({
    async check(sources, options) {
      const { checkCommand } = await import('./check-command.js');
      exitCode = await checkCommand(sources, options, terminal);
    },
    async inspect(targets, options) {
      const { inspectCommand } = await import('./inspect-command.js');
      exitCode = await inspectCommand(targets, options, terminal);
    },
    async resolve(sources, options) {
      const { resolveCommand } = await import('./resolve-command.js');
      exitCode = await resolveCommand(sources, options, terminal);
    },
    async extract(document) {
      const { extractCommand } = await import('./extract-command.js');
      exitCode = await extractCommand(document, terminal);
    },
  });
  for (const command of [program, ...program.commands]) {
    command.exitOverride();
    command.configureOutput({
      writeOut: (text) => terminal.stdout.write(text),
      writeErr: (text) => terminal.stderr.write(text),
    });
  }
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end with exit code 0; every other parse failure is a usage error.
      exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    } else if (error instanceof CitecheckError) {
      reportKnownError(error, terminal);
      exitCode = EXIT.usage;
    } else {
      terminal.stderr.write(`citecheck: internal error, please report it:\n${error instanceof Error ? error.stack : String(error)}\n`);
      exitCode = EXIT.internal;
    }
  }
  return stdoutFailed ? EXIT.internal : exitCode;
}
