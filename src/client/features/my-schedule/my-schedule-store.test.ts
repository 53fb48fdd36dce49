import { describe, expect, it } from 'vitest';
import { migrateMySchedule, useMySchedule } from './my-schedule-store';

describe('my schedule store migration', () => {
  it.each([
    ['nothing stored', undefined, { conferences: {} }],
    ['garbage', 'nonsense', { conferences: {} }],
    ['no conferences', { starred: ['A'] }, { conferences: {} }],
    [
      'keeps valid stars, drops duplicates and junk',
      { conferences: { conf: { starred: ['ABC', 'ABC', 42, 'no spaces allowed', 'DEF'] } } },
      { conferences: { conf: { starred: ['ABC', 'DEF'], seen: null } } },
    ],
    [
      'keeps a readable snapshot',
      {
        conferences: {
          conf: { starred: [], seen: { version: 3, updatedAt: { ABC: 't', 'x y': 't', DEF: 1 } } },
        },
      },
      { conferences: { conf: { starred: [], seen: { version: 3, updatedAt: { ABC: 't' } } } } },
    ],
    [
      'drops an unreadable snapshot and conference',
      { conferences: { conf: { starred: ['ABC'], seen: { version: 'x' } }, other: 'broken' } },
      { conferences: { conf: { starred: ['ABC'], seen: null } } },
    ],
  ])('%s', (_name, persisted, expected) => {
    expect(migrateMySchedule(persisted, 0)).toEqual(expected);
  });

  it('upgrades what an older version stored when the store rehydrates', async () => {
    localStorage.setItem(
      'lanyard:my-schedule',
      JSON.stringify({ version: 0, state: { conferences: { conf: { starred: ['ABC', 'ABC'] } } } }),
    );
    await useMySchedule.persist.rehydrate();
    expect(useMySchedule.getState().conferences).toEqual({ conf: { starred: ['ABC'], seen: null } });
    expect(JSON.parse(localStorage.getItem('lanyard:my-schedule')!)).toMatchObject({ version: 1 });
  });

  it('stars and unstars per conference', () => {
    useMySchedule.setState({ conferences: {} });
    const { toggleStar } = useMySchedule.getState();
    toggleStar('a', 'X1');
    toggleStar('b', 'X1');
    toggleStar('a', 'X1');
    expect(useMySchedule.getState().conferences).toEqual({
      a: { starred: [], seen: null },
      b: { starred: ['X1'], seen: null },
    });
  });
});
