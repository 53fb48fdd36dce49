import { describe, expect, it } from 'vitest';
import { planImport, sessionDescription, type CurrentSchedule, type ImportPlan } from './import-plan';
import type { ImportedSchedule, ImportedSession } from './imported-schedule';

const ids = () => {
  let n = 0;
  return { newId: () => `id-${++n}` };
};

const empty = (): CurrentSchedule => ({
  timeZone: 'Europe/Paris',
  days: ['2025-10-16'],
  rooms: [],
  tracks: [],
  speakers: [],
  sessions: [],
});

const session = (guid: string, over: Partial<ImportedSession> = {}): ImportedSession => ({
  guid,
  id: null,
  code: `C${guid.slice(0, 5).toUpperCase()}`,
  codeSource: 'pretalx',
  slug: 'a-session',
  title: `Session ${guid.slice(0, 4)}`,
  subtitle: '',
  type: 'talk',
  sourceType: 'Talk',
  language: 'en',
  track: 'Core',
  room: 'Byron',
  startsAt: '2025-10-16T08:00:00Z',
  endsAt: '2025-10-16T08:30:00Z',
  abstract: 'Short.',
  description: 'Long.',
  persons: [{ name: 'Ada', code: 'ADA123', codeSource: 'pretalx', guid: null, bio: '' }],
  links: { youtube: null, mediaCccDe: null, slides: null, video: null, otherRecordings: 0, plainLinks: 0 },
  doNotRecord: false,
  ...over,
});

const file = (sessions: ImportedSession[]): ImportedSchedule => ({
  format: 'json',
  layout: 'frab schedule.json',
  conference: { title: 'T', acronym: 't', timeZone: 'Europe/Paris', days: [] },
  rooms: [...new Set(sessions.map((s) => s.room))].map((name) => ({ name, guid: null })),
  tracks: [{ name: 'Core', color: '#112233' }],
  sessions,
  warnings: [],
});

/** What the server's apply step does to the database, on the in-memory state. */
function applied(state: CurrentSchedule, plan: ImportPlan): CurrentSchedule {
  const sessions = state.sessions.map((s) => {
    const change = plan.changed.find((c) => c.id === s.id);
    if (change) return { ...s, ...change.values };
    if (plan.removed.some((r) => r.id === s.id)) return { ...s, status: 'cancelled' as const };
    return s;
  });
  return {
    ...state,
    rooms: [...state.rooms, ...plan.rooms],
    tracks: [...state.tracks, ...plan.tracks],
    speakers: [...state.speakers, ...plan.speakers],
    sessions: [
      ...sessions,
      ...plan.added.map((a) => ({ id: a.id, guid: a.guid, code: a.code, ...a.values })),
    ],
  };
}

const A = 'aaaaaaaa-0000-4000-8000-000000000001';
const B = 'bbbbbbbb-0000-4000-8000-000000000002';

