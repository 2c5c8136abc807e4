// action.yml: a composite action whose inputs reach the flags that exist.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';

const action = readFileSync(new URL('../../action.yml', import.meta.url), 'utf8');

describe('action.yml', () => {
  it('is a composite action with the inputs sources, args and sarif', () => {
    expect(action).toMatch(/^runs:\n {2}using: composite$/m);
    for (const input of ['sources', 'args', 'sarif']) expect(action).toMatch(new RegExp(`^ {2}${input}:\\n {4}description: `, 'm'));
  });

  it('runs check with the github report and a SARIF report, using flags the CLI has', () => {
    expect(action).toContain('check "$SOURCES" --format github "${reports[@]}"');
    expect(action).toContain('reports=(--report "sarif=$SARIF")');
    const noop = async () => {};
    const check = buildProgram({ check: noop, inspect: noop, extract: noop }).commands.find((command) => command.name() === 'check')!;
    const flags = check.options.map((option) => option.long);
    expect(flags).toEqual(expect.arrayContaining(['--format', '--report']));
  });
});
