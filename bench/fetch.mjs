// Benchmark of the fetch stage's politeness gate (not a test). Run: npm run build && node bench/fetch.mjs
//
// A child process serves many loopback addresses (127.0.0.1, 127.0.0.2, ... one site each) and
// answers every request after a fixed latency, recording when each request arrived. This process
// fetches all URLs at once through createFetcher and reports:
//   wall time, lower bound (busiest site's (n−1) × interval + latency), their ratio,
//   violations of the per-site interval, and peak RSS (the kernel's maxRSS).
// Each scenario runs in its own process so its peak RSS is its own.
//
// Violations are counted on the client's write times: on loopback the bytes are in the server's
// receive queue when write() returns, so that is the arrival time. The server also stamps each
// request when its event loop gets to it; both sides use process.hrtime (CLOCK_MONOTONIC, one
// clock for all processes), so every short gap the server sees is matched to the two writes: a
// pair written ≥ interval apart whose first request the server stamped late is stamping lag.
// Results are kept as the check pipeline keeps them: their HTTP summary, without body and headers.
//
// Scenarios (targets: ratio ≤ 1.10, zero violations, peak RSS < 150 MB for 10,000):
//   small: 20 sites, 1,000 URLs (busiest site 200, the rest spread unevenly), 30 ms latency,
//          interval 20 ms, host concurrency 2, concurrency 64.
//   large: the same for 10,000 references: 20 sites, 10,000 URLs (busiest site 2,000), 30 ms
//          latency, interval 20 ms, host concurrency 2, concurrency 64.
// robots.txt is off (ignoreRobots) so the figures measure the gate alone.
import { fork } from 'node:child_process';
import diagnostics from 'node:diagnostics_channel';
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SCENARIOS = {
  small: { sites: 20, urls: 1_000, busiest: 200, latency: 30, interval: 20, hostConcurrency: 2, concurrency: 64 },
  large: { sites: 20, urls: 10_000, busiest: 2_000, latency: 30, interval: 20, hostConcurrency: 2, concurrency: 64 },
};
const TARGET = { ratio: 1.1, rssMb: 150 };
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

/** Milliseconds on the monotonic clock every process on the machine shares. */
const clock = () => Number(process.hrtime.bigint()) / 1e6;

/** CPU ms all processes of the machine spent (user + system), from /proc/stat; null off Linux. */
function machineCpuMs() {
  try {
    const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
    return (ticks[0] + ticks[1] + ticks[2] + ticks[5] + ticks[6] + ticks[7]) * 10; // USER_HZ = 100
  } catch {
    return null;
  }
}

const cpuMs = (usage) => (usage.user + usage.system) / 1000;

async function runServer(config) {
  const arrivals = config.sitesHosts.map(() => []);
  const servers = [];
  const body = '<!doctype html><html><head><title>Bench</title></head><body><h1>Bench</h1></body></html>';
  for (let i = 0; i < config.sites; i++) {
    const server = http.createServer((req, res) => {
      arrivals[i].push([clock(), req.url]);
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': Buffer.byteLength(body) });
        res.end(body);
      }, config.latency);
    });
    await new Promise((resolve) => server.listen(0, hostOf(i), resolve));
    servers.push(server);
  }
  process.send({ type: 'ready', ports: servers.map((s) => s.address().port) });
  process.on('message', (message) => {
    if (message.type !== 'report') return;
    for (const server of servers) server.closeAllConnections();
    const closed = Promise.all(servers.map((server) => new Promise((r) => server.close(r))));
    // Exit only once the (large) report has left: process.exit would drop a message still queued.
    process.send({ type: 'report', arrivals, cpuMs: cpuMs(process.cpuUsage()) }, () => closed.then(() => process.exit(0)));
  });
}

/**
 * Per site, the gaps between consecutive request arrivals: `written` (client write times, the
 * arrival on loopback) and `stamped` (when the server's event loop saw them). A short stamped gap
 * is explained when the same two requests were written at least an interval apart.
 */
