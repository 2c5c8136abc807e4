// Benchmark of a whole `citecheck check` at scale (not a test). Run: npm run bench:scale
//
// A child process serves small article pages (≈ 2.5 KB of HTML: headline in <title>, og:title and
// <h1>, a published date, a few paragraphs) from loopback sites 127.0.0.1, 127.0.0.2, ..., with a
// fixed latency. A sources file of one reference per page (its true headline and day) is written
// to a temporary folder, and the REAL built CLI checks it in a child process:
//   node bin/citecheck.js check FILE --format json --output OUT --allow-private
//        --concurrency 64 --host-interval 20 --host-concurrency 2 --quiet
// Its peak RSS is the kernel's high-water mark for that process: GNU time's %M when /usr/bin/time
// exists, else VmHWM read from /proc/PID/status until it exits (the last reading before exit).
// Printed: wall time, its lower bound ((pages per site − 1) × interval + latency), peak RSS, the
// report's size and its verdict counts (every reference should be verified).
//
// Target (10,000 references): peak RSS < 150 MB.
// Options: --refs N [10000], --sites N [20], --latency MS [30], --interval MS [20],
//          --keep (leave the temporary folder and say where), --trace (RSS every 250 ms), --node-args "..." (e.g. a heap
//          profile: --node-args "--heap-prof --heap-prof-dir=/tmp/prof").
import { fork, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TARGET_RSS_MB = 150;
const self = fileURLToPath(import.meta.url);
const cli = fileURLToPath(new URL('../bin/citecheck.js', import.meta.url));
const hostOf = (i) => `127.0.0.${i + 1}`;

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : process.argv[at + 1];
}

const WORDS = ['council', 'budget', 'river', 'harbour', 'election', 'railway', 'museum', 'festival', 'court', 'market',
  'school', 'bridge', 'hospital', 'airport', 'library', 'stadium', 'forest', 'factory', 'village', 'treaty'];

/** The headline and day of page `k` of site `site`: distinct, plain words, deterministic. */
function articleOf(site, k) {
  const w = (n) => WORDS[(site * 7 + k * 13 + n * 5) % WORDS.length];
  const day = String(1 + (k % 28)).padStart(2, '0');
  const month = String(1 + ((k + site) % 12)).padStart(2, '0');
  return {
    title: `Site ${site} article ${k}: ${w(1)} ${w(2)} plan for the ${w(3)} approved`,
    date: `2024-${month}-${day}`,
  };
}

