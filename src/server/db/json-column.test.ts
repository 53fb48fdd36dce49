import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previousAdmissionSchema } from '@shared/contract';
import { listLists } from '../features/check-in/service';
import { findChangesSince } from '../features/schedule-publishing/repository';
import { openDatabase, type DatabaseHandle } from './connect';
import {
  CorruptJsonColumnError,
  parseJsonColumn,
  readJson,
  readJsonOr,
  stringList,
  writeJson,
} from './json-column';
import { migrateToLatest } from './migrate';
import type { Json } from './schema';

const corrupt = (text: string) => text as Json<never>;

describe('readJson and writeJson', () => {
  it('round-trips a value through its column text', () => {
    const days = writeJson(['2025-10-16', '2025-10-17']);
    expect(days).toBe('["2025-10-16","2025-10-17"]');
    expect(readJson(days, stringList, 'check_in_lists.days')).toEqual(['2025-10-16', '2025-10-17']);
    const previous = writeJson({ at: '2025-10-16T08:30:00Z', deskId: 'desk-2', deskName: 'Desk 2' });
    expect(readJson(previous, previousAdmissionSchema, 'scans.previous')).toEqual({
      at: '2025-10-16T08:30:00Z',
      deskId: 'desk-2',
      deskName: 'Desk 2',
    });
  });

  it('names the column when the text is not JSON', () => {
    expect(() => readJson(corrupt('["2025-10-16"'), stringList, 'check_in_lists.days')).toThrow(
      /^Corrupt JSON in check_in_lists\.days: not JSON/,
    );
    expect(() => parseJsonColumn('nope', 'volunteer_profiles.languages')).toThrow(CorruptJsonColumnError);
  });

  it('names the column and the guard when the shape is wrong', () => {
    expect(() => readJson(corrupt('["a", 2]'), stringList, 'ticket_types.valid_days')).toThrow(
      'Corrupt JSON in ticket_types.valid_days: fails the stringList check',
    );
    expect(() => readJson(corrupt('{"days": []}'), stringList, 'ticket_types.valid_days')).toThrow(
      CorruptJsonColumnError,
    );
  });

  it('names the column and the field when the contract schema refuses it', () => {
    const error = (() => {
      try {
        readJson(corrupt('{"at": "yesterday", "deskId": "d"}'), previousAdmissionSchema, 'scans.previous');
      } catch (err) {
        return err;
      }
    })();
    expect(error).toBeInstanceOf(CorruptJsonColumnError);
    expect((error as CorruptJsonColumnError).column).toBe('scans.previous');
    expect((error as Error).message).toMatch(/^Corrupt JSON in scans\.previous: .*at.*deskName/);
  });

  it('readJsonOr falls back on corruption only', () => {
    const isObject = (v: unknown): v is Record<string, unknown> =>
      typeof v === 'object' && v !== null && !Array.isArray(v);
    expect(readJsonOr(writeJson({ i: 1 }), isObject, 'audit_log.detail', {})).toEqual({ i: 1 });
    expect(readJsonOr(corrupt('[1]'), isObject, 'audit_log.detail', {})).toEqual({});
    expect(readJsonOr(corrupt('{'), isObject, 'audit_log.detail', {})).toEqual({});
    const boom = (): never => {
      throw new Error('not a corruption');
    };
    expect(() => readJsonOr(writeJson({}), boom as never, 'audit_log.detail', {})).toThrow(
      'not a corruption',
    );
  });

  it('takes no plain string where a JSON column is typed', () => {
    // @ts-expect-error JSON column text comes from writeJson, so its shape is known
    const days: Json<string[]> = '["2025-10-16"]';
    // @ts-expect-error the value written must be what the column holds
    const wrong: Json<string[]> = writeJson([1, 2]);
    expect([days, wrong]).toHaveLength(2);
  });
});

describe('a corrupt row read through a repository (SQLite)', () => {
  let handle: DatabaseHandle;
  const conferenceId = 'conf-1';

  beforeAll(async () => {
    handle = await openDatabase(':memory:');
    await migrateToLatest(handle.db);
    await handle.db
      .insertInto('conferences')
      .values({
        id: conferenceId,
        slug: 'democon',
        name: 'DemoCon',
        time_zone: 'Europe/Paris',
        start_date: '2025-10-16',
        end_date: '2025-10-17',
        venue_name: 'Hall',
        venue_address: '',
        venue_directions: writeJson<string[]>([]),
        schedule_version: 1,
        created_at: '2025-10-01T00:00:00Z',
      })
      .execute();
    await handle.db
      .insertInto('check_in_lists')
      .values({
        id: 'list-1',
        conference_id: conferenceId,
        name: 'Main entrance',
        ticket_type_ids: writeJson<string[]>([]),
        days: writeJson(['2025-10-16']),
        counts_exits: 0,
        allows_reentry: 1,
        created_at: '2025-10-01T00:00:00Z',
      })
      .execute();
    await handle.db
      .insertInto('schedule_changes')
      .values({
        id: 'change-1',
        conference_id: conferenceId,
        version: 2,
        session_code: 'ABCDEF',
        entry: writeJson({
          code: 'ABCDEF',
          title: 'Opening',
          kind: 'new' as const,
          fields: [],
          before: null,
          after: {
            roomId: null,
            startsAt: '2025-10-16T08:00:00Z',
            endsAt: '2025-10-16T09:00:00Z',
            status: 'confirmed' as const,
          },
        }),
        published_at: '2025-10-02T00:00:00Z',
      })
      .execute();
  });

  afterAll(async () => {
    await handle.close();
  });

  it('reads the rows as they were written', async () => {
    expect((await listLists(handle.db, conferenceId))[0]?.days).toEqual(['2025-10-16']);
    expect((await findChangesSince(handle.db, conferenceId, 1))[0]).toMatchObject({
      code: 'ABCDEF',
      kind: 'new',
      version: 2,
    });
  });

  it('refuses a list column holding an object, naming it', async () => {
    await sql`update check_in_lists set days = ${'{"day":"2025-10-16"}'}`.execute(handle.db);
    await expect(listLists(handle.db, conferenceId)).rejects.toThrow(
      'Corrupt JSON in check_in_lists.days: fails the stringList check',
    );
  });

  it('refuses a changelog entry the contract does not accept, naming it', async () => {
    await sql`update schedule_changes set entry = ${'{"code":"ABCDEF","kind":"renamed"}'}`.execute(handle.db);
    await expect(findChangesSince(handle.db, conferenceId, 1)).rejects.toThrow(
      /^Corrupt JSON in schedule_changes\.entry: /,
    );
  });
});