function spacing(sites, interval) {
  const result = { violations: 0, minGap: Infinity, serverShort: 0, serverExplained: 0, serverMinGap: Infinity, lags: [] };
  for (const { written, stamped } of sites) {
    const writes = [...written.values()].sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < writes.length; i++) {
      // undici publishes sendHeaders and then writes the headers in the same synchronous run, so
      // the stamp taken on publish is the write time to within microseconds. (The microtask stamp
      // comes after whatever else that run does, so gaps measured from it are not write gaps.)
      const gap = writes[i][0] - writes[i - 1][0];
      result.minGap = Math.min(result.minGap, gap);
      if (gap < interval) result.violations++;
    }
    stamped.sort((a, b) => a[0] - b[0]);
    for (let i = 0; i < stamped.length; i++) {
      const [at, path] = stamped[i];
      result.lags.push(at - written.get(path)[1]);
      if (i === 0) continue;
      const gap = at - stamped[i - 1][0];
      result.serverMinGap = Math.min(result.serverMinGap, gap);
      if (gap >= interval) continue;
      result.serverShort++;
      const [first, second] = [written.get(stamped[i - 1][1]), written.get(path)];
      if (Math.abs(second[0] - first[0]) >= interval) result.serverExplained++;
    }
  }
  result.lags.sort((a, b) => a - b);
  return result;
}

async function runScenario(name) {
  const config = SCENARIOS[name];
  const { createFetcher } = await import('../dist/fetch/index.js');
  const server = fork(self, ['--server', JSON.stringify({ ...config, sitesHosts: Array(config.sites).fill(0) })]);
  const ready = await new Promise((resolve) => server.once('message', resolve));
  const counts = distribution(config);
  const origins = ready.ports.map((port, site) => `http://${hostOf(site)}:${port}`);
  const urls = shuffle(counts.flatMap((n, site) => Array.from({ length: n }, (_, k) => `${origins[site]}/article/${k}`)));

  // When undici wrote each request, per origin and path (paths are unique per site): stamped just
  // before the write and again in a microtask, which runs after it; the write lies in between.
  const written = new Map(origins.map((origin) => [origin, new Map()]));
  diagnostics.subscribe('undici:client:sendHeaders', ({ request }) => {
    const stamps = [clock(), 0];
    written.get(request.origin)?.set(request.path, stamps);
    queueMicrotask(() => (stamps[1] = clock()));
  });
  const fetcher = createFetcher({
    concurrency: config.concurrency, hostInterval: config.interval, hostConcurrency: config.hostConcurrency,
    timeout: 10_000, retries: 0, maxBytes: 5_242_880, userAgent: 'citecheck-bench', ignoreRobots: true,
    allowPrivate: true,
  });
  const machineBefore = machineCpuMs();
  const cpuBefore = process.cpuUsage();
  const started = clock();
  // As the pipeline does: body and headers go to extract and verify and are dropped; what a
  // result keeps is its HTTP summary (see httpSummary in src/verify).
  const keep = ({ status, redirects, attempts, durationMs, contentType, error, errorDetail, retryAfterMs }) =>
    ({ status, redirects, attempts, durationMs, contentType, error, errorDetail, retryAfterMs });
  const results = await Promise.all(urls.map((u) => fetcher.fetchPage(u).then(keep)));
  const wall = clock() - started;
  const cpu = cpuMs(process.cpuUsage(cpuBefore));
  const machine = machineBefore === null ? null : machineCpuMs() - machineBefore;
  const heapUsed = process.memoryUsage().heapUsed;
  await fetcher.close();

  server.send({ type: 'report' });
  const report = await new Promise((resolve) => server.on('message', (m) => m.type === 'report' && resolve(m)));
  const gaps = spacing(origins.map((origin, i) => ({ written: written.get(origin), stamped: report.arrivals[i] })), config.interval);
  const served = report.arrivals.reduce((n, a) => n + a.length, 0);
  const failed = results.filter((r) => r.error !== null).length;
  const lowerBound = (counts[0] - 1) * config.interval + config.latency;
  const maxRssMb = (process.resourceUsage().maxRSS * 1024) / 1024 / 1024;
  const pct = (p) => gaps.lags[Math.min(gaps.lags.length - 1, Math.floor(p * gaps.lags.length))].toFixed(1);
  // Other processes' CPU: the machine's total minus this process and the server (whole lifetime).
  const others = machine === null ? null : Math.max(0, machine - cpu - report.cpuMs);
  console.log(`\n${name}: ${config.urls} URLs over ${config.sites} sites (busiest ${counts[0]}), latency ${config.latency} ms, ` +
    `interval ${config.interval} ms, host concurrency ${config.hostConcurrency}, concurrency ${config.concurrency}`);
  console.log(`  wall time        ${wall.toFixed(0)} ms`);
  console.log(`  lower bound      ${lowerBound} ms  ((${counts[0]} − 1) × ${config.interval} + ${config.latency})`);
  console.log(`  ratio            ${(wall / lowerBound).toFixed(3)}  (target ≤ ${TARGET.ratio})`);
  console.log(`  violations       ${gaps.violations}  (request writes to one site < ${config.interval} ms apart; smallest gap ${gaps.minGap.toFixed(2)} ms)`);
  console.log(`  server stamps    ${gaps.serverShort} gaps < ${config.interval} ms (smallest ${gaps.serverMinGap.toFixed(2)} ms), ` +
    `${gaps.serverExplained} of them written ≥ ${config.interval} ms apart; server lag p50 ${pct(0.5)} p99 ${pct(0.99)} max ${pct(1)} ms`);
  console.log(`  requests         ${served} served for ${config.urls} URLs (more would mean re-sent requests); ${failed} failed`);
  console.log(`  CPU              client ${cpu.toFixed(0)} ms, server ${report.cpuMs.toFixed(0)} ms` +
    (others === null ? '' : `, other processes ≈ ${others.toFixed(0)} ms (of ${(2 * wall).toFixed(0)} on 2 cores)`));
  console.log(`  memory           peak RSS ${maxRssMb.toFixed(1)} MB (kernel maxRSS), heap at the end ${(heapUsed / 1048576).toFixed(1)} MB`);
  const ratio = wall / lowerBound;
  process.send?.({ name, ratio, violations: gaps.violations, unexplained: gaps.serverShort - gaps.serverExplained, maxRssMb, served, urls: config.urls });
}

