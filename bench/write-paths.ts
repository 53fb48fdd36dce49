import { randomUUID } from 'node:crypto';
import { apiPaths, checkInListListSchema, holderTicketSchema, ticketListSchema } from '@shared/contract';
import { processCpuSeconds, send, spawnBenchServer } from './child-server';
import { load, report } from './measure';
import { BENCH_VOLUNTEER_PASSWORD, loginCookie } from './server';

const SLUG = 'matrix-conf-2025';

async function getJson<T>(url: string, cookie: string, parse: (v: unknown) => T): Promise<T> {
  const res = await send(url, { headers: { cookie } });
  if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
  return parse(JSON.parse(res.text));
}

/**
 * Check-in desks: 20 desks scanning signed QR codes at once. Each of the 300 demo tickets is
 * admitted once; the rest of the scans are repeats answered "already checked in", which are
 * recorded too. Budget from the design notes: 2,000 scans/s with p99 under 20 ms on SQLite.
 *
 * The server runs in its own process (bench/serve-bench.ts) and the desks here talk to it
 * over keep-alive connections, so the load generator's CPU is not charged to the server.
 * `LANYARD_BENCH_CPU_PROF=dir` writes a CPU profile of the server into dir.
 */
export async function scanThroughput() {
  const prof = process.env.LANYARD_BENCH_CPU_PROF;
  const server = await spawnBenchServer([], prof ? ['--cpu-prof', `--cpu-prof-dir=${prof}`] : []);
  const { base } = server;
  try {
    const organizer = await loginCookie(base, 'organizer@demo.test');
    const desk = await loginCookie(base, 'desk@demo.test');
    const { lists } = await getJson(`${base}${apiPaths.checkInLists(SLUG)}`, desk, (v) =>
      checkInListListSchema.parse(v),
    );
    const listId = lists[0]!.id;
    const { tickets } = await getJson(
      `${base}${apiPaths.tickets(SLUG)}?status=valid&limit=500`,
      organizer,
      (v) => ticketListSchema.parse(v),
    );
    const codes: string[] = [];
    for (const t of tickets) {
      if (!t.secret) continue;
      const holder = await getJson(`${base}/api/conferences/${SLUG}/tickets/${t.secret}`, desk, (v) =>
        holderTicketSchema.parse(v),
      );
      codes.push(holder.qr);
    }
    const verdicts = new Map<string, number>();
    const scan = async (i: number, list = listId) => {
      const res = await send(`${base}${apiPaths.scans(SLUG)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: desk },
        body: JSON.stringify({
          qr: codes[i % codes.length],
          listId: list,
          deskId: `desk-${i % 20}`,
          deskName: `Desk ${i % 20}`,
          clientNonce: randomUUID(),
        }),
      });
      if (res.status !== 200 && res.status !== 201) throw new Error(String(res.status));
      const body = JSON.parse(res.text) as { verdict?: { code: string } };
      const code = body.verdict?.code ?? 'unknown';
      verdicts.set(code, (verdicts.get(code) ?? 0) + 1);
    };
    // Warm-up (JIT, connections), not counted, on a list of its own so the measured run still
    // admits every ticket once.
    const first = lists[0]!;
    const warm = await send(`${base}${apiPaths.checkInLists(SLUG)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: organizer },
      body: JSON.stringify({ ...first, id: undefined, name: 'Bench warm-up' }),
    });
    if (warm.status !== 201) throw new Error(`warm-up list: ${warm.status} ${warm.text}`);
    await load(400, 20, (i) => scan(i, (JSON.parse(warm.text) as { id: string }).id));
    verdicts.clear();
    const total = 6000;
    const serverCpuBefore = processCpuSeconds(server.pid);
    const clientCpuBefore = process.cpuUsage();
    const r = await load(total, 20, scan);
    const clientCpu = process.cpuUsage(clientCpuBefore);
    const serverCpu = (processCpuSeconds(server.pid) ?? NaN) - (serverCpuBefore ?? NaN);
    console.log(
      `\nCheck-in on SQLite (server in its own process, pid ${server.pid}; HTTP keep-alive on loopback,` +
        ` 20 desks, ${codes.length} tickets, ${total} scans after 400 warm-up):`,
    );
    report('scans', `${r.perSecond.toFixed(0)} /s`, { ok: r.perSecond >= 2000, text: '>= 2,000/s' });
    report('scan p50 / p99', `${r.p50.toFixed(1)} / ${r.p99.toFixed(1)} ms`, {
      ok: r.p99 < 20,
      text: 'p99 < 20 ms',
    });
    report('verdicts', [...verdicts].map(([k, n]) => `${k} ${n}`).join(', '));
    if (r.errors) report('errors', String(r.errors));
    // One core each at most: a server near 1.0 is the limit; a load generator near it means the
    // figure is the client's, not the server's.
    const seconds = total / r.perSecond;
    const cores = (cpu: number) => `${(cpu / seconds).toFixed(2)} cores`;
    report(
      'CPU: server process / load generator',
      `${cores(serverCpu)} / ${cores((clientCpu.user + clientCpu.system) / 1e6)}`,
    );
  } finally {
    await server.close();
  }
}

