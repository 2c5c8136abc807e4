// The command line as users see it (README "Commands"). Actions import their heavy modules lazily,
// so --help and --version load no HTTP or HTML code.
import { existsSync } from 'node:fs';
import { Command, Help, Option } from 'commander';
import { REPORT_FORMATS } from '../report/formats.js';
import { collect, duration, fraction, header, idList, integerAtLeast, reportRequest, statusList, value, verdictList } from './parse-flags.js';
import { editDistance } from '../edit-distance.js';
import { packageInfo } from '../version.js';


const EXAMPLES = `
Examples:
  From a terminal (author or editor):
    $ citecheck                                  check ./sources.json, text report
    $ citecheck check refs.json --only 3,5-7     check three references
    $ citecheck inspect https://example.org/a    show the title and date a page carries
    $ citecheck extract commentary.md > sources.json

  In CI (link rot on every pull request and on a schedule):
    $ citecheck --format github                  annotations on the sources file
    $ citecheck --format github --report sarif=citecheck.sarif
    $ citecheck --output citecheck.xml --fail-on dead,error   (junit, from the extension)

  For editor tooling:
    $ citecheck --format json --output report.json
    $ citecheck --format ndjson | jq -c 'select(.verdict != "verified")'
    $ citecheck inspect --json page.html

Exit codes: 0 no failing verdict, 1 a verdict in --fail-on, 2 bad usage or input
(nothing fetched), 3 network unavailable (no site could be reached, or references left
unchecked for want of DNS and nothing else failed), 4 internal error.
`;

export interface ProgramActions {
  check(sources: string | undefined, options: Record<string, unknown>): Promise<void>;
  inspect(targets: string[], options: Record<string, unknown>): Promise<void>;
  extract(document: string): Promise<void>;
  /** Optional so callers that build the program for help or parsing only need not provide it. */
  resolve?(sources: string | undefined, options: Record<string, unknown>): Promise<void>;
}

function addFetchOptions(command: Command): Command {
  return command
    .option('--timeout <duration>', 'whole-request deadline, headers and body, per attempt: 15s, 1500ms, 2m; a bare number is ms [15s]', duration({ minimum: 1, bareMinimum: 100 }))
    .option('--max-bytes <n>', 'cap on a decoded response body [5242880]', integerAtLeast(1))
    .option('--user-agent <str>', 'User-Agent header [citecheck/<version> (+<repository URL>)]', value)
    .option('--ignore-robots', 'do not read robots.txt')
    .option('--allow-private', 'allow loopback, private and link-local addresses');
}

/** Issue 10: `citecheck resolve` (run/resolve.ts does the work). */
function addResolveCommand(program: Command, actions: ProgramActions): void {
  const resolve = new Command('resolve')
    .description('propose URLs for references that have none, each verified by fetching (live, else the archived capture)')
    .argument('[sources]', 'the sources file [./sources.json]; a document or - is read, but cannot be written')
    .option('--write', 'write the verified URLs into SOURCES in place (only their url values change; SOURCES.bak keeps the old file)')
    .option('--archive-endpoint <url>', 'a server speaking the Wayback CDX API [https://web.archive.org]', value)
    .addOption(new Option('-f, --format <format>', 'output format [text]').choices(['text', 'json']))
    .option('-c, --config <file>', 'a config file (its "outlets" map names outlets\' sites) [citecheck.config.json beside the sources file]', value)
    .option('--host-interval <duration>', 'minimum time between two request starts to the same site [1s]', duration())
    .option('--retries <n>', 'extra attempts after a retryable failure [2]', integerAtLeast(0));
  addFetchOptions(resolve).action((sources: string | undefined, options: Record<string, unknown>) => actions.resolve?.(sources, options) ?? Promise.resolve());
  program.addCommand(resolve);
}

/** Issue 10: memory between runs and archived copies (parsed and checked in run/memory-settings.ts). */
function addMemoryOptions(command: Command): Command {
  return command
    .option('--state <file>', 'remember each reference between runs in FILE (citecheck.state.json), created if missing', value)
    .option('--max-age <duration>', 'with --state: reuse a verified reading younger than this without a request, e.g. 12h', value)
    .option('--confirm <n[xduration]>', 'with --state: a reference last seen working fails only after N failing sightings DURATION apart [24h], e.g. 3x24h', value)
    .option('--archive', 'for dead, soft-404, blocked and mismatched results, look for the page as published in a web archive')
    .option('--archive-endpoint <url>', 'a server speaking the Wayback CDX API (turns --archive on); trusted as given [https://web.archive.org]', value);
}

