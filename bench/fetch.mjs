// Benchmark of the fetch stage's politeness gate (not a test). Run: npm run build && node bench/fetch.mjs
//
// A child process serves many loopback addresses (127.0.0.1, 127.0.0.2, ... one site each) and
// answers every request after a fixed latency, recording when each request arrived. This process
// fetches all URLs at once through createFetcher and reports:
//   wall time, lower bound (busiest site's (n−1) × interval + latency), their ratio,
//   violations of the per-site interval as the server saw them, and peak RSS.
// Each scenario runs in its own process so its peak RSS (maxRSS) is its own.
//
// Scenarios (targets: ratio ≤ 1.10, zero violations, peak RSS < 150 MB for 10,000):
//   small: 20 sites, 1,000 URLs (busiest site 200, the rest spread unevenly), 30 ms latency,
//          interval 20 ms, host concurrency 2, concurrency 64.
//   large: 200 sites, 10,000 URLs (busiest site 400, the rest spread unevenly), 30 ms latency,
//          interval 20 ms, host concurrency 2, concurrency 64.
// robots.txt is off (ignoreRobots) so the figures measure the gate alone.
import { fork } from 'node:child_process';
import diagnostics from 'node:diagnostics_channel';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const SCENARIOS = {
  small: { sites: 20, urls: 1_000, busiest: 200, latency: 30, interval: 20, hostConcurrency: 2, concurrency: 64 },
  large: { sites: 200, urls: 10_000, busiest: 400, latency: 30, interval: 20, hostConcurrency: 2, concurrency: 64 },
};
/** A gap shorter than interval − this (ms) counts as a violation: server-side timing jitter. */
const TOLERANCE_MS = 1;
const self = fileURLToPath(import.meta.url);

const hostOf = (i) => `127.0.0.${i + 1}`;

/** URLs per site: the busiest one first, the others in decreasing shares (largest remainder). */
function distribution({ sites, urls, busiest }) {
  const rest = urls - busiest;
  const weights = Array.from({ length: sites - 1 }, (_, i) => sites - 1 - i);
  const total = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((rest * w) / total));
  let left = rest - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % counts.length, left--) counts[i]++;
  return [busiest, ...counts];
}

/** A seeded shuffle, so the URLs of all sites are interleaved the same way on every run. */
function shuffle(list, seed = 42) {
  let state = seed;
  const random = () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

async function runServer(config) {
  const arrivals = new Map();
  const servers = [];
  const body = '<!doctype html><html><head><title>Bench</title></head><body><h1>Bench</h1></body></html>';
  for (let i = 0; i < config.sites; i++) {
    const host = hostOf(i);
    arrivals.set(host, []);
    const server = http.createServer((req, res) => {
      arrivals.get(host).push(performance.now());
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': Buffer.byteLength(body) });
        res.end(body);
      }, config.latency);
    });
    await new Promise((resolve) => server.listen(0, host, resolve));
    servers.push({ host, port: server.address().port, server });
  }
  process.send({ type: 'ready', ports: servers.map((s) => s.port) });
  process.on('message', (message) => {
    if (message.type !== 'report') return;
    let violations = 0;
    let minGap = Infinity;
    for (const times of arrivals.values()) {
      times.sort((a, b) => a - b);
      for (let i = 1; i < times.length; i++) {
        const gap = times[i] - times[i - 1];
        minGap = Math.min(minGap, gap);
        if (gap < config.interval - TOLERANCE_MS) violations++;
      }
    }
    const requests = [...arrivals.values()].reduce((n, t) => n + t.length, 0);
    process.send({ type: 'report', violations, minGap, requests });
    for (const { server } of servers) server.closeAllConnections();
    Promise.all(servers.map(({ server }) => new Promise((r) => server.close(r)))).then(() => process.exit(0));
  });
}

