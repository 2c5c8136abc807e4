// One status line on stderr while a run is in flight, so a person sees that citecheck is working
// and why it is slow when a site asked it to wait. Only on a terminal and never in CI, where a
// redrawn line becomes hundreds of log lines.
import type { FetchEvent } from '../fetch/index.js';
import { sanitizeForTerminal } from '../report/sanitize.js';
import type { OutputStream } from './terminal.js';

const REDRAW_EVERY_MS = 100;
const CLEAR_LINE = '\r\u001b[K';

export interface ProgressOptions {
  stream: OutputStream;
  enabled: boolean;
  total: number;
}

export interface Progress {
  onEvent(event: FetchEvent | { type: 'result' }): void;
  stop(): void;
}

export function progressEnabled(env: NodeJS.ProcessEnv, stream: { isTTY?: boolean }): boolean {
  if (stream.isTTY !== true) return false;
  if (env.TERM === 'dumb') return false;
  const ci = env.CI;
  return ci === undefined || ci === '' || ci === '0' || ci.toLowerCase() === 'false';
}

interface Wait {
  site: string;
  until: number;
  reason: string;
}

const NOOP: Progress = { onEvent() {}, stop() {} };

export function createProgress({ stream, enabled, total }: ProgressOptions): Progress {
  if (!enabled) return NOOP;
  let done = 0;
  const inFlight = new Map<string, number>();
  const waits = new Map<string, Wait>();
  let lastDraw = 0;
  let drawn = false;
  let pending: NodeJS.Timeout | undefined;
  // A wait's countdown has to move even when no event arrives.
  const ticker = setInterval(() => waits.size > 0 && draw(), 1000);
  ticker.unref();

  function line(): string {
    const now = Date.now();
    const parts = [`${done}/${total} done`];
    const sites = inFlight.size;
    parts.push(`${sites} ${sites === 1 ? 'site' : 'sites'} in flight`);
    const wait = [...waits.values()].filter((entry) => entry.until > now).sort((a, b) => b.until - a.until)[0];
    if (wait) {
      const seconds = Math.ceil((wait.until - now) / 1000);
      parts.push(`waiting ${seconds} s: ${wait.site} asked us to slow down (${wait.reason})`);
    }
    const text = sanitizeForTerminal(parts.join(' · ')).replace(/\s+/g, ' ');
    const width = (stream.columns || 80) - 1; // a pty may report 0 columns
    return text.length > width ? `${text.slice(0, width - 1)}…` : text;
  }

  function draw(): void {
    pending = undefined;
    lastDraw = Date.now();
    drawn = true;
    stream.write(CLEAR_LINE + line());
  }

  function schedule(): void {
    if (pending) return;
    const wait = REDRAW_EVERY_MS - (Date.now() - lastDraw);
    if (wait <= 0) draw();
    else pending = setTimeout(draw, wait);
  }

  return {
    onEvent(event) {
      if (event.type === 'started') {
        inFlight.set(event.site, (inFlight.get(event.site) ?? 0) + 1);
        waits.delete(event.site);
      } else if (event.type === 'finished') {
        const left = (inFlight.get(event.site) ?? 1) - 1;
        if (left > 0) inFlight.set(event.site, left);
        else inFlight.delete(event.site);
      } else if (event.type === 'request') {
        return;
      } else if (event.type === 'waiting') {
        waits.set(event.site, { site: event.site, until: Date.now() + event.ms, reason: event.reason });
      } else {
        done++;
      }
      schedule();
    },
    stop() {
      clearInterval(ticker);
      if (pending) clearTimeout(pending);
      pending = undefined;
      if (drawn) stream.write(CLEAR_LINE);
      drawn = false;
    },
  };
}
