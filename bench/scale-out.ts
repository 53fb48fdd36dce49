import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { apiPaths, holderTicketSchema, scanResultSchema, ticketListSchema } from '@shared/contract';
import { fixedClock } from '@shared/time';
import { openDatabase } from '@server/db/connect';
import { migrateToLatest } from '@server/db/migrate';
import { seedDemo } from '@server/seed/demo';
import { seedEditions } from '@server/seed/demo-editions';
import { createEmptyPostgresDatabase, postgresReachable, TEST_PG_URL } from '@server/test/databases';
import { DRILL_NOW, spawnServer, type ServerProcess } from '@server/test/fault-drill';
import { processCpuSeconds, send } from './child-server';
import { httpLoad, type LoadResult } from './http-load';
import { largeEdition } from './large-conference';
import { report } from './measure';
import { nginxBinary, startNginx, type NginxProxy } from './nginx-proxy';
import { loginCookie } from './server';

/**
 * The scale-out story of decision 16, measured: two Lanyard processes (src/server/main.ts) on
 * one fresh Postgres database behind nginx's round robin, against one process behind the same
 * nginx, same run. Then exactness under load: an organizer publishes through one process while
 * 50 clients read through the proxy, and each process is polled directly to see how long it
 * served the old schedule; the same tickets are scanned at once on both processes.
 */
const LARGE_SLUG = 'bench-large';
const LARGE = `/api/conferences/${LARGE_SLUG}`;
const DEMO_SLUG = 'matrix-conf-2025';
const CLIENTS = 50;
const SECONDS = Number(process.env.LANYARD_BENCH_SECONDS ?? 5);
/** Tickets scanned at the same moment on both processes. */
const RACED_TICKETS = 30;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const rate = (r: LoadResult) => `${r.perSecond.toFixed(0)} req/s`;

function checked(r: LoadResult, expect: number): LoadResult {
  const other = Object.keys(r.statuses).filter((s) => Number(s) !== expect);
  if (r.errors || other.length > 0) {
    throw new Error(`expected only ${expect}: ${JSON.stringify(r.statuses)}, ${r.errors} errors`);
  }
  return r;
}

/** CPU seconds used by the given processes while `work` runs. */
async function cpuDuring<T>(pids: number[], work: () => Promise<T>): Promise<{ value: T; cpu: number[] }> {
  const before = pids.map((p) => processCpuSeconds(p) ?? NaN);
  const value = await work();
  return { value, cpu: pids.map((p, i) => (processCpuSeconds(p) ?? NaN) - before[i]!) };
}

interface Sample {
  sentAt: number;
  receivedAt: number;
  etag: string;
}

/** GETs `path` from one process back to back until `stop()`, keeping each answer's tag. */
function poll(base: string, path: string) {
  const samples: Sample[] = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const sentAt = performance.now();
      const res = await send(`${base}${path}`, { headers: { 'accept-encoding': 'gzip' } });
      if (res.status !== 200) throw new Error(`${base}${path}: ${res.status}`);
      samples.push({ sentAt, receivedAt: performance.now(), etag: String(res.headers.etag) });
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
  return {
    samples,
    async stop() {
      running = false;
      await done;
    },
  };
}

/**
 * How long after `publishedAt` (the publish's answer arrived) a process still answered
 * something other than `current`: the receipt time of its last such answer to a request sent
 * after the publish, 0 when there was none. `regressions` counts the old tag coming back
 * after the new one was seen.
 */
function staleness(samples: Sample[], publishedAt: number, current: string) {
  let worst = 0;
  let stale = 0;
  let seenNew = false;
  let regressions = 0;
  let after = 0;
  for (const s of samples) {
    if (s.etag === current) seenNew = true;
    if (s.sentAt < publishedAt) continue;
    after += 1;
    if (s.etag !== current) {
      stale += 1;
      worst = Math.max(worst, s.receivedAt - publishedAt);
      if (seenNew) regressions += 1;
    }
  }
  return { worstMs: worst, stale, after, regressions };
}

