import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseSchedule, planImport, type ImportedSchedule } from '@shared/interop';
import { openDatabase } from '@server/db/connect';
import { migrateToLatest } from '@server/db/migrate';
import { writeJson } from '@server/db/json-column';
import type { ConferenceRow } from '@server/db/schema';
import { insertConference } from '@server/features/conferences/repository';
import { applyPlan, loadCurrentSchedule } from '@server/features/schedule-import/repository';
import { report } from './measure';

const FILE = resolve(process.cwd(), '../shared/interop/example-38c3.schedule.xml');
const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;
const ms = (t: number) => `${t.toFixed(0)} ms`;

function timed<T>(run: () => T): [T, number] {
  const started = performance.now();
  return [run(), performance.now() - started];
}

async function timedAsync<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  return [await run(), performance.now() - started];
}

/** Parse + diff + apply of the 38C3 schedule.xml (2.2 MB, 1,007 events) into an empty SQLite conference. */
export async function importBench() {
  console.log('\nSchedule import of the 38C3 schedule.xml on SQLite:');
  if (!existsSync(FILE)) {
    console.log(`  skipped: ${FILE} is absent`);
    return;
  }
  const xml = readFileSync(FILE, 'utf8');
  const handle = await openDatabase(':memory:');
  await migrateToLatest(handle.db);
  const conference: ConferenceRow = {
    id: randomUUID(),
    slug: 'c38c3',
    name: '38C3',
    time_zone: 'Europe/Berlin',
    start_date: '2024-12-27',
    end_date: '2024-12-30',
    venue_name: 'CCH',
    venue_address: '',
    venue_directions: writeJson<string[]>([]),
    schedule_version: 1,
    created_at: new Date().toISOString(),
  };
  await handle.db.transaction().execute((trx) =>
    insertConference(trx, {
      id: conference.id,
      slug: conference.slug,
      name: conference.name,
      timeZone: conference.time_zone,
      startDate: conference.start_date,
      endDate: conference.end_date,
      venueName: conference.venue_name,
      venueAddress: '',
      createdAt: conference.created_at,
      days: ['2024-12-27', '2024-12-28', '2024-12-29', '2024-12-30'].map((date, i) => ({
        date,
        label: `Day ${i + 1}`,
      })),
    }),
  );
  const heapBefore = process.memoryUsage().heapUsed;

  const [parsed, parseMs] = timed(() =>
    parseSchedule(xml, undefined, { fallbackTimeZone: conference.time_zone }),
  );
  if (!parsed.ok) throw new Error(parsed.reason);
  const schedule: ImportedSchedule = parsed.schedule;
  const heapParsed = process.memoryUsage().heapUsed;
  const [current, loadMs] = await timedAsync(() => loadCurrentSchedule(handle.db, conference));
  const [plan, diffMs] = timed(() => planImport(current, schedule, { newId: randomUUID }));
  const [, applyMs] = await timedAsync(() =>
    handle.db.transaction().execute((trx) => applyPlan(trx, conference.id, plan, new Date().toISOString())),
  );
  const total = parseMs + loadMs + diffMs + applyMs;

  const [again, againMs] = await timedAsync(async () => {
    const reparsed = parseSchedule(xml, undefined, { fallbackTimeZone: conference.time_zone });
    if (!reparsed.ok) throw new Error(reparsed.reason);
    return planImport(await loadCurrentSchedule(handle.db, conference), reparsed.schedule, {
      newId: randomUUID,
    });
  });

  report(
    'sessions / rooms / speakers added',
    `${plan.added.length} / ${plan.rooms.length} / ${plan.speakers.length}`,
  );
  report('parse (2.2 MB XML)', ms(parseMs));
  report('load current + diff', ms(loadMs + diffMs));
  report('apply (one transaction)', ms(applyMs));
  report('import total', ms(total), { ok: total < 3_000, text: '< 3 s' });
  report('re-import preview (parse + diff, no changes)', ms(againMs), {
    ok: again.added.length + again.changed.length + again.removed.length === 0,
    text: '0 changes',
  });
  report('heap held by the parsed schedule', mb(heapParsed - heapBefore));
  report('peak RSS of the process so far', mb(process.resourceUsage().maxRSS * 1024));
  await handle.close();
}
