import { conferenceListSchema, conferenceSchema } from '@shared/contract/conference';
import { makeProblem, problemSchema } from '@shared/contract/problem';
import * as changes from '@shared/contract/schedule-changes';
import * as session from '@shared/contract/session';
import * as stream from '@shared/contract/stream';
import { meResponseSchema, sessionResponseSchema, userRoles } from '@shared/contract/user';
import { demoEditions } from '@shared/demo';
import { describe, expect, it } from 'vitest';
import { type z } from 'zod';
import { fallbackTitles } from '../api-client';
import { type Parser } from './check';
import * as wire from './schedule-wire';

const [edition] = demoEditions();
if (!edition) throw new Error('no demo edition');
const conference = edition.conference;
const firstSession = edition.sessions[0]!;
const place = {
  roomId: 'r1',
  startsAt: '2025-10-16T08:00:00Z',
  endsAt: '2025-10-16T08:30:00Z',
  status: 'confirmed',
};
const scheduleChanges = {
  scheduleVersion: 3,
  since: 1,
  changes: [
    {
      code: 'ABC',
      title: 'Moved talk',
      kind: 'moved',
      fields: ['roomId', 'startsAt'],
      before: place,
      after: { ...place, roomId: 'r2' },
      version: 2,
      publishedAt: '2025-10-15T20:00:00.123Z',
    },
  ],
};

type Fixture = [name: string, value: unknown];

/** Each valid fixture with one field broken in every way the contract forbids (and a few it allows). */
function variants(base: Record<string, unknown>, edits: Record<string, unknown[]>): Fixture[] {
  const out: Fixture[] = [['as is', base]];
  for (const [path, values] of Object.entries(edits)) {
    for (const value of values) {
      const copy = structuredClone(base);
      const keys = path.split('.');
      let target: Record<string, unknown> = copy;
      for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
      const last = keys.at(-1)!;
      if (value === DELETE) delete target[last];
      else target[last] = value;
      out.push([`${path} = ${JSON.stringify(value)}`, copy]);
    }
  }
  return out;
}
const DELETE = Symbol('delete');

const instants = [
  '2025-10-16T08:00:00Z',
  '2025-10-16T08:00Z',
  '2025-10-16T08:00:00+02:00',
  '2025-02-29T08:00:00Z',
  '2024-02-29T08:00:00.5Z',
  '2025-10-16 08:00:00Z',
  '',
  5,
  null,
];
const urls = [
  'https://media.ccc.de/v/x',
  'http://a.b',
  'ftp://a.b/c',
  'not a url',
  'javascript:alert(1)',
  null,
  1,
];