function summarize(rows) {
  console.log('\n  scenario   ratio   violations   server-only short gaps   peak RSS MB   requests');
  for (const r of rows) {
    console.log(`  ${r.name.padEnd(10)} ${r.ratio.toFixed(3).padStart(5)}   ${String(r.violations).padStart(10)}   ${String(r.unexplained).padStart(6)} unexplained` +
      `       ${r.maxRssMb.toFixed(1).padStart(11)}   ${r.served}/${r.urls}`);
  }
  const large = rows.find((r) => r.name === 'large');
  const checks = [
    [`ratio ≤ ${TARGET.ratio} (every scenario)`, rows.every((r) => r.ratio <= TARGET.ratio)],
    ['zero violations', rows.every((r) => r.violations === 0 && r.unexplained === 0 && r.served === r.urls)],
    [`peak RSS < ${TARGET.rssMb} MB (10,000 references)`, large !== undefined && large.maxRssMb < TARGET.rssMb],
  ];
  for (const [label, ok] of checks) console.log(`${ok ? 'PASS' : 'MISS'}  ${label}`);
}

const [flag, arg] = process.argv.slice(2);
if (flag === '--server') {
  await runServer(JSON.parse(arg));
} else if (flag === '--scenario') {
  await runScenario(arg);
} else {
  const rows = [];
  for (const name of Object.keys(SCENARIOS)) {
    const child = fork(self, ['--scenario', name], { stdio: 'inherit' });
    child.on('message', (row) => rows.push(row));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    if (code !== 0) process.exitCode = code ?? 1;
  }
  summarize(rows);
}