export function buildProgram(actions: ProgramActions): Command {
  const program = new Command('citecheck')
    .description('Check the references of a written work: is each cited page still there, and does it still carry the cited title and date?')
    .version(packageInfo().version, '-V, --version')
    .showSuggestionAfterError(true);

  const check = new Command('check')
    .description('check every reference of a sources file (the default command)')
    .argument('[sources]', 'the sources file [./sources.json]')
    .addOption(new Option('-f, --format <format>', 'report format [text]').choices(REPORT_FORMATS))
    .option('-o, --output <file>', 'write the report to FILE (atomically); without --format the format follows the extension (.json, .ndjson, .xml, .sarif, .md); a one-line summary goes to stderr', value)
    .option('--report <format[=file]>', 'one more report from the same run, to FILE or stdout (at most one report on stdout); repeatable', reportRequest)
    .option('--only <list>', 'check only these reference ids, e.g. 3,5-7; repeatable', idList)
    .option('--concurrency <n>', 'requests in flight in total [8]', integerAtLeast(1))
    .option('--host-interval <duration>', 'minimum time between two request starts to the same site: 1s, 500ms; a bare number is ms [1s]', duration())
    .option('--host-concurrency <n>', 'requests in flight to the same site [2]', integerAtLeast(1))
    .option('--retries <n>', 'extra attempts after a retryable failure [2]', integerAtLeast(0))
    .option('--title-threshold <x>', 'similarity, 0..1, at or above which titles match [0.85]', fraction)
    .option('--date-tolerance <days>', 'allowed difference between recorded and found date [1]', integerAtLeast(0))
    .option('--fail-on <list>', 'verdicts that make the exit code 1, or none; repeatable [dead,soft-404,title-mismatch,date-mismatch,error]', verdictList)
    .option('-c, --config <file>', 'a config file [citecheck.config.json beside the sources file, else in the working folder]', value)
    .option('--color', 'force colours on')
    .option('--no-color', 'force colours off (NO_COLOR and FORCE_COLOR are honoured)')
    .option('-q, --quiet', 'no progress and no text beyond the report')
    .option('-v, --verbose', 'one line per request on stderr: method, URL, status or error, attempt, ms')
    .option('--exclude <regex>', 'do not request URLs that match (repeatable; also .citecheckignore beside the sources file)', collect)
    .option('--include <regex>', 'request URLs that match even if excluded; alone, only those (repeatable)', collect)
    .option('--accept <codes>', 'statuses read and judged like 2xx, e.g. 403,999 (repeatable)', statusList)
    .option('--header <header>', '"Name: value" sent with every request, not after a redirect to another site; never printed (repeatable)', header)
    .option('--dump', 'print what would be requested (id, URL, site, interval) and exit; no request is made');
  addMemoryOptions(check);
  addFetchOptions(check).action((sources: string | undefined, options: Record<string, unknown>) => actions.check(sources, options));
  program.addCommand(check, { isDefault: true });
  // `citecheck --help` is where people look first: the default command's flags belong there.
  program.addHelpText('after', () => `\nThe default command, check:\n${check.helpInformation().replace(/^(?=.)/gm, '  ').trimEnd()}\n${EXAMPLES}`);

  const inspect = new Command('inspect')
    .description('show the title and date a page carries (TARGET: URL or local HTML/PDF file)')
    .argument('<target...>', 'URLs or files')
    .option('--json', 'one JSON object per line, one per target')
    .option('--retries <n>', 'extra attempts after a retryable failure [2]', integerAtLeast(0));
  addFetchOptions(inspect).action((targets: string[], options: Record<string, unknown>) => actions.inspect(targets, options));
  program.addCommand(inspect);

  program
    .command('extract')
    .description("read a document's footnotes and print a sources file (JSON) on stdout")
    .argument('<document>', 'a commentary with footnotes (Markdown or text), or - for standard input')
    .action((document: string) => actions.extract(document));

  addResolveCommand(program, actions);

  helpForDefaultCommand(program, check);
  return program;
}

// ---------------------------------------------------------------- the default command's edges
// `check` is the default, so `citecheck chek` would be read as a sources file named "chek" and
// the flags most people need would hide behind `citecheck check --help`.

/** The command `word` was probably meant to be, if it is close to exactly one. */
export function suggestCommand(word: string, commands: readonly string[]): string | undefined {
  const close = commands.filter((name) => {
    const distance = editDistance(word.toLowerCase(), name, { transpositions: true });
    return distance > 0 && distance <= Math.min(2, Math.floor(name.length / 3));
  });
  return close.length === 1 ? close[0] : undefined;
}

function helpForDefaultCommand(program: Command, check: Command): void {
  check.hook('preAction', (command) => {
    // Given explicitly (`citecheck check chek`), the word is a sources path whatever it looks like.
    if (program.args[0] === check.name()) return;
    const word = command.args[0];
    if (word === undefined || !/^[a-z][a-z-]*$/i.test(word) || existsSync(word)) return;
    const suggestion = suggestCommand(word, program.commands.map((sub) => sub.name()));
    if (suggestion === undefined) return;
    command.error(`error: unknown command '${word}' (did you mean ${suggestion}?)`, { exitCode: 2, code: 'citecheck.unknownCommand' });
  });
  program.configureHelp({
    formatHelp(command, helper) {
      const text = Help.prototype.formatHelp.call(helper, command, helper);
      if (command !== program) return text;
      const checkHelper = check.createHelp();
      const options = checkHelper.visibleOptions(check).filter((option) => option.long !== '--help');
      const width = checkHelper.longestOptionTermLength(check, checkHelper);
      const items = options.map((option) => helper.formatItem(checkHelper.optionTerm(option), width, checkHelper.optionDescription(option), helper));
      return `${text}\n${helper.formatItemList('Options of check, the default command (citecheck [sources] [options]):', items, helper).join('\n')}`;
    },
  });
}
