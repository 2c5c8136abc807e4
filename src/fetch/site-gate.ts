import { performance } from 'node:perf_hooks';

export interface SiteLimits {
  /** Minimum ms between two request starts to the site. */
  interval: number;
  /** Requests in flight to the site. */
  concurrency: number;
}

/** A granted request: tell the gate when it reached the wire, and when it is over. */
export interface GateTicket {
  /** The request was written to a connected socket: the site's interval counts from now. */
  started(): void;
  /**
   * The request is over (also when it failed before being written). `used: false` says no request
   * was even tried (robots.txt forbade it, the site is in a long pause): the site gets its turn
   * back. A tried one that was never written (refused, TLS failure) keeps the interval from the
   * grant: its connection attempt did reach for the server.
   */
  release(used?: boolean): void;
}

/** The error an acquire rejects with once the gate is disposed (the run was closed). */
export class GateClosedError extends Error {
  constructor() {
    super('cancelled: the run was closed');
  }
}

interface Waiter {
  seq: number;
  grant: (ticket: GateTicket) => void;
  refuse: (error: Error) => void;
}

interface SiteState {
  key: string;
  limits: SiteLimits;
  inFlight: number;
  /**
   * Granted requests not yet written (still connecting). The next one waits for them: a request
   * that spent 20 ms connecting must not reach the server 20 ms closer to the one after it.
   */
  unwritten: number;
  /** Earliest start of the next request (last start + interval). */
  nextStartAt: number;
  /** Set by Retry-After: no request to the site before this time. */
  pausedUntil: number;
  queue: Waiter[];
}

/**
 * The politeness gate. A request waits for its site (fewer than `concurrency` in flight there,
 * the interval since the last start passed, any Retry-After pause over) and only then takes one
 * of the global slots. Holding a global slot while sleeping on a site's interval would let one
 * busy site starve all the others, so the two are granted together, by one scheduler.
 */
export class SiteGate {
  private readonly sites = new Map<string, SiteState>();
  /** Sites with queued requests: the only ones the scheduler needs to look at. */
  private readonly waiting = new Set<SiteState>();
  private globalInFlight = 0;
  private seq = 0;
  /** Cancels the pending wake-up, if any. */
  private cancelWake: (() => void) | null = null;
  private timerAt = Infinity;
  private disposed = false;

