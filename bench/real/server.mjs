// Loopback sites for the real pages: one address per original host (127.0.0.1, 127.0.0.2, …,
// 127.0.1.1, … in sorted host order), one node:http server bound to each, all on one port. Each
// serves its pages' raw bytes at the original path and query as `text/html` without a charset,
// so citecheck decodes them exactly as it would the live page; anything else is a 404 (robots.txt
// and the soft-404 probe included).
import http from 'node:http';

/** The n-th loopback address (0-based), skipping .0 and .255 in each block. */
export function loopbackAddress(n) {
  return `127.0.${Math.floor(n / 254)}.${(n % 254) + 1}`;
}

/** Request key for a URL: path and query as the client sends them (a lone `?` is dropped). */
const pathKey = (url) => url.pathname + url.search;

/**
 * Assigns every entry a site. Two pages saved from the same URL (it happens) cannot share one
 * address, so the second gets a site of its own (`host#2`); all sites are then numbered in sorted
 * order, which keeps addresses stable from run to run.
 */
export function planSites(entries) {
  const seen = new Map();
  const placed = entries.map((entry) => {
    const url = new URL(entry.url);
    const key = `${url.hostname}${pathKey(url)}`;
    const copy = (seen.get(key) ?? 0) + 1;
    seen.set(key, copy);
    return { entry, url, site: copy === 1 ? url.hostname : `${url.hostname}#${copy}` };
  });
  const sites = [...new Set(placed.map((p) => p.site))].sort();
  const addressOf = new Map(sites.map((site, i) => [site, loopbackAddress(i)]));
  return placed.map(({ entry, url, site }) => ({ entry, url, site, address: addressOf.get(site) }));
}

function listen(server, address, port) {
  return new Promise((resolve, reject) => {
    const onError = (error) => reject(error);
    server.once('error', onError);
    server.listen(port, address, () => {
      server.off('error', onError);
      resolve(server.address().port);
    });
  });
}

const closeAll = (servers) => Promise.all(servers.map((server) => new Promise((resolve) => {
  server.closeAllConnections?.();
  server.close(() => resolve());
})));

/**
 * Starts the servers. `placed` comes from planSites; `bodyOf(entry)` gives the bytes to serve.
 * Resolves to { port, urlOf(entry) → loopback URL, close() }.
 */
export async function startSites(placed, bodyOf) {
  const routes = new Map(); // address → (path key → entry)
  for (const { entry, url, address } of placed) {
    if (!routes.has(address)) routes.set(address, new Map());
    routes.get(address).set(pathKey(url), entry);
  }
  const bodies = new Map(placed.map(({ entry }) => [entry, bodyOf(entry)]));
  const handler = (req, res) => {
    const pages = routes.get(req.socket.localAddress);
    const key = req.url.endsWith('?') ? req.url.slice(0, -1) : req.url;
    const entry = pages?.get(key);
    const body = entry ? bodies.get(entry) : Buffer.from('<!doctype html><title>Not found</title><h1>Not found</h1>');
    res.writeHead(entry ? 200 : 404, { 'Content-Type': 'text/html', 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const addresses = [...routes.keys()];
  // No server-side timeouts: a CLI busy parsing may leave a kept-alive connection idle for long,
  // and a server closing it just as the client reuses it would show up as a spurious `reset`.
  const serverOptions = { keepAliveTimeout: 0, requestTimeout: 0, headersTimeout: 0 };
  for (let attempt = 1; ; attempt++) {
    const servers = [];
    try {
      const first = http.createServer(serverOptions, handler);
      servers.push(first);
      const port = await listen(first, addresses[0], 0);
      for (const address of addresses.slice(1)) {
        const server = http.createServer(serverOptions, handler);
        servers.push(server);
        await listen(server, address, port);
      }
      const byEntry = new Map(placed.map((p) => [p.entry, p]));
      return {
        port,
        sites: addresses.length,
        urlOf(entry) {
          const { url, address } = byEntry.get(entry);
          return `http://${address}:${port}${pathKey(url)}`;
        },
        close: () => closeAll(servers),
      };
    } catch (error) {
      await closeAll(servers.filter((server) => server.listening));
      // Another process holds this port on one of the addresses: try another port.
      if (error.code !== 'EADDRINUSE' || attempt >= 5) throw error;
    }
  }
}