async function desk(base: string) {
  const organizer = await loginCookie(base, 'organizer@demo.test');
  const deskCookie = await loginCookie(base, 'desk@demo.test');
  const { lists } = (await send(`${base}${apiPaths.checkInLists(DEMO_SLUG)}`, {
    headers: { cookie: deskCookie },
  }).then((r) => JSON.parse(r.text))) as { lists: { id: string }[] };
  const { tickets } = ticketListSchema.parse(
    JSON.parse(
      (
        await send(`${base}${apiPaths.tickets(DEMO_SLUG)}?status=valid&limit=200`, {
          headers: { cookie: organizer },
        })
      ).text,
    ),
  );
  const codes: string[] = [];
  for (const t of tickets) {
    if (codes.length >= RACED_TICKETS) break;
    if (!t.secret) continue;
    const res = await send(`${base}${apiPaths.holderTicket(DEMO_SLUG, t.secret)}`, {
      headers: { cookie: deskCookie },
    });
    codes.push(holderTicketSchema.parse(JSON.parse(res.text)).qr);
  }
  return { organizer, deskCookie, listId: lists[0]!.id, codes };
}

async function scan(base: string, cookie: string, listId: string, qr: string, deskId: string) {
  const res = await send(`${base}${apiPaths.scans(DEMO_SLUG)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ qr, listId, deskId, deskName: deskId, clientNonce: randomUUID() }),
  });
  if (res.status !== 200 && res.status !== 201) throw new Error(`scan on ${base}: ${res.status} ${res.text}`);
  return scanResultSchema.parse(JSON.parse(res.text)).verdict;
}

/**
 * Each ticket scanned at the same moment by a desk on A and a desk on B. Exactly once: one
 * admits, the other says already checked in at the first desk. Tickets the demo had already
 * let in (both say already checked in, at a desk of the seed) are left out of the count.
 */
async function raceScans(a: string, b: string, setup: Awaited<ReturnType<typeof desk>>) {
  let exactlyOnce = 0;
  let seeded = 0;
  const wrong: string[] = [];
  await Promise.all(
    setup.codes.map(async (qr, i) => {
      const [va, vb] = await Promise.all([
        scan(a, setup.deskCookie, setup.listId, qr, 'scale-out-a'),
        scan(b, setup.deskCookie, setup.listId, qr, 'scale-out-b'),
      ]);
      const admits = [va, vb].filter((v) => v.code === 'ok' || v.code === 'needs_attention').length;
      const ours = (v: typeof va) => v.previous?.deskId.startsWith('scale-out-') ?? false;
      if (admits === 0 && !ours(va) && !ours(vb)) seeded += 1;
      else if (admits === 1 && [va, vb].some((v) => v.code === 'already_checked_in' && ours(v))) {
        exactlyOnce += 1;
      } else wrong.push(`ticket ${i}: ${va.code} / ${vb.code}`);
    }),
  );
  return { exactlyOnce, seeded, wrong };
}

async function measure(servers: ServerProcess[], proxy: NginxProxy) {
  const [a, b] = servers as [ServerProcess, ServerProcess];
  const path = `${LARGE}/sessions`;
  const gzip = { 'accept-encoding': 'gzip' };
  const first = await send(`${a.base}${path}`, { headers: gzip });
  const etag = String(first.headers.etag);
  const run = (port: number, headers: Record<string, string>) =>
    httpLoad({ port, path, headers, connections: CLIENTS, durationMs: SECONDS * 1000 });

  // Warm both processes' caches and nginx's upstream connections.
  await run(proxy.ports.two!, gzip);
  await run(proxy.ports.one!, gzip);
  // One and two processes alternate, twice, so a change in the machine's load hits both.
  const pids = [a.pid, b.pid, ...proxy.pids(), process.pid];
  const conditional = { ...gzip, 'if-none-match': etag };
  for (const [label, headers, status] of [
    ['session list, gzip', gzip, 200],
    ['the same, 304', conditional, 304],
  ] as const) {
    const one: LoadResult[] = [];
    const two: LoadResult[] = [];
    // Lanyard CPU (A, or A + B) per answer: on a shared machine the rate follows the share of
    // the cores the processes get; the CPU each answer costs says whether two cost more than one.
    const serverUs: { one: number[]; two: number[] } = { one: [], two: [] };
    let cpu: number[] = [];
    for (let round = 0; round < 2; round++) {
      const single = await cpuDuring(pids, () => run(proxy.ports.one!, headers));
      one.push(checked(single.value, status));
      serverUs.one.push((single.cpu[0]! / single.value.requests) * 1e6);
      const pair = await cpuDuring(pids, () => run(proxy.ports.two!, headers));
      two.push(checked(pair.value, status));
      serverUs.two.push(((pair.cpu[0]! + pair.cpu[1]!) / pair.value.requests) * 1e6);
      cpu = pair.cpu;
    }
    const span = (rs: LoadResult[]) => rs.map((r) => r.perSecond.toFixed(0)).join(', ');
    const ratios = two.map((r, i) => r.perSecond / one[i]!.perSecond);
    report(`${label}: 1 process behind nginx`, `${span(one)} req/s`);
    report('  2 processes behind the same nginx', `${span(two)} req/s`);
    report('  ratio 2 / 1, each round', ratios.map((r) => `${r.toFixed(2)}x`).join(', '), {
      ok: ratios.reduce((x, y) => x + y, 0) / ratios.length >= 0.9,
      text: 'mean >= 0.9x (held)',
    });
    report(
      '  Lanyard CPU per answer, 1 / 2 processes',
      serverUs.one.map((us, i) => `${us.toFixed(0)}/${serverUs.two[i]!.toFixed(0)}`).join(', ') + ' us',
    );
    report(
      '  p99, 1 / 2 processes',
      `${Math.max(...one.map((r) => r.p99)).toFixed(1)} / ${Math.max(...two.map((r) => r.p99)).toFixed(1)} ms`,
    );
    const nginxCpu = cpu.slice(2, -1).reduce((x, y) => x + y, 0);
    report(
      '  CPU s in the last 2-process round: A / B / nginx / load',
      [cpu[0]!, cpu[1]!, nginxCpu, cpu.at(-1)!].map((x) => x.toFixed(1)).join(' / '),
    );
  }

  // Exactness under load: publish through A while 50 clients read through the proxy.
  const setup = await desk(a.base);
  const pollers = [poll(a.base, path), poll(b.base, path)];
  let publishedAt = 0;
  let publishSentAt = 0;
  let races: Awaited<ReturnType<typeof raceScans>> | undefined;
  const [readers] = await Promise.all([
    httpLoad({ port: proxy.ports.two!, path, headers: gzip, connections: CLIENTS, durationMs: 4000 }),
    (async () => {
      await new Promise((r) => setTimeout(r, 1000));
      const code = 'L00000';
      const edit = await send(`${a.base}${LARGE}/sessions/${code}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', cookie: setup.organizer },
        body: JSON.stringify({ title: `Moved at ${new Date().toISOString()}` }),
      });
      if (edit.status !== 200) throw new Error(`edit: ${edit.status} ${edit.text}`);
      publishSentAt = performance.now();
      const published = await send(`${a.base}${apiPaths.schedulePublish(LARGE_SLUG)}`, {
        method: 'POST',
        headers: { cookie: setup.organizer },
      });
      if (published.status !== 200) throw new Error(`publish: ${published.status} ${published.text}`);
      publishedAt = performance.now();
      await new Promise((r) => setTimeout(r, 500));
      races = await raceScans(a.base, b.base, setup);
    })(),
  ]);
  await new Promise((r) => setTimeout(r, 200));
  await Promise.all(pollers.map((p) => p.stop()));
  checked(readers, 200);
  const current = String((await send(`${a.base}${path}`, { headers: gzip })).headers.etag);
  const stale = pollers.map((p) => staleness(p.samples, publishedAt, current));
  const firstNew = pollers.map((p) => p.samples.find((x) => x.etag === current)!.receivedAt - publishSentAt);
  // Afterwards: every answer through the proxy, from either process, is the new one.
  const tags = new Set<string>();
  for (let i = 0; i < 40; i++)
    tags.add(
      String((await send(`http://127.0.0.1:${proxy.ports.two!}${path}`, { headers: gzip })).headers.etag),
    );
  const revalidated = await Promise.all(
    [a, b].map(async (s) => ({
      old: (await send(`${s.base}${path}`, { headers: { ...gzip, 'if-none-match': etag } })).status,
      now: (await send(`${s.base}${path}`, { headers: { ...gzip, 'if-none-match': current } })).status,
    })),
  );

  const worst = Math.max(...stale.map((s) => s.worstMs));
  report(`publish during ${CLIENTS} clients reading: readers`, rate(readers));
  report(
    '  worst staleness after the publish, A / B',
    stale.map((s) => `${s.worstMs.toFixed(0)}`).join(' / ') + ' ms',
    { ok: worst <= 1000 && current !== etag, text: '<= 1 s' },
  );
  report(
    '  first new tag, A / B, after the publish was sent',
    `${firstNew.map((ms) => ms.toFixed(0)).join(' / ')} ms (publish answered in ${(publishedAt - publishSentAt).toFixed(0)} ms)`,
  );
  report(
    '  polls after the publish: stale / all, A; B',
    stale.map((s) => `${s.stale}/${s.after}`).join('; '),
  );
  report('  old tag seen again after the new one', String(stale[0]!.regressions + stale[1]!.regressions), {
    ok: stale.every((s) => s.regressions === 0),
    text: '0',
  });
  const tagsOk = tags.size === 1 && tags.has(current);
  report('  then 40 reads through nginx: tags seen', `${tags.size} (${tagsOk ? 'the new one' : 'WRONG'})`, {
    ok: tagsOk,
    text: 'only the new',
  });
  const revalidOk = revalidated.every((r) => r.old === 200 && r.now === 304);
  report('  old tag -> / new tag -> on A; B', revalidated.map((r) => `${r.old} / ${r.now}`).join('; '), {
    ok: revalidOk,
    text: '200 / 304',
  });
  if (races) {
    report(
      `  same ticket scanned at once on A and B`,
      `${races.exactlyOnce} of ${setup.codes.length - races.seeded} once`,
      { ok: races.wrong.length === 0 && races.exactlyOnce > 0, text: 'every one exactly once' },
    );
    if (races.seeded) console.log(`    (${races.seeded} tickets were already checked in by the demo seed)`);
    for (const w of races.wrong) console.log(`    NOT exactly once: ${w}`);
  }
}

