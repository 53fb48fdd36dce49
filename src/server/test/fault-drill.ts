import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { apiPaths, streamTopics } from '@shared/contract';
import { terminateBackends } from './databases';

/**
 * Fault drills on a real server process (src/server/main.ts in a child process), shared by the
 * fault tests and `bench/faults.ts`: backends terminated under scan load, concurrent boots, a
 * huge chunked body. Traffic goes only to 127.0.0.1.
 */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SLUG = 'matrix-conf-2025';
/** During the reference event, so the demo's tickets can be admitted. */
export const DRILL_NOW = '2025-10-16T08:30:00Z';

export interface ServerProcess {
  base: string;
  pid: number;
  /** What the process printed so far (stdout and stderr). */
  log(): string;
  /** Whether the process is still running. */
  running(): boolean;
  stop(): Promise<void>;
}

/**
 * Starts `npm start`'s server in demo mode on `DATABASE_URL` (and any other `env`), listening
 * on a free loopback port, and resolves once it listens; rejects with its output if it exits
 * first or takes longer than `timeoutMs`.
 */
export function spawnServer(env: Record<string, string>, timeoutMs = 120_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LANYARD_DEMO: '1',
      LANYARD_NOW: DRILL_NOW,
      LANYARD_STATIC_ROOT: '/nonexistent',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  let running = true;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      running = false;
      resolve();
    }),
  );
  child.stderr.on('data', (d: Buffer) => (log += d.toString()));
  const lines = createInterface({ input: child.stdout });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The server did not listen within ${timeoutMs} ms:\n${log}`));
    }, timeoutMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The server exited (${code ?? signal}) before listening:\n${log}`));
    });
    lines.on('line', (line) => {
      log += `${line}\n`;
      const port = /http:\/\/127\.0\.0\.1:(\d+)/.exec(line)?.[1];
      if (!port) return;
      clearTimeout(timer);
      resolve({
        base: `http://127.0.0.1:${port}`,
        pid: child.pid!,
        log: () => log,
        running: () => running,
        async stop() {
          if (!running) return;
          child.kill('SIGTERM');
          const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
          await exited;
          clearTimeout(force);
        },
      });
    });
  });
}

async function login(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}${apiPaths.login()}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'lanyard-demo' }),
  });
  if (!res.ok) throw new Error(`login ${email}: ${res.status} ${await res.text()}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .join('; ');
}

async function getJson<T>(url: string, cookie: string): Promise<T> {
  const res = await fetch(url, { headers: { cookie } });
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return (await res.json()) as T;
}

/** A check-in list and the QR payloads of some valid demo tickets. */
async function deskSetup(base: string, ticketCount: number) {
  const organizer = await login(base, 'organizer@demo.test');
  const desk = await login(base, 'desk@demo.test');
  const { lists } = await getJson<{ lists: { id: string }[] }>(`${base}${apiPaths.checkInLists(SLUG)}`, desk);
  const { tickets } = await getJson<{ tickets: { secret?: string | null }[] }>(
    `${base}${apiPaths.tickets(SLUG)}?status=valid&limit=${ticketCount}`,
    organizer,
  );
  const codes: string[] = [];
  for (const t of tickets) {
    if (!t.secret) continue;
    codes.push((await getJson<{ qr: string }>(`${base}${apiPaths.holderTicket(SLUG, t.secret)}`, desk)).qr);
  }
  return { desk, listId: lists[0]!.id, codes };
}

/** Topics of the `change` events a conference stream sends, collected until `stop()`. */
function watchStream(base: string) {
  const topics = new Set<string>();
  const abort = new AbortController();
  const done = (async () => {
    const res = await fetch(`${base}${apiPaths.stream(SLUG)}`, { signal: abort.signal });
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done: ended } = await reader.read();
      if (ended) return;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (/^event: change$/m.test(block) && data) topics.add((JSON.parse(data) as { topic: string }).topic);
      }
    }
  })().catch(() => {});
  return {
    topics,
    clear: () => topics.clear(),
    async stop() {
      abort.abort();
      await done;
    },
  };
}

export interface KillDrillResult {
  /** Scans the server answered 2xx to, i.e. acknowledged as saved. */
  acknowledged: number;
  /** Of those, how many are in the database afterwards. */
  kept: number;
  /** 503 database_unavailable answers with Retry-After, as they should be. */
  unavailable: number;
  /** Any other answer or a failed request, by status ("network" for no answer). */
  otherFailures: Record<string, number>;
  /** Backends terminated, per round. */
  terminated: number[];
  /** After the faults: ready again and scans admitted again. */
  servedAgain: boolean;
  /** Whether an open event stream was told to refetch every topic after LISTEN came back. */
  streamsRefetched: boolean;
  /** The server process is still running. */
  alive: boolean;
}

/**
 * Desks scan as fast as they can while every backend of `dbName` is terminated at each of
 * `killAtMs`; then the server must be ready again, scan again, and have kept every scan it
 * acknowledged.
 */
export async function killBackendsDuringScans(
  server: ServerProcess,
  db: { name: string; url: string },
  { durationMs = 6_000, killAtMs = [1_500, 3_500], desks = 12 } = {},
): Promise<KillDrillResult> {
  const { base } = server;
  const { desk, listId, codes } = await deskSetup(base, 60);
  const stream = watchStream(base);
  const acknowledged: string[] = [];
  const otherFailures: Record<string, number> = {};
  let unavailable = 0;
  const scan = async (i: number): Promise<number> => {
    const clientNonce = randomUUID();
    let res: Response;
    try {
      res = await fetch(`${base}${apiPaths.scans(SLUG)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: desk },
        body: JSON.stringify({
          qr: codes[i % codes.length],
          listId,
          deskId: `desk-${i % desks}`,
          deskName: `Desk ${i % desks}`,
          clientNonce,
        }),
      });
    } catch {
      otherFailures.network = (otherFailures.network ?? 0) + 1;
      return 0;
    }
    const text = await res.text();
    if (res.ok) acknowledged.push(clientNonce);
    else if (
      res.status === 503 &&
      res.headers.get('retry-after') &&
      (JSON.parse(text) as { code?: string }).code === 'database_unavailable'
    ) {
      unavailable++;
    } else otherFailures[res.status] = (otherFailures[res.status] ?? 0) + 1;
    return res.status;
  };

  const started = Date.now();
  const terminated: number[] = [];
  const kills = killAtMs.map(
    (at) =>
      new Promise<void>((resolve) =>
        setTimeout(() => {
          if (terminated.length === 0) stream.clear();
          terminateBackends(db.name)
            .then((n) => terminated.push(n), resolve)
            .finally(resolve);
        }, at),
      ),
  );
  let next = 0;
  await Promise.all(
    Array.from({ length: desks }, async () => {
      while (Date.now() - started < durationMs) await scan(next++);
    }),
  );
  await Promise.all(kills);

  const servedAgain = await waitUntil(async () => {
    const ready = await fetch(`${base}${apiPaths.ready()}`).catch(() => undefined);
    if (ready?.status !== 200) return false;
    for (let i = 0; i < 5; i++) if ((await scan(next++)) >= 300) return false;
    return true;
  }, 20_000);
  const streamsRefetched = await waitUntil(
    async () => streamTopics.every((t) => stream.topics.has(t)),
    20_000,
  );
  await stream.stop();

  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  let kept: number;
  try {
    const { rows } = await client.query<{ n: number }>(
      'select count(*)::int as n from scans where client_nonce = any($1)',
      [acknowledged],
    );
    kept = rows[0]!.n;
  } finally {
    await client.end();
  }
  return {
    acknowledged: acknowledged.length,
    kept,
    unavailable,
    otherFailures,
    terminated,
    servedAgain,
    streamsRefetched,
    alive: server.running(),
  };
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

