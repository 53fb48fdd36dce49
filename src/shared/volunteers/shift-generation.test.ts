import { describe, expect, it } from 'vitest';
import { shiftsForSessions, type SessionSlot } from './shift-generation';

const s = (code: string, place: string, from: string, to: string): SessionSlot => ({
  code,
  place,
  startsAt: `2025-10-16T${from}:00Z`,
  endsAt: `2025-10-16T${to}:00Z`,
});

const talks = [
  s('A1', 'Room A', '08:00', '08:30'),
  s('A2', 'Room A', '08:30', '09:00'),
  s('A3', 'Room A', '10:00', '10:30'),
  s('B1', 'Room B', '08:15', '09:00'),
];

const times = (shifts: ReturnType<typeof shiftsForSessions>) =>
  shifts.map((x) => [x.place, x.startsAt.slice(11, 16), x.endsAt.slice(11, 16), x.sessions.join('+')]);

describe('shiftsForSessions', () => {
  it.each([
    [
      'one shift per session without padding or merging',
      { minutesBefore: 0, minutesAfter: 0, merge: false },
      [
        ['Room A', '08:00', '08:30', 'A1'],
        ['Room B', '08:15', '09:00', 'B1'],
        ['Room A', '08:30', '09:00', 'A2'],
        ['Room A', '10:00', '10:30', 'A3'],
      ],
    ],
    [
      'touching sessions in one room merge; other rooms stay apart',
      { minutesBefore: 0, minutesAfter: 0, merge: true },
      [
        ['Room A', '08:00', '09:00', 'A1+A2'],
        ['Room B', '08:15', '09:00', 'B1'],
        ['Room A', '10:00', '10:30', 'A3'],
      ],
    ],
    [
      'padding before and after',
      { minutesBefore: 15, minutesAfter: 10, merge: false },
      [
        ['Room A', '07:45', '08:40', 'A1'],
        ['Room B', '08:00', '09:10', 'B1'],
        ['Room A', '08:15', '09:10', 'A2'],
        ['Room A', '09:45', '10:40', 'A3'],
      ],
    ],
    [
      'padding that makes shifts overlap merges them too',
      { minutesBefore: 30, minutesAfter: 30, merge: true },
      [
        ['Room A', '07:30', '11:00', 'A1+A2+A3'],
        ['Room B', '07:45', '09:30', 'B1'],
      ],
    ],
  ] as const)('%s', (_label, options, expected) => {
    expect(times(shiftsForSessions(talks, options))).toEqual(expected);
  });

  it('gives nothing for no sessions', () => {
    expect(shiftsForSessions([], { minutesBefore: 10, minutesAfter: 10, merge: true })).toEqual([]);
  });
});