const cases: [string, Parser<unknown>, z.ZodType, Fixture[]][] = [
  [
    'conference',
    wire.conferenceWire,
    conferenceSchema,
    [
      ...variants(conference as unknown as Record<string, unknown>, {
        slug: ['ok-slug', 'Bad Slug', '', 'a'.repeat(65), '-x', DELETE],
        name: ['', 'x'.repeat(200), 'x'.repeat(201)],
        timeZone: ['Europe/Berlin', 'Mars/Base', 42],
        startDate: ['2025-10-16', '2025-13-01', '2025-02-29', '2024-02-29', '16.10.2025'],
        scheduleVersion: [0, -1, 1.5, '1', Number.MAX_SAFE_INTEGER + 2],
        extra: ['dropped'],
        'venue.directions': [[], ['x'.repeat(300)], ['x'.repeat(301)], 'x'],
        days: [[], [{ date: '2025-10-16', label: 'Day', opensAt: '09:00', closesAt: '24:00', note: null }]],
        rooms: [
          [{ id: 'r', slug: 'r', name: 'R', position: 0, liveStreamUrl: 'https://x.y/live' }],
          [{ id: '', slug: 'r', name: 'R', position: 0, liveStreamUrl: null }],
        ],
        tracks: [
          [{ id: 't', slug: 't', name: 'T', color: '#a1B2c3' }],
          [{ id: 't', slug: 't', name: 'T', color: 'red' }],
        ],
        sessionTypes: [['talk', 'anything'], [1]],
      }),
      ['null', null],
      ['array', []],
    ],
  ],
  [
    'conference list',
    wire.conferenceListWire,
    conferenceListSchema,
    [
      ['list', { conferences: demoEditions().map((e) => e.conference) }],
      ['empty', { conferences: [] }],
      ['missing', {}],
    ],
  ],
  [
    'session',
    wire.sessionWire,
    session.sessionSchema,
    variants(firstSession as unknown as Record<string, unknown>, {
      code: ['AB_c-1', 'a b', '', 'x'.repeat(33)],
      guid: [
        '00000000-0000-0000-0000-000000000000',
        '3f1c2a9e-1b2c-4d5e-8f90-1234567890ab',
        'not-a-uuid',
        '3f1c2a9e-1b2c-9d5e-8f90-1234567890ab',
      ],
      title: ['', 'x'.repeat(300), 'x'.repeat(301)],
      type: ['keynote', 'lecture'],
      format: ['hybrid', 'online'],
      language: ['de', 'fr-CA', 'EN', 'english'],
      status: ['cancelled', 'moved'],
      trackId: [null, '', 't'],
      roomId: [null, 'x'.repeat(65)],
      startsAt: instants,
      description: ['x'.repeat(10_000), 'x'.repeat(10_001)],
      recordingOptOut: [true, 'false'],
      speakers: [[], [{ code: 'S', name: 'N' }], [{ code: 'S' }]],
      'links.youtube': urls,
      updatedAt: [DELETE],
    }),
  ],
  [
    'session list',
    wire.sessionListWire,
    session.sessionListSchema,
    [
      ['all', { scheduleVersion: 4, sessions: edition.sessions }],
      ['no version', { sessions: edition.sessions }],
      ['one bad', { scheduleVersion: 4, sessions: [firstSession, { ...firstSession, endsAt: 'later' }] }],
    ],
  ],
  [
    'schedule changes',
    wire.scheduleChangesWire,
    changes.scheduleChangesSchema,
    variants(scheduleChanges, {
      since: [0, -1],
      'changes.0.kind': ['new', 'renamed'],
      'changes.0.fields': [[], ['speakers'], ['colour']],
      'changes.0.before': [null, DELETE, { ...place, status: 'gone' }],
      'changes.0.version': [0, 1],
      'changes.0.publishedAt': instants,
      patch: [
        DELETE,
        {
          tooFarBehind: false,
          total: 2,
          sessions: [{ position: 1, session: firstSession }],
          removed: ['OLD'],
          digest: '2-abc',
          sessionTypes: ['talk'],
        },
        { tooFarBehind: true, total: 2, sessions: [], removed: [], digest: '', sessionTypes: [] },
        { tooFarBehind: false, total: 2, sessions: [{ position: -1, session: firstSession }] },
        {
          tooFarBehind: 'no',
          total: 2,
          sessions: [],
          removed: ['bad code'],
          digest: '',
          sessionTypes: [],
        },
      ],
    }),
  ],
  [
    'me',
    wire.meResponseWire,
    meResponseSchema,
    variants(
      { user: { id: 'u1', email: 'a.b+c@demo.test', name: 'A', roles: ['organizer'] } },
      {
        'user.email': ['x@y', 'x@y.z', 'x@localhost.com', 'no-at', 'A@B.CD'],
        'user.roles': [[], ['admin']],
        'user.name': ['', 'x'.repeat(121)],
        user: [null],
      },
    ),
  ],
  [
    'session',
    wire.sessionResponseWire,
    sessionResponseSchema,
    variants(
      { user: { id: 'u1', email: 'a.b+c@demo.test', name: 'A', roles: ['volunteer'] } },
      {
        'user.email': ['no-at', 'x@y.z'],
        'user.roles': [[], ['admin']],
        user: [null, DELETE, 'nobody'],
      },
    ),
  ],
  [
    'problem',
    wire.problemWire,
    problemSchema,
    variants(
      makeProblem('validation_failed', 'Detail', { email: ['Bad'] }) as unknown as Record<string, unknown>,
      {
        detail: [DELETE, 1],
        errors: [DELETE, {}, { a: 'x' }, { a: [1] }],
        status: [400.5, '400'],
        code: [DELETE],
      },
    ),
  ],
  [
    'stream event',
    wire.streamEventWire,
    stream.streamEventSchema,
    variants(
      { topic: 'sessions', at: '2025-10-16T08:00:00Z' },
      {
        topic: ['arrivals', 'weather'],
        id: ['ABC', 1],
        at: instants,
      },
    ),
  ],
];

describe('first-screen wire checks accept and reject what the zod contract does', () => {
  for (const [name, check, schema, fixtures] of cases) {
    it.each(fixtures)(`${name}: %s`, (_label, value) => {
      const expected = schema.safeParse(value);
      const actual = check.safeParse(value);
      expect(actual.success).toBe(expected.success);
      if (expected.success && actual.success) expect(actual.data).toEqual(expected.data);
    });
  }

  it('copies the contract value lists exactly', () => {
    expect(wire.sessionTypes).toEqual(session.sessionTypes);
    expect(wire.sessionFormats).toEqual(session.sessionFormats);
    expect(wire.sessionStatuses).toEqual(session.sessionStatuses);
    expect(wire.scheduleChangeKinds).toEqual(changes.scheduleChangeKinds);
    expect(wire.changeFields).toEqual(changes.changeFields);
    expect(wire.streamTopics).toEqual(stream.streamTopics);
    expect(wire.userRoles).toEqual(userRoles);
    expect(wire.STREAM_CHANGE_EVENT).toBe(stream.STREAM_CHANGE_EVENT);
  });

  it('makes up the same problems as the contract when a proxy answers', () => {
    for (const [code, title] of Object.entries(fallbackTitles)) {
      expect(title).toBe(makeProblem(code as keyof typeof fallbackTitles).title);
    }
  });

  it('names the path of the first broken field', () => {
    const result = wire.sessionListWire.safeParse({
      scheduleVersion: 1,
      sessions: [firstSession, { ...firstSession, title: '' }],
    });
    expect(result).toEqual({ success: false, error: { message: 'sessions[1].title: too short' } });
  });
});