async function runScenario(name) {
  const config = SCENARIOS[name];
  const { createFetcher } = await import('../dist/fetch/index.js');
  const server = fork(self, ['--server', JSON.stringify(config)]);
  const ready = await new Promise((resolve) => server.once('message', resolve));
  const counts = distribution(config);
  const urls = shuffle(counts.flatMap((n, site) =>
    Array.from({ length: n }, (_, k) => `http://${hostOf(site)}:${ready.ports[site]}/article/${k}`)));

  // Client-side truth: when undici wrote each request's headers, per origin.
  const written = new Map();
  diagnostics.subscribe('undici:client:sendHeaders', ({ request }) => {
    const times = written.get(request.origin) ?? [];
    times.push(performance.now());
    written.set(request.origin, times);
  });
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 25);
  const fetcher = createFetcher({
    concurrency: config.concurrency, hostInterval: config.interval, hostConcurrency: config.hostConcurrency,
    timeout: 10_000, retries: 0, maxBytes: 5_242_880, userAgent: 'citecheck-bench', ignoreRobots: true,
    allowPrivate: true,
  });
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const results = await Promise.all(urls.map((u) => fetcher.fetchPage(u)));
  const wall = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const heapUsed = process.memoryUsage().heapUsed;
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  await fetcher.close();

  server.send({ type: 'report' });
  const report = await new Promise((resolve) => server.on('message', (m) => m.type === 'report' && resolve(m)));
  let clientViolations = 0;
  let clientMinGap = Infinity;
  for (const times of written.values()) {
    for (let i = 1; i < times.length; i++) {
      const gap = times[i] - times[i - 1];
      clientMinGap = Math.min(clientMinGap, gap);
      if (gap < config.interval) clientViolations++;
    }
  }
  const busiestDurations = results.filter((r) => r.url.includes(`//${hostOf(0)}:`)).map((r) => r.durationMs);
  const meanBusiest = busiestDurations.reduce((a, b) => a + b, 0) / busiestDurations.length;
  const failed = results.filter((r) => r.error !== null).length;
  const lowerBound = (counts[0] - 1) * config.interval + config.latency;
  const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
  console.log(`\n${name}: ${config.urls} URLs over ${config.sites} sites (busiest ${counts[0]}), latency ${config.latency} ms, ` +
    `interval ${config.interval} ms, host concurrency ${config.hostConcurrency}, concurrency ${config.concurrency}`);
  console.log(`  wall time        ${wall.toFixed(0)} ms`);
  console.log(`  lower bound      ${lowerBound} ms  ((${counts[0]} − 1) × ${config.interval} + ${config.latency})`);
  console.log(`  ratio            ${(wall / lowerBound).toFixed(3)}  (target ≤ 1.10)`);
  console.log(`  violations       ${report.violations}  (gaps < ${config.interval - TOLERANCE_MS} ms; smallest gap ${report.minGap.toFixed(2)} ms; ${report.requests} requests served)`);
  console.log(`  client-side      ${clientViolations} gaps < ${config.interval} ms between request writes (smallest ${clientMinGap.toFixed(2)} ms)`);
  console.log(`  busiest site     mean request time ${meanBusiest.toFixed(1)} ms (server latency ${config.latency} ms)`);
  console.log(`  failed fetches   ${failed}`);
  console.log(`  client CPU       ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms (${((cpu.user + cpu.system) / 10 / wall).toFixed(0)} % of one core); heap at the end ${mb(heapUsed)} MB`);
  console.log(`  peak RSS         ${mb(peakRss)} MB sampled, maxRSS ${mb(process.resourceUsage().maxRSS * 1024)} MB`);
}

const [flag, arg] = process.argv.slice(2);
if (flag === '--server') {
  await runServer(JSON.parse(arg));
} else if (flag === '--scenario') {
  await runScenario(arg);
} else {
  for (const name of Object.keys(SCENARIOS)) {
    const child = fork(self, ['--scenario', name], { stdio: 'inherit' });
    const code = await new Promise((resolve) => child.on('exit', resolve));
    if (code !== 0) process.exitCode = code ?? 1;
  }
}
