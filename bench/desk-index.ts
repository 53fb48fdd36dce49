import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { apiPaths, deskTicketIndexSchema } from '@shared/contract';
import type { TicketsTable } from '@server/db/schema';
import { prepareTicketSearch } from '../src/client/features/check-in/lib/offline-ticket-search';
import { kb, percentile, report } from './measure';
import { BENCH_NOW, loginCookie, startBenchServer } from './server';

const SLUG = 'matrix-conf-2025';
const TARGET = 10_000;

const FIRST = ['Anna', 'Bruno', 'Chloé', 'Dmitri', 'Eleni', 'Farid', 'Greta', 'Hiroshi', 'Inès', 'Jonas'];
const LAST = ['Müller', 'Dubois', 'Rossi', 'Kowalski', 'García', 'Nakamura', 'Okafor', 'Svensson', 'Novák'];

/** The answer's size on the wire with and without gzip, read before any decoding. */
function wireSize(url: string, cookie: string, encoding: string): Promise<{ bytes: number; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(url, { headers: { cookie, 'accept-encoding': encoding } }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.on('end', () => resolve({ bytes, ms: performance.now() - started }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * The offline ticket index a desk downloads: its size for the ~300 demo tickets and for
 * 10,000 (filled up with made-up holders), the server's time to answer, and the desk's time
 * to prepare it and search it per keystroke.
 */
export async function deskIndexBench() {
  const { base, handle, close } = await startBenchServer();
  try {
    const desk = await loginCookie(base, 'desk@demo.test');
    const url = `${base}${apiPaths.checkInTicketIndex(SLUG)}`;
    console.log(
      '\nDesk offline ticket index (GET .../check-in/ticket-index, SQLite, server in the bench process):',
    );
    const demo = await wireSize(url, desk, 'identity');
    const demoGz = await wireSize(url, desk, 'gzip');
    report('demo tickets: JSON / gzip', `${kb(demo.bytes)} / ${kb(demoGz.bytes)}`);

    const conference = await handle.db
      .selectFrom('conferences')
      .select('id')
      .where('slug', '=', SLUG)
      .executeTakeFirstOrThrow();
    const types = await handle.db
      .selectFrom('ticket_types')
      .select('id')
      .where('conference_id', '=', conference.id)
      .execute();
    const { n } = await handle.db
      .selectFrom('tickets')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('conference_id', '=', conference.id)
      .executeTakeFirstOrThrow();
    const rows: TicketsTable[] = [];
    for (let i = Number(n); i < TARGET; i++) {
      const first = FIRST[i % FIRST.length]!;
      const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
      rows.push({
        id: randomBytes(9).toString('base64url'),
        conference_id: conference.id,
        type_id: types[i % types.length]!.id,
        holder_name: `${first} ${last} ${i}`,
        email: `${first.toLowerCase()}.${i}@example.org`,
        company: null,
        country: null,
        order_code: randomBytes(5).toString('hex').toUpperCase(),
        status: i % 97 === 0 ? 'cancelled' : 'valid',
        note: null,
        secret: randomBytes(16).toString('base64url'),
        changed_at: BENCH_NOW,
        created_at: BENCH_NOW,
      });
    }
    for (let i = 0; i < rows.length; i += 500) {
      await handle.db
        .insertInto('tickets')
        .values(rows.slice(i, i + 500))
        .execute();
    }

    const big = await wireSize(url, desk, 'identity');
    const times: number[] = [];
    let gz = 0;
    for (let i = 0; i < 20; i++) {
      const r = await wireSize(url, desk, 'gzip');
      gz = r.bytes;
      times.push(r.ms);
    }
    times.sort((a, b) => a - b);
    report(`${TARGET.toLocaleString('en')} tickets: JSON / gzip`, `${kb(big.bytes)} / ${kb(gz)}`, {
      ok: gz <= 512 * 1024,
      text: 'gzip <= 512 KB',
    });
    report(
      `${TARGET.toLocaleString('en')} tickets: answer p50 / p95`,
      `${percentile(times, 50).toFixed(1)} / ${percentile(times, 95).toFixed(1)} ms`,
    );

    const index = deskTicketIndexSchema.parse(await (await fetch(url, { headers: { cookie: desk } })).json());
    let started = performance.now();
    const search = prepareTicketSearch(index);
    report('desk: prepare 10,000 for search', `${(performance.now() - started).toFixed(1)} ms`);
    const queries = ['ann', 'müller', 'dubois 12', 'eleni.4', 'zzz', 'kow', 'a1b', 'greta s'];
    const searchTimes: number[] = [];
    for (let round = 0; round < 10; round++) {
      for (const q of queries) {
        started = performance.now();
        search.search(q, 8);
        searchTimes.push(performance.now() - started);
      }
    }
    searchTimes.sort((a, b) => a - b);
    report(
      'desk: search 10,000 per keystroke p50 / p95',
      `${percentile(searchTimes, 50).toFixed(1)} / ${percentile(searchTimes, 95).toFixed(1)} ms`,
      { ok: percentile(searchTimes, 95) < 16, text: 'p95 < 16 ms (one frame)' },
    );
  } finally {
    await close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await deskIndexBench();
