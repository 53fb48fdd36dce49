import { describe, expect, it } from 'vitest';
import type { Session } from '../contract';
import { applySchedulePatch, buildSchedulePatch, sessionListDigest } from './patch';

/** A small seeded generator, so a failing case can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    state = (state ^ (state >>> 12)) >>> 0;
    return state / 2 ** 32;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!,
  };
}

const rooms = ['r1', 'r2', 'r3', null] as const;
const roomPosition = (id: string | null) => (id === null ? 99 : rooms.indexOf(id as never));
const speakerPool = [
  { code: 'ADA', name: 'Ada Lovelace' },
  { code: 'ALAN', name: 'Alan Turing' },
  { code: 'GRACE', name: 'Grace Hopper' },
  { code: 'EDS', name: 'Edsger Dijkstra' },
];
const hour = (h: number) => `2025-10-16T${String(8 + h).padStart(2, '0')}:00:00Z`;

function session(code: string, rnd: ReturnType<typeof random>): Session {
  const start = rnd.int(10);
  return {
    code,
    guid: '00000000-0000-4000-8000-000000000000',
    slug: code.toLowerCase(),
    title: `Talk ${code}`,
    type: 'talk',
    format: 'in-person',
    language: 'en',
    status: 'confirmed',
    trackId: null,
    roomId: rnd.pick(rooms),
    startsAt: hour(start),
    endsAt: hour(start + 1),
    description: '',
    recordingOptOut: false,
    speakers: [rnd.pick(speakerPool)],
    links: { youtube: null, mediaCccDe: null, slides: null, video: null },
    updatedAt: '2025-10-01T00:00:00Z',
  };
}

/** The server's order: start, room position, code. */
const ordered = (list: Session[]) =>
  [...list].sort(
    (a, b) =>
      a.startsAt.localeCompare(b.startsAt) ||
      roomPosition(a.roomId) - roomPosition(b.roomId) ||
      a.code.localeCompare(b.code),
  );

/** One publish of a few random edits; returns the new list and the codes it changed. */
function publish(list: Session[], rnd: ReturnType<typeof random>, serial: { n: number }) {
  const byCode = new Map(list.map((s) => [s.code, s]));
  const changed = new Set<string>();
  const edits = 1 + rnd.int(4);
  for (let i = 0; i < edits; i++) {
    const codes = [...byCode.keys()];
    const code = rnd.pick(codes);
    const s = byCode.get(code)!;
    const stamp = { updatedAt: `2025-10-02T00:00:${String(serial.n++ % 60).padStart(2, '0')}Z` };
    switch (rnd.pick(['move', 'cancel', 'new', 'speakers', 'remove', 'title'] as const)) {
      case 'move': {
        const start = rnd.int(10);
        byCode.set(code, {
          ...s,
          ...stamp,
          roomId: rnd.pick(rooms),
          startsAt: hour(start),
          endsAt: hour(start + 1),
        });
        changed.add(code);
        break;
      }
      case 'cancel':
        byCode.set(code, { ...s, ...stamp, status: 'cancelled' });
        changed.add(code);
        break;
      case 'new': {
        const fresh = `N${serial.n++}`;
        byCode.set(fresh, session(fresh, rnd));
        changed.add(fresh);
        break;
      }
      case 'speakers':
        byCode.set(code, {
          ...s,
          ...stamp,
          speakers: [rnd.pick(speakerPool), rnd.pick(speakerPool)].filter(
            (x, j, all) => all.indexOf(x) === j,
          ),
        });
        changed.add(code);
        break;
      case 'remove':
        if (byCode.size > 1) {
          byCode.delete(code);
          changed.add(code);
        }
        break;
      case 'title':
        byCode.set(code, { ...s, ...stamp, title: `${s.title}, revised` });
        changed.add(code);
        break;
    }
  }
  return { list: ordered([...byCode.values()]), changed };
}

const types = ['talk'];

describe('a session list patched by the changes since its version', () => {
  it('deep-equals the list a refetch gives, over generated publishes', () => {
    let checked = 0;
    for (let seed = 1; seed <= 150; seed++) {
      const rnd = random(seed);
      const serial = { n: 0 };
      const versions: Session[][] = [
        ordered(Array.from({ length: 12 + rnd.int(30) }, (_, i) => session(`S${i}`, rnd))),
      ];
      const changedAt: Set<string>[] = [new Set()];
      for (let v = 1; v <= 6; v++) {
        const next = publish(versions[v - 1]!, rnd, serial);
        versions.push(next.list);
        changedAt.push(next.changed);
      }
      const current = versions.at(-1)!;
      // A client held each earlier version; the server patches with the codes changed since.
      for (let held = 0; held < versions.length; held++) {
        const since = new Set(changedAt.slice(held + 1).flatMap((c) => [...c]));
        const patch = buildSchedulePatch(current, since, types);
        const patched = applySchedulePatch(versions[held]!, patch);
        if (patch.tooFarBehind) {
          expect(patched).toBeUndefined();
          continue;
        }
        expect(patched, `seed ${seed}, from version ${held}`).toEqual(current);
        expect(sessionListDigest(patched!)).toBe(patch.digest);
        checked++;
      }
    }
    // Most cases patch; the threshold turns away only the far-behind ones.
    expect(checked).toBeGreaterThan(500);
  }, 30_000);

  it('says too far behind past half the list, with nothing to apply', () => {
    const rnd = random(7);
    const list = ordered(Array.from({ length: 10 }, (_, i) => session(`S${i}`, rnd)));
    const five = new Set(list.slice(0, 5).map((s) => s.code));
    expect(buildSchedulePatch(list, five, types).tooFarBehind).toBe(false);
    const six = new Set(list.slice(0, 6).map((s) => s.code));
    const far = buildSchedulePatch(list, six, types);
    expect(far).toMatchObject({ tooFarBehind: true, sessions: [], removed: [], total: 10 });
    expect(applySchedulePatch(list, far)).toBeUndefined();
  });

  it('lets the digest catch a change the patch does not name, and refuses a patch that does not fit', () => {
    const rnd = random(11);
    const held = ordered(Array.from({ length: 8 }, (_, i) => session(`S${i}`, rnd)));
    // A speaker renamed: no version, no changelog entry, the list differs all the same.
    const renamed = held.map((s, i) => (i === 3 ? { ...s, speakers: [{ code: 'X', name: 'Renamed' }] } : s));
    const patch = buildSchedulePatch(renamed, new Set(), types);
    const patched = applySchedulePatch(held, patch)!;
    expect(patched).toEqual(held);
    expect(sessionListDigest(patched)).not.toBe(patch.digest);
    // A list held from another edition (other length) does not take the patch at all.
    expect(applySchedulePatch(held.slice(1), patch)).toBeUndefined();
  });

  it('gives equal digests for equal lists whatever their key order, and others for reordered lists', () => {
    const rnd = random(3);
    const list = ordered(Array.from({ length: 5 }, (_, i) => session(`S${i}`, rnd)));
    const shuffledKeys = list.map((s) => Object.fromEntries(Object.entries(s).reverse()) as Session);
    expect(sessionListDigest(shuffledKeys)).toBe(sessionListDigest(list));
    expect(sessionListDigest([...list].reverse())).not.toBe(sessionListDigest(list));
  });
});
