import type { LookupFunction, Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { Agent, buildConnector, EnvHttpProxyAgent, type Dispatcher } from 'undici';
import { guardLookup, isForbiddenAddress, privateAddressError } from './address-guard.js';
import { createChainCompleter, fetchIssuer, isChainGap } from './missing-intermediate.js';
import type { ProxySetting } from './proxy.js';

/** Bytes of a response's status line and headers read at most. */
export const MAX_RESPONSE_HEAD_BYTES = 256 * 1024;

export interface AgentSetup {
  timeout: number;
  allowPrivate: boolean;
  /** Extra trusted certificate authorities (PEM), e.g. a test CA. */
  ca?: string | Buffer | Array<string | Buffer>;
  /** The DNS lookup; tests give one that answers from a table, so no query leaves the machine. */
  lookup?: LookupFunction;
  /** HTTP(S)_PROXY and NO_PROXY, read by the CLI from its environment. */
  proxy?: ProxySetting | null;
  /** Origins the private-address guard does not apply to (--archive-endpoint). */
  trustedOrigins?: readonly string[];
}

/**
 * Request option key for a callback run when undici has written the request to a connected
 * socket: the moment the server sees the request start, which is what the per-site interval is about.
 */
export const ON_REQUEST_WRITTEN = Symbol('citecheck.onRequestWritten');

export interface SharedAgent {
  /** The agent, composed with the interceptor that reports ON_REQUEST_WRITTEN. */
  agent: Dispatcher;
  /** The raw agent, for close() and destroy(). */
  raw: Dispatcher;
  /**
   * Whether a TCP connection to host:port was established at or after `since` (performance.now()).
   * Asked with the attempt's start, it tells a timeout that hung while connecting (network down)
   * from one that hung after (a slow server, a TLS handshake that never ends). "Ever connected in
   * this run" would count a request made after the network dropped as reached.
   */
  connectedSince(hostname: string, port: string, since: number): boolean;
  /**
   * The guarded connector itself, for the tolerant second try at a response undici could not
   * parse (tolerant-attempt.ts); absent behind a proxy, which that reader does not speak.
   */
  connect?: buildConnector.connector;
}

export function defaultPort(protocol: string, port: string): string {
  return port || (protocol === 'https:' ? '443' : '80');
}

/** `host:port` as the connector sees it: an IPv6 literal without its brackets. */
function hostKey(hostname: string, port: string): string {
  return `${hostname.replace(/^\[|\]$/g, '')}:${port}`;
}

/** The `host:port` of each trusted origin, default ports filled in. */
function trustedHostKeys(origins: readonly string[] | undefined): Set<string> {
  const keys = new Set<string>();
  for (const origin of origins ?? []) {
    try {
      const parsed = new URL(origin);
      keys.add(hostKey(parsed.hostname, defaultPort(parsed.protocol, parsed.port)));
    } catch {
      // An unparsable origin trusts nothing; the caller has validated the flag already.
    }
  }
  return keys;
}

/**
 * One undici Agent for the whole run. It follows no redirects (citecheck records every hop
 * itself) and connects through a connector that applies the address guard on the address DNS
 * returned, so a public name that points at a private address is refused too.
 */
export function createSharedAgent(setup: AgentSetup): SharedAgent {
  /** host:port → performance.now() of the latest TCP connection made there. */
  const lastConnectAt = new Map<string, number>();
  const guardedOptions: buildConnector.BuildOptions = {
    timeout: setup.timeout,
    ...(setup.allowPrivate ? (setup.lookup ? { lookup: setup.lookup } : {}) : { lookup: guardLookup(setup.lookup) }),
    ...(setup.ca ? { ca: setup.ca } : {}),
  };
  const base = buildConnector(guardedOptions);
  // Declared below; the completer only fetches once the run is under way.
  let agent: Dispatcher;
  const chains = createChainCompleter(guardedOptions, (address) => fetchIssuer(agent, address, setup.timeout), setup.timeout);

  const trusted = trustedHostKeys(setup.trustedOrigins);
  // The trusted hosts connect without the guard (the user named them); everything else keeps it.
  const unguarded =
    trusted.size > 0 && !setup.allowPrivate
      ? buildConnector({ timeout: setup.timeout, ...(setup.lookup ? { lookup: setup.lookup } : {}), ...(setup.ca ? { ca: setup.ca } : {}) })
      : base;

  const connect: buildConnector.connector = (options, callback) => {
    const hostname = options.hostname.replace(/^\[|\]$/g, '');
    const key = hostKey(hostname, defaultPort(options.protocol, options.port));
    const isTrusted = trusted.has(key);
    // An IP literal never goes through `lookup`, so it is checked here.
    if (!setup.allowPrivate && !isTrusted && isForbiddenAddress(hostname)) {
      queueMicrotask(() => callback(privateAddressError(hostname, hostname), null));
      return;
    }
    const completed = isTrusted ? null : chains.connectorFor(key);
    const connector = isTrusted ? unguarded : (completed ?? base);
    // A certificate sent without its intermediate: fetched as browsers do, then connected again.
    const onConnect: typeof callback = isTrusted || completed || options.protocol !== 'https:'
      ? callback
      : (...result) => {
        const [error] = result;
        if (!error || !isChainGap(error)) return callback(...result);
        void chains.complete(key, options).then((next) => {
          if (!next) return callback(error, null);
          try {
            next(options, callback);
          } catch (thrown) {
            callback(thrown as Error, null);
          }
        });
      };
    const socket = (connector as unknown as (o: typeof options, c: typeof callback) => Socket)(options, onConnect);
    // For TLS this fires when TCP is up, before the handshake: a TLS failure has reached a server.
    socket.once('connect', () => lastConnectAt.set(key, performance.now()));
    return socket;
  };

  // Response heads as large as browsers take (a pile of Set-Cookie and a long CSP pass 16 KiB,
  // undici's default, which then drops the connection); still a bound on what a server can send.
  const options = { connect, headersTimeout: setup.timeout, bodyTimeout: setup.timeout, keepAliveTimeout: 4_000, maxHeaderSize: MAX_RESPONSE_HEAD_BYTES };
  // Through a proxy the proxy resolves names and connects: the guarded connector above serves only
  // the hosts NO_PROXY sends direct. Empty strings, not undefined: undici must not read process.env.
  agent = setup.proxy
    ? new EnvHttpProxyAgent({ ...options, httpProxy: setup.proxy.http, httpsProxy: setup.proxy.https, noProxy: setup.proxy.noProxy })
    : new Agent(options);
  return {
    agent: agent.compose(reportRequestWritten),
    raw: agent,
    ...(setup.proxy ? {} : { connect }),
    connectedSince: (hostname, port, since) =>
      (lastConnectAt.get(hostKey(hostname, port)) ?? -Infinity) >= since,
  };
}

/** Calls the request's ON_REQUEST_WRITTEN callback once the request is written, passing everything else on. */
const reportRequestWritten: Dispatcher.DispatcherComposeInterceptor = (dispatch) => (options, handler) => {
  const onWritten = (options as { [ON_REQUEST_WRITTEN]?: () => void })[ON_REQUEST_WRITTEN];
  if (!onWritten) return dispatch(options, handler);
  // The handler keeps its state in private fields, so it is wrapped by delegation, not inheritance.
  const wrapped: Dispatcher.DispatchHandler = {
    onRequestStart: (controller, context) => {
      // undici calls this just before it builds the headers and writes them, in the same
      // synchronous run: a microtask runs after the write, so the interval counts from a moment
      // no earlier than the bytes reaching the socket (a GC pause in between once made two
      // requests reach a server 19 ms apart with a 20 ms interval).
      queueMicrotask(onWritten);
      handler.onRequestStart?.(controller, context);
    },
    onRequestUpgrade: (controller, statusCode, headers, socket) =>
      handler.onRequestUpgrade?.(controller, statusCode, headers, socket),
    onResponseStart: (controller, statusCode, headers, statusMessage) =>
      handler.onResponseStart?.(controller, statusCode, headers, statusMessage),
    onResponseData: (controller, chunk) => handler.onResponseData?.(controller, chunk),
    onResponseEnd: (controller, trailers) => handler.onResponseEnd?.(controller, trailers),
    onResponseError: (controller, error) => handler.onResponseError?.(controller, error),
  };
  return dispatch(options, wrapped);
};