  constructor(
    private readonly globalConcurrency: number,
    private readonly limitsFor: (site: string) => SiteLimits,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Resolves with a ticket once the request may start. */
  acquire(site: string): Promise<GateTicket> {
    if (this.disposed) return Promise.reject(new GateClosedError());
    const state = this.state(site);
    return new Promise((resolve, reject) => {
      state.queue.push({ seq: this.seq++, grant: resolve, refuse: reject });
      this.waiting.add(state);
      this.pump();
    });
  }

  interval(site: string): number {
    return this.state(site).limits.interval;
  }

  /** Raises (never lowers) the site's interval for the rest of the run. */
  raiseInterval(site: string, ms: number): void {
    const state = this.state(site);
    if (ms > state.limits.interval) {
      state.nextStartAt += ms - state.limits.interval;
      state.limits = { ...state.limits, interval: ms };
    }
  }

  /** No request to the site starts in the next `ms` (Retry-After applies to the site, not one URL). */
  pause(site: string, ms: number): void {
    const state = this.state(site);
    state.pausedUntil = Math.max(state.pausedUntil, this.now() + ms);
    this.pump();
  }

  /** Remaining ms of a Retry-After pause, 0 when none. */
  pausedFor(site: string): number {
    return Math.max(0, this.state(site).pausedUntil - this.now());
  }

  /**
   * On close: stops the wake-up timer, refuses every queued and later acquire (so nothing is
   * scheduled after the run ends), and grants nothing more.
   */
  dispose(): void {
    this.disposed = true;
    this.clearTimer();
    for (const state of this.waiting) {
      for (const waiter of state.queue.splice(0)) waiter.refuse(new GateClosedError());
    }
    this.waiting.clear();
  }

  private clearTimer(): void {
    this.cancelWake?.();
    this.cancelWake = null;
    this.timerAt = Infinity;
  }

  private state(site: string): SiteState {
    let state = this.sites.get(site);
    if (!state) {
      const limits = this.limitsFor(site);
      state = {
        key: site,
        limits: { interval: Math.max(0, limits.interval), concurrency: Math.max(1, limits.concurrency) },
        inFlight: 0,
        unwritten: 0,
        nextStartAt: -Infinity,
        pausedUntil: -Infinity,
        queue: [],
      };
      this.sites.set(site, state);
    }
    return state;
  }

  private readyAt(state: SiteState): number {
    return Math.max(state.nextStartAt, state.pausedUntil);
  }

  private pump(): void {
    if (this.disposed) return;
    while (this.globalInFlight < this.globalConcurrency) {
      const now = this.now();
      let best: SiteState | null = null;
      let earliest = Infinity;
      for (const state of this.waiting) {
        if (state.inFlight >= state.limits.concurrency || state.unwritten > 0) continue;
        const readyAt = this.readyAt(state);
        if (readyAt <= now) {
          if (!best || this.goesFirst(state, best)) best = state;
        } else if (readyAt < earliest) {
          earliest = readyAt;
        }
      }
      if (!best) {
        this.wakeAt(earliest);
        return;
      }
      this.start(best, now);
    }
  }

  /**
   * Among sites that may start now, the one with the most queued requests goes first: the
   * busiest site is the run's critical path (its requests cannot go faster than one per interval),
   * so it must never lose a turn to a site that can catch up later (longest-queue-first keeps the
   * run close to the busiest site's (n − 1) × interval). Ties go to the oldest request.
   */
  private goesFirst(a: SiteState, b: SiteState): boolean {
    if (a.queue.length !== b.queue.length) return a.queue.length > b.queue.length;
    return a.queue[0]!.seq < b.queue[0]!.seq;
  }

  private start(state: SiteState, now: number): void {
    const waiter = state.queue.shift()!;
    if (state.queue.length === 0) this.waiting.delete(state);
    state.inFlight++;
    state.unwritten++;
    this.globalInFlight++;
    const previousNextStartAt = state.nextStartAt;
    const grantedNextStartAt = now + state.limits.interval;
    state.nextStartAt = grantedNextStartAt;
    let written = false;
    let released = false;
    const markWritten = (countInterval: boolean): void => {
      if (written) return;
      written = true;
      state.unwritten--;
      if (countInterval) state.nextStartAt = Math.max(state.nextStartAt, this.now() + state.limits.interval);
    };
    waiter.grant({
      started: () => {
        markWritten(true);
        this.pump();
      },
      release: (used = true) => {
        if (released) return;
        released = true;
        if (!used && !written) {
          // Nothing was sent: give the turn back. No other grant to the site happened meanwhile
          // (an unwritten grant holds the site), but raiseInterval may have pushed the time on.
          state.nextStartAt = previousNextStartAt + (state.nextStartAt - grantedNextStartAt);
        }
        // Tried but never written (DNS, refused, guard): the grant time stands.
        markWritten(false);
        state.inFlight--;
        this.globalInFlight--;
        this.pump();
      },
    });
  }

  private wakeAt(at: number): void {
    if (at === Infinity || at >= this.timerAt) return;
    this.clearTimer();
    this.timerAt = at;
    const wake = (): void => {
      this.cancelWake = null;
      this.timerAt = Infinity;
      this.pump();
    };
    // Timers run on the event loop's whole-millisecond clock and may wake a fraction of a
    // millisecond early or a millisecond late; the last millisecond is waited on setImmediate, so
    // a busy site loses no time per request (over 200 requests, 1 ms each is a 5 % longer run).
    const delay = at - this.now();
    if (delay >= 1) {
      const timer = setTimeout(wake, Math.floor(delay));
      this.cancelWake = () => clearTimeout(timer);
    } else {
      const immediate = setImmediate(wake);
      this.cancelWake = () => clearImmediate(immediate);
    }
  }
}
