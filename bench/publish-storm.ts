import { Agent, request, type IncomingMessage } from 'node:http';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
import { PUBLISH_JITTER_MS } from '@client/lib/live/stream-invalidation';
import {
  apiPaths,
  scheduleChangesSchema,
  sessionListSchema,
  type Session,
  type SessionList,
} from '@shared/contract';
import { applySchedulePatch, sessionListDigest } from '@shared/schedule-changes';
import { processCpuSeconds, spawnBenchServer } from './child-server';
import { kb, percentile, report } from './measure';
import { loginCookie } from './server';

// A publish at FOSDEM scale (issue 12, decision 18): 1,000 phones hold the schedule of a
// 1,000-session edition over real server-sent events; an organizer publishes a few changes;
// each phone waits its random jitter, fetches the changes since its version and patches its
// list, as src/client/lib/live/use-conference-stream.ts does. The server runs in its own
// process; the phones share this one.

const SLUG = 'bench-large';
const CLIENTS = Number(process.env.LANYARD_BENCH_STREAM_CLIENTS ?? 1000);
/** The phones' jitter; the app's own (3 s) unless scaled down for a quicker run. */
const JITTER_MS = Number(process.env.LANYARD_BENCH_JITTER_MS ?? PUBLISH_JITTER_MS);
const ROUNDS = 2;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** Bytes of a response as sent: status line, headers and the (compressed) body. */
function wireBytes(res: IncomingMessage, body: Buffer): number {
  let head = `HTTP/1.1 ${res.statusCode} ${res.statusMessage}\r\n`.length + 2;
  for (let i = 0; i < res.rawHeaders.length; i += 2)
    head += res.rawHeaders[i]!.length + 2 + res.rawHeaders[i + 1]!.length + 2;
  return head + body.length;
}

function get(url: string, agent: Agent, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; text: string; bytes: number; etag: string }>((resolve, reject) => {
    request(url, { agent, headers: { 'accept-encoding': 'gzip', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        const text = (res.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body).toString();
        resolve({
          status: res.statusCode ?? 0,
          text,
          bytes: wireBytes(res, body),
          etag: String(res.headers.etag),
        });
      });
    })
      .on('error', reject)
      .end();
  });
}

/**
 * Applying one answer to one held list gives the same list for every phone holding that list,
 * so the patch and its digest check run once per (held list, answer) here: the phones' CPU is
 * their own, and 1,000 of them on this one thread would measure the bench, not the server.
 */
const patched = new Map<string, SessionList | null>();

interface Phone {
  held: SessionList;
  heldAt?: number;
  /** When the first event of the latest publish arrived. */
  toldAt?: number;
  bytes: number;
  fallbacks: number;
  streamBytes: number;
  pending: Set<number>;
}

