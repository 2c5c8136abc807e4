// The exit codes live beside the shared types, so run/ can state a run's outcome as data.
export { EXIT, type ExitCode } from '../exit-codes.js';
