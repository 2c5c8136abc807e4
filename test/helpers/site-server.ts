// A real node:http server on a loopback address, standing in for one news site.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route =
  | string
  | { status?: number; headers?: Record<string, string>; body?: string | Buffer }
  | ((request: IncomingMessage, response: ServerResponse) => void);

export interface SiteServer {
  origin: string;
  /** Paths (with query) in the order requests arrived. */
  requests: string[];
  close(): Promise<void>;
}

/** `routes['*']` answers every path that has no route of its own. */
export async function startSite(routes: Record<string, Route>, host = '127.0.0.1'): Promise<SiteServer> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push(path);
    const route = routes[path] ?? routes[path.split('?')[0]!] ?? routes['*'];
    if (typeof route === 'function') return route(request, response);
    if (typeof route === 'string') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return response.end(route);
    }
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      return response.end('<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>');
    }
    response.writeHead(route.status ?? 200, { 'content-type': 'text/html; charset=utf-8', ...route.headers });
    response.end(route.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A redirect route. */
export function redirect(status: number, location: string): Route {
  return { status, headers: { location }, body: '' };
}
