import { describe, expect, it } from 'vitest';
import type { PublishedChange, Session, SessionPlace } from '../contract';
import { describeChange, foldChanges, kindOf, pruneUpdate, type ChangeSubject } from './changelog';

const place = (p: Partial<SessionPlace> = {}): SessionPlace => ({
  roomId: 'ada',
  startsAt: '2025-10-16T08:00:00Z',
  endsAt: '2025-10-16T08:45:00Z',
  status: 'confirmed',
  ...p,
});

describe('kindOf', () => {
  it.each([
    ['a new session', null, place(), 'new'],
    ['a new session already cancelled', null, place({ status: 'cancelled' }), 'cancelled'],
    ['a cancellation', place(), place({ status: 'cancelled' }), 'cancelled'],
    ['a cancellation that also moves', place(), place({ roomId: 'alan', status: 'cancelled' }), 'cancelled'],
    ['another room', place(), place({ roomId: 'alan' }), 'moved'],
    ['another start', place(), place({ startsAt: '2025-10-16T09:00:00Z' }), 'moved'],
    [
      'a reinstated session in another room',
      place({ status: 'cancelled' }),
      place({ roomId: 'alan' }),
      'moved',
    ],
    ['a longer slot only', place(), place({ endsAt: '2025-10-16T09:00:00Z' }), 'changed'],
    ['a reinstatement', place({ status: 'cancelled' }), place(), 'changed'],
    ['no change of place', place(), place(), 'changed'],
  ] as const)('%s is %s', (_, before, after, kind) => {
    expect(kindOf(before, after)).toBe(kind);
  });
});

const subject = (s: Partial<ChangeSubject> = {}): ChangeSubject => ({
  code: 'ABC',
  title: 'Talk',
  type: 'talk',
  format: 'in-person',
  language: 'en',
  trackId: null,
  description: '',
  recordingOptOut: false,
  links: { youtube: null, mediaCccDe: null, slides: null },
  speakers: ['S1'],
  ...place(),
  ...s,
});

describe('describeChange', () => {
  it('is null when nothing differs', () => {
    expect(describeChange(subject(), subject())).toBeNull();
  });
  it('names every changed field, links and speakers as one each', () => {
    const change = describeChange(
      subject(),
      subject({
        title: 'New',
        roomId: 'alan',
        links: { youtube: null, mediaCccDe: null, slides: 'https://x.org' },
        speakers: ['S2'],
      }),
    );
    expect(change).toMatchObject({ kind: 'moved', fields: ['title', 'roomId', 'links', 'speakers'] });
    expect(change?.before?.roomId).toBe('ada');
    expect(change?.after.roomId).toBe('alan');
  });
  it('has no fields and no before for a new session', () => {
    expect(describeChange(null, subject())).toMatchObject({ kind: 'new', fields: [], before: null });
  });
});

describe('pruneUpdate', () => {
  const session: Session = {
    ...subject(),
    type: 'talk',
    format: 'in-person',
    guid: '00000000-0000-4000-8000-000000000000',
    slug: 'talk',
    speakers: [],
    updatedAt: '2025-10-01T00:00:00Z',
  };
  it('keeps only what differs from the published session', () => {
    expect(
      pruneUpdate(session, {
        title: 'Talk',
        roomId: 'alan',
        links: { slides: null, youtube: 'https://y.org' },
      }),
    ).toEqual({ roomId: 'alan', links: { youtube: 'https://y.org' } });
  });
  it('is empty when every field is put back', () => {
    expect(pruneUpdate(session, { title: 'Talk', links: { slides: null } })).toEqual({});
  });
});

describe('foldChanges', () => {
  const published = (version: number, before: SessionPlace | null, after: SessionPlace): PublishedChange => ({
    code: 'ABC',
    title: `v${version}`,
    kind: kindOf(before, after),
    fields: before ? ['roomId'] : [],
    before,
    after,
    version,
    publishedAt: '2025-10-16T08:00:00Z',
  });
  it.each([
    [
      'two moves become one, from the first room',
      [
        published(2, place(), place({ roomId: 'b' })),
        published(3, place({ roomId: 'b' }), place({ roomId: 'c' })),
      ],
      'moved',
      'ada',
      'c',
    ],
    [
      'a move and back is only a change',
      [published(2, place(), place({ roomId: 'b' })), published(3, place({ roomId: 'b' }), place())],
      'changed',
      'ada',
      'ada',
    ],
    [
      'new then moved is still new',
      [published(2, null, place()), published(3, place(), place({ roomId: 'b' }))],
      'new',
      undefined,
      'b',
    ],
    [
      'moved then cancelled is cancelled',
      [
        published(3, place({ roomId: 'b' }), place({ roomId: 'b', status: 'cancelled' })),
        published(2, place(), place({ roomId: 'b' })),
      ],
      'cancelled',
      'ada',
      'b',
    ],
  ] as const)('%s', (_, list, kind, from, to) => {
    const folded = foldChanges(list).get('ABC')!;
    expect(folded.kind).toBe(kind);
    expect(folded.before?.roomId).toBe(from);
    expect(folded.after.roomId).toBe(to);
    expect(folded.title).toBe('v3');
  });
});