function pageOf(site, k) {
  const { title, date } = articleOf(site, k);
  const paragraph = `<p>The ${WORDS[k % 20]} committee met on Tuesday to discuss the proposal, which residents have debated for ` +
    `months. Officials said the ${WORDS[(k + 3) % 20]} would open next year if funding allows, and that the plan follows ` +
    `a review of the ${WORDS[(k + 7) % 20]} and its costs.</p>\n`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${title} | Bench Daily ${site}</title>
<meta property="og:title" content="${title}">
<meta property="og:site_name" content="Bench Daily ${site}">
<meta property="article:published_time" content="${date}T09:30:00+00:00">
<link rel="canonical" href="/article/${k}">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>${title}</h1><p class="byline">By A. Writer · <time datetime="${date}">${date}</time></p>
${paragraph.repeat(4)}</article>
<footer>© 2024 Bench Daily ${site}</footer>
</body></html>`;
}

async function runServer(config) {
  const servers = [];
  for (let site = 0; site < config.sites; site++) {
    const server = http.createServer((req, res) => {
      const match = /^\/article\/(\d+)$/.exec(req.url ?? '');
      setTimeout(() => {
        if (!match) {
          res.writeHead(404, { 'content-type': 'text/plain' });
          res.end('not found');
          return;
        }
        const body = pageOf(site, Number(match[1]));
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(body) });
        res.end(body);
      }, config.latency);
    });
    await new Promise((resolve) => server.listen(0, hostOf(site), resolve));
    servers.push(server);
  }
  process.send({ ports: servers.map((s) => s.address().port) });
  process.on('disconnect', () => process.exit(0));
}

/** Reads VmHWM or VmRSS (kB) of a running process; null once it is gone. */
function statusKb(pid, field) {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith(`${field}:`));
    return line ? Number(line.split(/\s+/)[1]) : null;
  } catch {
    return null;
  }
}

async function runCli(args, nodeArgs, folder) {
  const gnuTime = existsSync('/usr/bin/time');
  const timeFile = join(folder, 'time.txt');
  const command = gnuTime ? '/usr/bin/time' : process.execPath;
  const argv = gnuTime ? ['-f', '%M %e', '-o', timeFile, process.execPath, ...nodeArgs, cli, ...args] : [...nodeArgs, cli, ...args];
  const started = performance.now();
  const child = spawn(command, argv, { stdio: ['ignore', 'inherit', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  let polledKb = 0;
  const poll = gnuTime ? null : setInterval(() => (polledKb = Math.max(polledKb, statusKb(child.pid, 'VmHWM') ?? 0)), 20);
  // --trace: RSS every 250 ms, to see which stage the peak belongs to. Under GNU time the node
  // process is its child: found through /proc/PID/task/PID/children.
  const trace = [];
  const traced = process.argv.includes('--trace')
    ? setInterval(() => {
        let pid = child.pid;
        if (gnuTime) {
          try {
            pid = Number(readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(' ')[0]) || pid;
          } catch {}
        }
        const kb = statusKb(pid, 'VmRSS');
        if (kb !== null) trace.push(`${((performance.now() - started) / 1000).toFixed(1)}s ${(kb / 1024).toFixed(0)}`);
      }, 250)
    : null;
  const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c)));
  const wallMs = performance.now() - started;
  if (poll) clearInterval(poll);
  if (traced) {
    clearInterval(traced);
    console.log(`  RSS MB over time  ${trace.join(', ')}`);
  }
  const peakKb = gnuTime ? Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ')[0]) : polledKb;
  return { code, wallMs, peakKb, stderr, how: gnuTime ? '/usr/bin/time %M' : '/proc VmHWM, polled' };
}

async function main() {
  const refs = Number(option('refs', '10000'));
  const sites = Number(option('sites', '20'));
  const latency = Number(option('latency', '30'));
  const interval = Number(option('interval', '20'));
  const nodeArgs = option('node-args', '').split(' ').filter(Boolean);
  const folder = mkdtempSync(join(tmpdir(), 'citecheck-scale-'));
  const server = fork(self, ['--server', JSON.stringify({ sites, latency })]);
  try {
    const { ports } = await new Promise((resolve) => server.once('message', resolve));
    const references = Array.from({ length: refs }, (_, i) => {
      const site = i % sites;
      const k = Math.floor(i / sites);
      const { title, date } = articleOf(site, k);
      return { id: String(i + 1), authors: ['A. Writer'], title, outlet: `Bench Daily ${site}`, date, url: `http://${hostOf(site)}:${ports[site]}/article/${k}` };
    });
    const sourcesPath = join(folder, 'sources.json');
    const reportPath = join(folder, 'report.json');
    writeFileSync(sourcesPath, JSON.stringify({ references }, null, 2));
    const args = ['check', sourcesPath, '--format', 'json', '--output', reportPath, '--allow-private', '--concurrency', '64',
      '--host-interval', String(interval), '--host-concurrency', '2', '--quiet'];
    console.log(`citecheck check: ${refs} references over ${sites} loopback sites, latency ${latency} ms, interval ${interval} ms, ` +
      `host concurrency 2, concurrency 64${nodeArgs.length ? `, node ${nodeArgs.join(' ')}` : ''}`);
    const run = await runCli(args, nodeArgs, folder);
    if (run.code !== 0 && run.code !== 1) {
      console.error(run.stderr);
      throw new Error(`the CLI exited ${run.code}`);
    }
    const report = JSON.parse(readFileSync(reportPath, 'utf8'));
    const verdicts = Object.entries(report.summary.verdicts).map(([v, n]) => `${v} ${n}`).join(', ');
    const perSite = Math.ceil(refs / sites);
    const lowerBound = (perSite - 1) * interval + latency;
    const peakMb = run.peakKb / 1024;
    console.log(`  wall time        ${(run.wallMs / 1000).toFixed(1)} s (the whole process: start, sources, run, report)`);
    console.log(`  lower bound      ${(lowerBound / 1000).toFixed(1)} s  ((${perSite} − 1) × ${interval} + ${latency})`);
    console.log(`  peak RSS         ${peakMb.toFixed(1)} MB (${run.how})`);
    console.log(`  report           ${(statSync(reportPath).size / 1048576).toFixed(1)} MB; ${verdicts}; exit ${run.code}`);
    const ok = refs < 10_000 || peakMb < TARGET_RSS_MB;
    console.log(`${ok ? 'PASS' : 'MISS'}  peak RSS < ${TARGET_RSS_MB} MB (10,000 references)`);
    if (!ok) process.exitCode = 1;
  } finally {
    server.disconnect();
    if (process.argv.includes('--keep')) console.log(`  files in ${folder}`);
    else rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--server') await runServer(JSON.parse(process.argv[3]));
else await main();