describe('planning an import', () => {
  it('adds everything to an empty conference, then finds nothing to do the second time', () => {
    const f = file([session(A), session(B, { room: 'Turing', persons: [] })]);
    const plan = planImport(empty(), f, ids());
    expect(plan.added.map((a) => a.code)).toEqual(['CAAAAA', 'CBBBBB']);
    expect(plan.rooms.map((r) => [r.name, r.slug, r.position])).toEqual([
      ['Byron', 'byron', 0],
      ['Turing', 'turing', 1],
    ]);
    expect(plan.tracks).toEqual([expect.objectContaining({ name: 'Core', color: '#112233', slug: 'core' })]);
    expect(plan.speakers).toEqual([expect.objectContaining({ code: 'ADA123', name: 'Ada' })]);
    expect(plan.added[0]!.values).toMatchObject({ description: 'Short.\n\nLong.', status: 'confirmed' });

    const again = planImport(applied(empty(), plan), f, ids());
    expect(again).toMatchObject({
      added: [],
      changed: [],
      removed: [],
      rooms: [],
      tracks: [],
      speakers: [],
      unchanged: 2,
    });
  });

  it('lists a moved session with readable before and after values', () => {
    const state = applied(
      empty(),
      planImport(empty(), file([session(A), session(B, { room: 'Turing' })]), ids()),
    );
    const moved = file([
      session(A, { room: 'Turing', startsAt: '2025-10-16T09:00:00Z', endsAt: '2025-10-16T09:30:00Z' }),
      session(B, { room: 'Turing' }),
    ]);
    const plan = planImport(state, moved, ids());
    expect(plan.changed).toHaveLength(1);
    expect(plan.changed[0]!.changes).toEqual([
      { field: 'room', from: 'Byron', to: 'Turing' },
      { field: 'startsAt', from: '2025-10-16T08:00:00Z', to: '2025-10-16T09:00:00Z' },
      { field: 'endsAt', from: '2025-10-16T08:30:00Z', to: '2025-10-16T09:30:00Z' },
    ]);
    expect(plan.unchanged).toBe(1);
  });

  it('cancels sessions missing from the file once, and brings them back when they return', () => {
    const state = applied(empty(), planImport(empty(), file([session(A), session(B)]), ids()));
    const plan = planImport(state, file([session(A)]), ids());
    expect(plan.removed.map((r) => r.guid)).toEqual([B]);
    const cancelled = applied(state, plan);
    expect(planImport(cancelled, file([session(A)]), ids()).removed).toEqual([]);
    const back = planImport(cancelled, file([session(A), session(B)]), ids());
    expect(back.changed[0]!.changes).toEqual([{ field: 'status', from: 'cancelled', to: 'confirmed' }]);
  });

  it('keeps recording links the file does not carry', () => {
    const state = applied(empty(), planImport(empty(), file([session(A)]), ids()));
    state.sessions[0]!.mediaCccDe = 'https://media.ccc.de/v/t-1-a';
    expect(planImport(state, file([session(A)]), ids()).changed).toEqual([]);
    const withVideo = file([
      session(A, {
        links: {
          youtube: 'https://youtu.be/x',
          mediaCccDe: null,
          slides: null,
          video: null,
          otherRecordings: 0,
          plainLinks: 0,
        },
      }),
    ]);
    expect(planImport(state, withVideo, ids()).changed[0]!.values).toMatchObject({
      youtube: 'https://youtu.be/x',
      mediaCccDe: 'https://media.ccc.de/v/t-1-a',
    });
  });

  it('matches speakers by code with the same name, then by name, and otherwise adds them', () => {
    const state: CurrentSchedule = {
      ...empty(),
      speakers: [
        { id: 'sp-1', code: 'ADA123', name: 'Ada Lovelace' },
        { id: 'sp-2', code: 'GRACE1', name: 'Grace Hopper' },
        { id: 'sp-3', code: 'ID0', name: 'Somebody Else' },
      ],
    };
    const persons = [
      { name: 'ada  lovelace', code: 'ADA123', codeSource: 'pretalx' as const, guid: null, bio: '' },
      { name: 'grace hopper', code: 'XYZXYZ', codeSource: 'derived' as const, guid: null, bio: '' },
      { name: 'Alan Turing', code: 'TURING', codeSource: 'derived' as const, guid: null, bio: 'Bio' },
      // Holds the code of another person: credited as herself, under a code of her own.
      { name: 'Katherine Johnson', code: 'ID0', codeSource: 'derived' as const, guid: null, bio: '' },
    ];
    const plan = planImport(state, file([session(A, { persons })]), ids());
    expect(plan.speakers).toEqual([
      expect.objectContaining({ code: 'TURING', name: 'Alan Turing', bio: 'Bio' }),
      expect.objectContaining({ code: expect.not.stringMatching(/^ID0$/), name: 'Katherine Johnson' }),
    ]);
    expect(plan.added[0]!.values.speakerIds).toEqual([
      'sp-1',
      'sp-2',
      plan.speakers[0]!.id,
      plan.speakers[1]!.id,
    ]);
  });

  it('gives a new session another code when its code is taken by a different session', () => {
    const state = applied(empty(), planImport(empty(), file([session(A, { code: 'SAME01' })]), ids()));
    const plan = planImport(
      state,
      file([session(A, { code: 'SAME01' }), session(B, { code: 'SAME01' })]),
      ids(),
    );
    expect(plan.added[0]!.code).not.toBe('SAME01');
    expect(plan.warnings).toEqual([expect.objectContaining({ code: 'code_taken', event: B })]);
  });

  it('warns about sessions outside the conference days', () => {
    const plan = planImport(
      empty(),
      file([session(A, { startsAt: '2025-12-01T10:00:00Z', endsAt: '2025-12-01T11:00:00Z' })]),
      ids(),
    );
    expect(plan.warnings).toEqual([expect.objectContaining({ code: 'outside_conference_days' })]);
  });

  it.each([
    ['Short.', 'Long.', 'Short.\n\nLong.'],
    ['Same', 'Same', 'Same'],
    ['', 'Only description', 'Only description'],
    ['Only abstract', '', 'Only abstract'],
  ])('describes a session from abstract %j and description %j', (abstract, description, expected) => {
    expect(sessionDescription({ abstract, description })).toBe(expected);
  });
});