/** One phone: its stream, and on a publish its jittered catch-up. */
function connect(base: string, phone: Phone, onCaughtUp: () => void) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const catchUp = async () => {
    const since = phone.held.scheduleVersion;
    const res = await get(`${base}${apiPaths.scheduleChanges(SLUG, since)}`, agent);
    phone.bytes += res.bytes;
    const key = `${since}\u0000${res.etag}`;
    if (!patched.has(key)) {
      const answer = scheduleChangesSchema.parse(JSON.parse(res.text));
      const sessions: Session[] | undefined =
        answer.patch && applySchedulePatch(phone.held.sessions, answer.patch);
      const fits = sessions && sessionListDigest(sessions) === answer.patch!.digest;
      patched.set(key, fits ? { scheduleVersion: answer.scheduleVersion, sessions } : null);
    }
    let next = patched.get(key);
    if (!next) {
      // What the app does when no patch fits: the whole list.
      phone.fallbacks++;
      const full = await get(`${base}${apiPaths.sessions(SLUG)}`, agent);
      phone.bytes += full.bytes;
      next = sessionListSchema.parse(JSON.parse(full.text));
    }
    phone.held = next;
    phone.heldAt = performance.now();
    onCaughtUp();
  };
  return new Promise<() => void>((resolve, reject) => {
    const req = request(
      `${base}${apiPaths.stream(SLUG)}`,
      { agent: false, headers: { accept: 'text/event-stream' } },
      (res) => {
        res.setEncoding('utf8');
        let buffer = '';
        res.on('data', (chunk: string) => {
          phone.streamBytes += Buffer.byteLength(chunk);
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const event = /^event: (.*)$/m.exec(frame)?.[1];
            const data = /^data: (.*)$/m.exec(frame)?.[1];
            if (event === 'ready') resolve(() => req.destroy());
            if (event !== 'change' || !data) continue;
            const version = (JSON.parse(data) as { scheduleVersion?: number }).scheduleVersion;
            // Both events of a publish share one wait and one catch-up.
            if (version === undefined || version <= phone.held.scheduleVersion || phone.pending.has(version))
              continue;
            phone.pending.add(version);
            phone.toldAt = performance.now();
            setTimeout(() => {
              phone.pending.delete(version);
              if (phone.held.scheduleVersion < version) void catchUp().catch(reject);
            }, Math.random() * JITTER_MS);
          }
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** /api/health every 20 ms from a thread of its own, so the phones' loop does not delay it. */
const PROBE = `
const { workerData, parentPort } = require('node:worker_threads');
const http = require('node:http');
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
let stop = false;
parentPort.on('message', () => { stop = true; });
const call = () => new Promise((resolve, reject) => {
  const started = performance.now();
  http.get({ host: '127.0.0.1', port: workerData.port, path: '/api/health', agent }, (res) => {
    res.resume();
    res.on('end', () => resolve(performance.now() - started));
  }).on('error', reject);
});
(async () => {
  const ms = [];
  while (!stop) {
    ms.push(await call());
    await new Promise((r) => setTimeout(r, 20));
  }
  parentPort.postMessage(ms);
})();
`;

function probeHealth(port: number) {
  const worker = new Worker(PROBE, { eval: true, workerData: { port } });
  const result = new Promise<number[]>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return async () => {
    worker.postMessage('stop');
    const ms = await result;
    await worker.terminate();
    return ms.sort((a, b) => a - b);
  };
}

/** A few drafted edits: a move, a cancellation and a new title, on sessions of their own per round. */
async function draftFewChanges(base: string, cookie: string, list: SessionList, round: number) {
  const [moved, cancelled, retitled] = list.sessions.slice(100 + round * 10);
  const edit = async (code: string, json: unknown) => {
    const res = await fetch(`${base}${apiPaths.session(SLUG, code)}`, {
      method: 'PATCH',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify(json),
    });
    if (!res.ok) throw new Error(`PATCH ${code}: ${res.status} ${await res.text()}`);
  };
  await edit(moved!.code, {
    roomId: list.sessions[0]!.roomId,
    startsAt: moved!.endsAt,
    endsAt: new Date(Date.parse(moved!.endsAt) + 30 * 60_000).toISOString().replace('.000', ''),
  });
  await edit(cancelled!.code, { status: 'cancelled' });
  await edit(retitled!.code, { title: `${retitled!.title} (updated in round ${round + 1})` });
}

export async function publishStormBench() {
  console.log(
    `\nA publish reaching ${CLIENTS} phones on live streams (decision 18), 1,000 sessions in 70 rooms,` +
      ` jitter ${JITTER_MS} ms${JITTER_MS === PUBLISH_JITTER_MS ? " (the app's)" : ' (scaled down)'}, load average ${load()}:`,
  );
  const server = await spawnBenchServer(['large']);
  const closers: (() => void)[] = [];
  try {
    const port = Number(new URL(server.base).port);
    const cookie = await loginCookie(server.base, 'organizer@demo.test');
    const one = new Agent({ keepAlive: true, maxSockets: 1 });
    const first = await get(`${server.base}${apiPaths.sessions(SLUG)}`, one);
    const start = sessionListSchema.parse(JSON.parse(first.text));
    const phones: Phone[] = Array.from({ length: CLIENTS }, () => ({
      held: start,
      bytes: 0,
      fallbacks: 0,
      streamBytes: 0,
      pending: new Set(),
    }));
    let waiting: { count: number; done: () => void } | undefined;
    const caughtUp = () => {
      if (waiting && --waiting.count === 0) waiting.done();
    };
    for (let i = 0; i < phones.length; i += 100) {
      closers.push(
        ...(await Promise.all(phones.slice(i, i + 100).map((p) => connect(server.base, p, caughtUp)))),
      );
    }
    report('phones connected to the stream', String(phones.length));

    for (let round = 0; round < ROUNDS; round++) {
      const before = phones[0]!.held;
      await draftFewChanges(server.base, cookie, before, round);
      for (const p of phones) {
        p.bytes = 0;
        p.fallbacks = 0;
        p.streamBytes = 0;
      }
      const stopIdle = probeHealth(port);
      await new Promise((r) => setTimeout(r, 1500));
      const idle = await stopIdle();
      const allCaughtUp = new Promise<void>((done) => (waiting = { count: phones.length, done }));
      const stopProbe = probeHealth(port);
      await new Promise((r) => setTimeout(r, 300));
      const benchCpu = process.cpuUsage();
      const cpuBefore = processCpuSeconds(server.pid);
      const t0 = performance.now();
      const published = await fetch(`${server.base}${apiPaths.schedulePublish(SLUG)}`, {
        method: 'POST',
        headers: { cookie },
      });
      if (!published.ok) throw new Error(`publish: ${published.status} ${await published.text()}`);
      const { scheduleVersion } = (await published.json()) as { scheduleVersion: number };
      const answered = performance.now() - t0;
      const timeout = setTimeout(() => waiting?.done(), 30_000);
      await allCaughtUp;
      clearTimeout(timeout);
      const health = await stopProbe();
      const cpu = (processCpuSeconds(server.pid) ?? NaN) - (cpuBefore ?? NaN);
      const phonesCpu = process.cpuUsage(benchCpu);
      const told = Math.max(...phones.map((p) => (p.toldAt ?? Infinity) - t0));

      const behind = phones.filter((p) => p.held.scheduleVersion < scheduleVersion).length;
      const times = phones.map((p) => (p.heldAt ?? Infinity) - t0).sort((a, b) => a - b);
      const full = await get(`${server.base}${apiPaths.sessions(SLUG)}`, one);
      const truth = sessionListSchema.parse(JSON.parse(full.text));
      const digest = sessionListDigest(truth.sessions);
      const wrong = phones.filter((p) => sessionListDigest(p.held.sessions) !== digest).length;
      const sent = phones.reduce((sum, p) => sum + p.bytes, 0);
      const refetches = full.bytes * phones.length;
      const fallbacks = phones.reduce((sum, p) => sum + p.fallbacks, 0);

      console.log(
        `  round ${round + 1}: version ${before.scheduleVersion} -> ${scheduleVersion}, 3 sessions changed`,
      );
      report('every phone holds the new version after', `${(times.at(-1)! / 1000).toFixed(2)} s`, {
        ok: times.at(-1)! <= 5000 && behind === 0,
        text: '<= 5 s',
      });
      report('  half of them after', `${(percentile(times, 50) / 1000).toFixed(2)} s`);
      report(
        '  publish answered / the last phone told after',
        `${(answered / 1000).toFixed(2)} / ${(told / 1000).toFixed(2)} s`,
      );
      report(
        '  CPU meanwhile: server / the simulated phones',
        `${cpu.toFixed(2)} / ${((phonesCpu.user + phonesCpu.system) / 1e6).toFixed(2)} s`,
      );
      report('  phones behind / holding another list / fell back', `${behind} / ${wrong} / ${fallbacks}`);
      report('bytes sent for the catch-up', kb(sent), {
        ok: sent < refetches * 0.1,
        text: '< 10% of refetches',
      });
      report(
        `  ${phones.length} full gzip refetches would be`,
        `${kb(refetches)} (${((100 * sent) / refetches).toFixed(1)}%)`,
      );
      report('  per phone: changes / full list', `${kb(sent / phones.length)} / ${kb(full.bytes)}`);
      report('  stream events of the publish, per phone', `${phones[0]!.streamBytes} B`);
      report(
        '/api/health p50 / p99 during the storm',
        `${percentile(health, 50).toFixed(1)} / ${percentile(health, 99).toFixed(1)} ms`,
      );
      report(
        '  idle just before / probes during',
        `${percentile(idle, 50).toFixed(1)} / ${percentile(idle, 99).toFixed(1)} ms, ${health.length}`,
      );
    }
  } finally {
    for (const close of closers) close();
    await server.close();
  }
  console.log(`  load average after: ${load()}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await publishStormBench();
  process.exit(0);
}