/**
 * Volunteers: 50 people at once each claiming and releasing shifts of an open role (every
 * request is a write transaction that checks all sign-up rules and the capacity). The server
 * runs in its own process, like the scan bench, so the figures are the server's.
 */
export async function signupThroughput() {
  const server = await spawnBenchServer(['volunteers=50']);
  const { base } = server;
  try {
    const cookies: string[] = [];
    for (let i = 0; i < 50; i++) {
      cookies.push(await loginCookie(base, `bench-${i}@example.org`, BENCH_VOLUNTEER_PASSWORD));
    }
    // Ten one-hour shifts on Friday with room for everyone, so capacity does not end the run early.
    const organizer = await loginCookie(base, 'organizer@demo.test');
    const shifts: { id: string }[] = [];
    for (let h = 0; h < 10; h++) {
      const res = await send(`${base}${apiPaths.shifts(SLUG)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: organizer },
        body: JSON.stringify({
          role: 'merch-desk',
          place: 'Bench desk',
          capacity: 100,
          startsAt: `2025-10-17T${String(6 + h).padStart(2, '0')}:00:00Z`,
          endsAt: `2025-10-17T${String(7 + h).padStart(2, '0')}:00:00Z`,
        }),
      });
      if (res.status !== 201) throw new Error(`create shift: ${res.status} ${res.text}`);
      shifts.push(JSON.parse(res.text) as { id: string });
    }
    for (const cookie of cookies) {
      await send(`${base}${apiPaths.volunteerRoleJoin(SLUG, 'merch-desk')}`, {
        method: 'POST',
        headers: { cookie },
      });
    }
    const outcomes = new Map<string, number>();
    const total = 2000;
    const cpuBefore = processCpuSeconds(server.pid);
    const r = await load(total, 50, async (i) => {
      const volunteer = i % 50;
      const round = Math.floor(i / 50);
      const shift = shifts[Math.floor(round / 2) % shifts.length]!;
      const res = await send(`${base}${apiPaths.shiftSignup(SLUG, shift.id)}`, {
        method: round % 2 === 0 ? 'POST' : 'DELETE',
        headers: { cookie: cookies[volunteer]! },
      });
      const key = `${round % 2 === 0 ? 'sign-up' : 'sign-off'} ${res.status}`;
      outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
      if (res.status >= 500) throw new Error(String(res.status));
    });
    const cpuAfter = processCpuSeconds(server.pid);
    console.log(
      `\nShift sign-up on SQLite (server in its own process, pid ${server.pid}; HTTP keep-alive on` +
        ` loopback, 50 volunteers, ${shifts.length} shifts, ${total} requests):`,
    );
    report('sign-ups and sign-offs', `${r.perSecond.toFixed(0)} /s`);
    report('p50 / p99', `${r.p50.toFixed(1)} / ${r.p99.toFixed(1)} ms`);
    report('answers', [...outcomes].map(([k, n]) => `${k}: ${n}`).join(', '));
    if (cpuBefore !== undefined && cpuAfter !== undefined) {
      report('CPU: server process', `${((cpuAfter - cpuBefore) / (total / r.perSecond)).toFixed(2)} cores`);
    }
  } finally {
    await server.close();
  }
}
