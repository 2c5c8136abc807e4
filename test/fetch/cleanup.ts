// Every fetch test starts servers and fetchers; all of them are closed after each test, so a
// failing assertion never leaves a socket or a timer behind for the next one.
import { afterEach } from 'vitest';
import { createFetcher, type Fetcher } from '../../src/fetch/index.js';
import { startHttp, type Handler, type TestServer } from './servers.js';

export function closedAfterEach() {
  const servers: TestServer[] = [];
  const fetchers: Fetcher[] = [];
  afterEach(async () => {
    await Promise.all(fetchers.splice(0).map((f) => f.close()));
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  /** Closes the server after the test. */
  async function server(s: Promise<TestServer>): Promise<TestServer> {
    const started = await s;
    servers.push(started);
    return started;
  }
  return {
    server,
    serve: (host: string, handler: Handler): Promise<TestServer> => server(startHttp(host, handler)),
    fetcher(...args: Parameters<typeof createFetcher>): Fetcher {
      const f = createFetcher(...args);
      fetchers.push(f);
      return f;
    },
  };
}