export interface BootDrillResult {
  /** Instances that came up and answered /api/ready. */
  up: number;
  /** Why the others did not. */
  failures: string[];
  /** Demo conferences with the flagship's slug, and demo logins, after all booted. */
  flagshipConferences: number;
  demoAccounts: number;
}

/** Starts `count` servers at once on one empty database; each must come up, the demo exist once. */
export async function bootTogether(url: string, count = 3): Promise<BootDrillResult> {
  const started = await Promise.allSettled(
    Array.from({ length: count }, () => spawnServer({ DATABASE_URL: url })),
  );
  const servers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failures = started.flatMap((s) => (s.status === 'rejected' ? [String(s.reason)] : []));
  try {
    let up = 0;
    for (const server of servers) {
      const ready = await fetch(`${server.base}${apiPaths.ready()}`);
      if (ready.status === 200) up++;
      else failures.push(`${server.base}: ready answered ${ready.status}`);
    }
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ conferences: number; accounts: number }>(
        `select (select count(*)::int from conferences where slug = $1) as conferences,
                (select count(*)::int from users where email like '%@demo.test') as accounts`,
        [SLUG],
      );
      return { up, failures, flagshipConferences: rows[0]!.conferences, demoAccounts: rows[0]!.accounts };
    } finally {
      await client.end();
    }
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}

/** Resident memory of a process, from /proc (Linux). */
function residentBytes(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) * 1024;
}

export interface BodyDrillResult {
  status: number;
  /** Bytes the sender got out before the server answered and closed. */
  sentBytes: number;
  /** Highest resident memory of the server during the request, minus before it. */
  growthBytes: number;
}

/**
 * Sends a JSON body of `totalBytes` with no Content-Length (chunked) to the login endpoint,
 * which anyone may call, sampling the server's resident memory meanwhile.
 */
export async function sendHugeChunkedBody(
  server: ServerProcess,
  totalBytes: number,
): Promise<BodyDrillResult> {
  const before = residentBytes(server.pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, residentBytes(server.pid))), 10);
  let sentBytes = 0;
  try {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${server.base}${apiPaths.login()}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      });
      let answered = false;
      req.on('response', (res) => {
        answered = true;
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      // The server closes the connection once it has answered; writing on is then refused.
      req.on('error', (err) => (answered ? undefined : reject(err)));
      const chunk = Buffer.alloc(65_536, ' ');
      const write = () => {
        while (!answered && sentBytes < totalBytes) {
          sentBytes += chunk.byteLength;
          if (!req.write(chunk)) return void req.once('drain', write);
        }
        if (!answered) req.end();
      };
      req.write('{"email": "');
      write();
    });
    peak = Math.max(peak, residentBytes(server.pid));
    return { status, sentBytes, growthBytes: peak - before };
  } finally {
    clearInterval(sampler);
  }
}
