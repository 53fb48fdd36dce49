import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { apiPaths, checkInListListSchema, holderTicketSchema, ticketListSchema } from '@shared/contract';
import { PublicReadCache, DEFAULT_READ_CACHE_BYTES } from '@server/features/public-cache';
import { processCpuSeconds, send, spawnBenchServer } from './child-server';
import { httpLoad, type LoadResult } from './http-load';
import { largeEdition } from './large-conference';
import { kb, report } from './measure';
import { benchApp, loginCookie } from './server';

const LARGE = '/api/conferences/bench-large';
const CLIENTS = 50;
const SECONDS = Number(process.env.LANYARD_BENCH_SECONDS ?? 5);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** One GET whose body is kept as sent (not decompressed). */
function rawGet(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      request(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      })
        .on('error', reject)
        .end();
    },
  );
}

/** The bare reference server in its own process, answering `body` from memory. */
async function spawnBare(body: Buffer, etag: string, encoding: string, contentType: string) {
  const dir = mkdtempSync(join(tmpdir(), 'lanyard-bare-'));
  const file = join(dir, 'body');
  writeFileSync(file, body);
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'bench/bare-server.ts', file, etag, encoding, contentType],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bare server exited with ${code}`)));
    lines.once('line', (line) => resolve((JSON.parse(line) as { port: number }).port));
  });
  return {
    port,
    pid: child.pid!,
    async close() {
      const exited = new Promise((r) => child.once('exit', r));
      child.stdin.end();
      setTimeout(() => child.kill('SIGTERM'), 2000).unref();
      await exited;
      lines.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const portOf = (base: string) => Number(new URL(base).port);
const rate = (r: LoadResult) => `${r.perSecond.toFixed(0)} req/s`;

/** Health and desk-scan latencies from a thread of their own, so the readers' loop does not delay them. */
const PROBES = `
const { workerData, parentPort } = require('node:worker_threads');
const http = require('node:http');
const { randomUUID } = require('node:crypto');
const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
const { port, cookie, listId, codes, durationMs, path, healthPath, healthHeaders, desks } = workerData;
function call(method, url, body, headers) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.request({ host: '127.0.0.1', port, path: url, method, agent, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode, ms: performance.now() - started }));
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}
(async () => {
  const until = performance.now() + durationMs;
  const health = [];
  const scans = [];
  let errors = 0;
  const healthLoop = async () => {
    while (performance.now() < until) {
      const r = await call('GET', healthPath, undefined, healthHeaders);
      if (r.status !== 200 && r.status !== 304) errors++;
      health.push(r.ms);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const deskLoop = async (desk) => {
    let i = desk;
    while (performance.now() < until) {
      const body = JSON.stringify({ qr: codes[i++ % codes.length], listId, deskId: 'bench-desk-' + desk,
        deskName: 'Bench desk ' + desk, clientNonce: randomUUID() });
      const r = await call('POST', path, body, { 'content-type': 'application/json', cookie,
        'content-length': String(Buffer.byteLength(body)) });
      if (r.status !== 200 && r.status !== 201) errors++;
      scans.push(r.ms);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  await Promise.all([healthLoop(), ...Array.from({ length: desks }, (_, i) => deskLoop(i))]);
  parentPort.postMessage({ health, scans, errors });
})();
`;

interface ProbeResult {
  health: number[];
  scans: number[];
  errors: number;
}

function pct(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

/** Memory held for a 1,000-session edition with every public answer cached, and the event loop's longest stall while building. */
async function cacheMemory() {
  const edition = largeEdition();
  const cache = new PublicReadCache(DEFAULT_READ_CACHE_BYTES);
  const { app, handle } = await benchApp([edition], { readCache: cache });
  const get = async (path: string) => {
    const res = await app.request(`http://127.0.0.1${path}`);
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    await res.arrayBuffer();
  };
  const lag = monitorEventLoopDelay({ resolution: 1 });
  const timings: string[] = [];
  lag.enable();
  for (const path of [
    '/sessions',
    '',
    '/speakers',
    '/sponsors',
    '/schedule.json',
    '/schedule.xml',
    '/schedule.ics',
  ]) {
    const started = performance.now();
    await get(`${LARGE}${path}`);
    timings.push(`${path || '/'} ${(performance.now() - started).toFixed(0)}`);
  }
  lag.disable();
  const lists = cache.stats().bytes;
  for (const s of edition.sessions) await get(`${LARGE}/sessions/${s.code}`);
  for (const s of edition.speakers) await get(`${LARGE}/speakers/${s.code}`);
  const all = cache.stats();
  await handle.close();
  return { lists, all, longestStallMs: lag.max / 1e6, timings };
}

export async function publicReadsBench() {
  console.log(
    `\nPublic reads from the read cache (decision 16), 1,000 sessions in 70 rooms, load average ${load()}:`,
  );
  const memory = await cacheMemory();
  report('cache: lists, conference and exports', kb(memory.lists));
  report('cache: + every session and speaker page', kb(memory.all.bytes), {
    ok: memory.all.bytes <= 20 * 1024 * 1024,
    text: '<= 20 MB',
  });
  report('cache entries', String(memory.all.entries));
  report('longest event-loop stall, cold builds', `${memory.longestStallMs.toFixed(1)} ms`);
  console.log(`  (first answers, build included, ms: ${memory.timings.join(', ')})`);

  const server = await spawnBenchServer(['large']);
  const port = portOf(server.base);
  try {
    console.log(
      `  server pid ${server.pid}, reference: bare node:http in its own process; ${CLIENTS} keep-alive clients,` +
        ` ${SECONDS} s per line, raw-socket load generator`,
    );
    for (const [name, path, encoding] of [
      ['sessions list', `${LARGE}/sessions`, 'gzip'],
      ['sessions list', `${LARGE}/sessions`, 'br'],
      ['schedule.json', `${LARGE}/schedule.json`, 'gzip'],
    ] as const) {
      const first = await rawGet(`${server.base}${path}`, { 'accept-encoding': encoding });
      if (first.status !== 200 || first.headers['content-encoding'] !== encoding) {
        throw new Error(`${path}: ${first.status} ${String(first.headers['content-encoding'])}`);
      }
      const etag = String(first.headers.etag);
      const bare = await spawnBare(first.body, etag, encoding, String(first.headers['content-type']));
      try {
        const headers = { 'accept-encoding': encoding };
        const conditional = { ...headers, 'if-none-match': etag };
        // Server CPU per answer as well as answers per second: on a shared machine the rate
        // follows the share of the cores a process gets, the CPU per answer much less.
        const run = async (p: number, h: Record<string, string>) => {
          const pid = p === port ? server.pid : bare.pid;
          const before = processCpuSeconds(pid) ?? NaN;
          const r = await httpLoad({
            port: p,
            path,
            headers: h,
            connections: CLIENTS,
            durationMs: SECONDS * 1000,
          });
          return { ...r, cpuUs: (((processCpuSeconds(pid) ?? NaN) - before) / r.requests) * 1e6 };
        };
        const cpu = (ours: { cpuUs: number }, ref: { cpuUs: number }) =>
          `${ours.cpuUs.toFixed(0)} / ${ref.cpuUs.toFixed(0)} us ${(ref.cpuUs / ours.cpuUs).toFixed(2)}x`;
        await run(port, headers);
        await run(bare.port, headers);
        const full = await run(port, headers);
        const fullRef = await run(bare.port, headers);
        const notModified = await run(port, conditional);
        const notModifiedRef = await run(bare.port, conditional);
        for (const r of [full, fullRef, notModified, notModifiedRef]) {
          if (r.errors || Object.keys(r.statuses).length !== 1) throw new Error(JSON.stringify(r.statuses));
        }
        const label = `${name}, ${encoding} ${kb(first.body.length)}`;
        const ratio = full.perSecond / fullRef.perSecond;
        report(`${label}: full`, rate(full), { ok: ratio >= 0.5, text: '>= 0.5x' });
        report(`  bare reference / ratio`, `${rate(fullRef)} ${ratio.toFixed(2)}x`);
        report(`  p50 / p99`, `${full.p50.toFixed(1)} / ${full.p99.toFixed(1)} ms`);
        report(`  server CPU per answer, ours / bare`, cpu(full, fullRef));
        const ratio304 = notModified.perSecond / notModifiedRef.perSecond;
        report(`${label}: 304`, rate(notModified), { ok: ratio304 >= 0.3, text: '>= 0.3x' });
        report(`  bare reference / ratio`, `${rate(notModifiedRef)} ${ratio304.toFixed(2)}x`);
        report(`  server CPU per answer, ours / bare`, cpu(notModified, notModifiedRef));
      } finally {
        await bare.close();
      }
    }

    // Desks and a health probe while 50 clients read the full schedule.
    const organizer = await loginCookie(server.base, 'organizer@demo.test');
    const desk = await loginCookie(server.base, 'desk@demo.test');
    const slug = 'matrix-conf-2025';
    const { lists } = checkInListListSchema.parse(
      JSON.parse(
        (await send(`${server.base}${apiPaths.checkInLists(slug)}`, { headers: { cookie: desk } })).text,
      ),
    );
    const { tickets } = ticketListSchema.parse(
      JSON.parse(
        (
          await send(`${server.base}${apiPaths.tickets(slug)}?status=valid&limit=200`, {
            headers: { cookie: organizer },
          })
        ).text,
      ),
    );
    const codes: string[] = [];
    for (const t of tickets.slice(0, 100)) {
      if (!t.secret) continue;
      const res = await send(`${server.base}/api/conferences/${slug}/tickets/${t.secret}`, {
        headers: { cookie: desk },
      });
      codes.push(holderTicketSchema.parse(JSON.parse(res.text)).qr);
    }
    const probe = (durationMs: number, target = port, bare?: { path: string; etag: string }) =>
      new Promise<ProbeResult>((resolve, reject) => {
        const worker = new Worker(PROBES, {
          eval: true,
          workerData: {
            port: target,
            cookie: desk,
            listId: lists[0]!.id,
            codes,
            durationMs,
            path: apiPaths.scans(slug),
            // The bare reference has no health route or desks: a 304 of the list stands in.
            healthPath: bare?.path ?? '/api/health',
            healthHeaders: bare ? { 'if-none-match': bare.etag } : {},
            desks: bare ? 0 : 4,
          },
        });
        worker.once('message', (m: ProbeResult) => resolve(m));
        worker.once('error', reject);
      });
    const quiet = await probe(3000);
    const [during, readers] = await Promise.all([
      probe(SECONDS * 1000),
      httpLoad({
        port,
        path: `${LARGE}/sessions`,
        headers: { 'accept-encoding': 'gzip' },
        connections: CLIENTS,
        durationMs: SECONDS * 1000 + 500,
      }),
    ]);
    report('/api/health p95, idle', `${pct(quiet.health, 95).toFixed(1)} ms`);
    report(`/api/health p95, ${CLIENTS} clients reading`, `${pct(during.health, 95).toFixed(1)} ms`, {
      ok: pct(during.health, 95) <= 20,
      text: '<= 20 ms',
    });
    report('desk scan p99, idle', `${pct(quiet.scans, 99).toFixed(1)} ms`);
    report(`desk scan p99, ${CLIENTS} clients reading`, `${pct(during.scans, 99).toFixed(1)} ms`, {
      ok: pct(during.scans, 99) <= 50,
      text: '<= 50 ms',
    });
    report('  meanwhile: full schedule reads', `${rate(readers)}`);
    report(
      '  probes: health / scans / errors',
      `${during.health.length} / ${during.scans.length} / ${during.errors}`,
    );

    // The same storm against the bare reference, probed with a 304 every 20 ms: what any
    // request waits on this machine while 50 clients keep a node:http process busy.
    const list = await rawGet(`${server.base}${LARGE}/sessions`, { 'accept-encoding': 'gzip' });
    const bare = await spawnBare(list.body, String(list.headers.etag), 'gzip', 'application/json');
    try {
      const target = { path: `${LARGE}/sessions`, etag: String(list.headers.etag) };
      const bareQuiet = await probe(3000, bare.port, target);
      const [bareDuring] = await Promise.all([
        probe(SECONDS * 1000, bare.port, target),
        httpLoad({
          port: bare.port,
          path: `${LARGE}/sessions`,
          headers: { 'accept-encoding': 'gzip' },
          connections: CLIENTS,
          durationMs: SECONDS * 1000 + 500,
        }),
      ]);
      report(
        'bare node:http, a 304 probe p95 / p99, idle',
        `${pct(bareQuiet.health, 95).toFixed(1)} / ${pct(bareQuiet.health, 99).toFixed(1)} ms`,
      );
      report(
        `  the same, ${CLIENTS} clients reading from it`,
        `${pct(bareDuring.health, 95).toFixed(1)} / ${pct(bareDuring.health, 99).toFixed(1)} ms`,
      );
    } finally {
      await bare.close();
    }
  } finally {
    await server.close();
  }
  console.log(`  load average after: ${load()}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await publicReadsBench();
  process.exit(0);
}