export async function scaleOutBench() {
  console.log(`\nScale-out: 2 processes on one Postgres behind nginx (decision 16), load average ${load()}:`);
  const nginx = nginxBinary();
  if (!nginx) {
    console.log(
      '  nginx is not installed (Debian: apt-get install nginx-light): the scale-out lines are skipped.',
    );
    return;
  }
  if (!(await postgresReachable())) {
    console.log(`  Postgres at ${TEST_PG_URL} is not reachable: the scale-out lines are skipped.`);
    return;
  }
  const database = await createEmptyPostgresDatabase('lanyard_scale');
  const servers: ServerProcess[] = [];
  let proxy: NginxProxy | undefined;
  try {
    // Seeded once, before either process boots: the demo and a 1,000-session edition.
    const handle = await openDatabase(database.url);
    try {
      await migrateToLatest(handle.db);
      await seedDemo(handle.db, fixedClock(DRILL_NOW));
      await seedEditions(handle.db, [largeEdition()], DRILL_NOW);
    } finally {
      await handle.close();
    }
    for (let i = 0; i < 2; i++) servers.push(await spawnServer({ DATABASE_URL: database.url }));
    const [a, b] = servers as [ServerProcess, ServerProcess];
    const upstream = (s: ServerProcess) => new URL(s.base).host;
    proxy = await startNginx(nginx, { one: [upstream(a)], two: [upstream(a), upstream(b)] });
    console.log(
      `  processes ${a.pid}, ${b.pid} on database ${database.name}; nginx (2 workers, keep-alive upstreams);` +
        ` ${CLIENTS} keep-alive clients, ${SECONDS} s per line, raw-socket load generator`,
    );
    await measure(servers, proxy);
  } finally {
    await proxy?.close();
    await Promise.all(servers.map((s) => s.stop()));
    await database.drop();
  }
  console.log(`  load average after: ${load()}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await scaleOutBench();
  process.exit(0);
}
