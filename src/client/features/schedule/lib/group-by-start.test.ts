import { type Room } from '@shared/contract/conference';
import { type Session } from '@shared/contract/session';
import { describe, expect, it } from 'vitest';
import { flagship } from '@client/test/render-app';
import { groupByStart } from './group-by-start';

describe('parallel sessions in a slot', () => {
  it('follow the room order, not the title', () => {
    const { conference, sessions } = flagship();
    const slot = groupByStart(sessions, conference.rooms).find((s) => s.startsAt === '2025-10-16T09:20:00Z')!;
    const roomOf = (s: Session) => conference.rooms.find((r) => r.id === s.roomId)!;
    const positions = slot.sessions.map((s) => roomOf(s).position);
    expect(slot.sessions.length).toBeGreaterThan(1);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    // Ada Byron before Alan Turing, although "From Healthcare…" sorts before "How the new Swiss…".
    expect(slot.sessions.map((s) => s.code).slice(0, 2)).toEqual(['KCKEYJ', 'XTTQ3R']);
  });

  it('keep the room position even when names sort otherwise; roomless sessions come last', () => {
    const { sessions } = flagship();
    const template = sessions[0]!;
    const rooms = [
      { ...flagship().conference.rooms[0]!, id: 'r-zeta', name: 'Zeta hall', position: 0 },
      { ...flagship().conference.rooms[0]!, id: 'r-alpha', name: 'Alpha room', position: 1 },
    ] satisfies Room[];
    const at = (code: string, title: string, roomId: string | null): Session => ({
      ...template,
      code,
      title,
      roomId,
      startsAt: '2025-10-16T12:00:00Z',
      endsAt: '2025-10-16T12:30:00Z',
    });
    const [slot] = groupByStart(
      [at('A', 'Aardvarks', null), at('B', 'Bees', 'r-alpha'), at('C', 'Cats', 'r-zeta')],
      rooms,
    );
    expect(slot!.sessions.map((s) => s.code)).toEqual(['C', 'B', 'A']);
  });
});
