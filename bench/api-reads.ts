import { gzipSync } from 'node:zlib';
import { kb, load, report } from './measure';
import { send, spawnBenchServer } from './child-server';

/**
 * Read-path figures on SQLite over real HTTP on loopback. The server (with the 1,000-session
 * edition) runs in its own process, so the clients' CPU is not counted against it.
 */
export async function apiReads() {
  const server = await spawnBenchServer(['large']);
  const { base } = server;
  console.log(
    `\nAPI reads on SQLite (server in its own process, pid ${server.pid}; HTTP keep-alive on loopback,` +
      ' 20 concurrent clients):',
  );
  const large = await send(`${base}/api/conferences/bench-large/sessions`, {
    headers: { 'accept-encoding': 'identity' },
  });
  const body = large.text;
  const etag = String(large.headers.etag);
  report('1,000-session schedule JSON', kb(body.length));
  const gz = gzipSync(body).length;
  report('1,000-session schedule JSON, gzip', kb(gz), { ok: gz <= 100 * 1024, text: '<= 100 KB' });
  const revalidated = await send(`${base}/api/conferences/bench-large/sessions`, {
    headers: { 'if-none-match': etag },
  });
  report('unchanged schedule revalidates', String(revalidated.status), {
    ok: revalidated.status === 304,
    text: '304',
  });

  for (const [name, path, total] of [
    ['GET sessions (62, reference event)', '/api/conferences/matrix-conf-2025/sessions', 3000],
    ['GET sessions (1,000 sessions)', '/api/conferences/bench-large/sessions', 400],
    ['GET conference', '/api/conferences/matrix-conf-2025', 3000],
  ] as const) {
    const r = await load(total, 20, async () => {
      const res = await send(`${base}${path}`, { headers: { 'accept-encoding': 'gzip' } });
      if (res.status !== 200) throw new Error(String(res.status));
    });
    report(`${name} throughput`, `${r.perSecond.toFixed(0)} req/s`);
    report(`${name} p50 / p99`, `${r.p50.toFixed(1)} / ${r.p99.toFixed(1)} ms`);
    if (r.errors) report(`${name} errors`, String(r.errors));
  }
  await server.close();
}
