import type { DemoEdition } from '@shared/demo';
import { slugify } from '@shared/text/slug';
import { addDays, toInstant, zonedToInstant } from '@shared/time';

/**
 * A FOSDEM-sized edition (default 1,000 sessions in 70 rooms over two days) for budgets that
 * only show at scale. Deterministic, so figures compare between runs.
 */
export function largeEdition(sessionCount = 1000, roomCount = 70): DemoEdition {
  const slug = 'bench-large';
  const tz = 'Europe/Brussels';
  const days = ['2026-02-07', '2026-02-08'];
  const rooms = Array.from({ length: roomCount }, (_, i) => ({
    id: `${slug}.room.${i}`,
    slug: `room-${i}`,
    name: `Room ${String.fromCharCode(65 + (i % 26))}.${Math.floor(i / 26) + 1}`,
    position: i,
    liveStreamUrl: `https://streaming.example.org/${slug}/room-${i}`,
  }));
  const trackNames = ['Kernel', 'Web', 'Databases', 'Security', 'Embedded', 'Legal', 'Community', 'Rust'];
  const tracks = trackNames.map((name, i) => ({
    id: `${slug}.track.${i}`,
    slug: slugify(name),
    name,
    color: ['#1d4ed8', '#047857', '#b91c1c', '#c2410c', '#0f766e', '#a16207', '#be185d', '#4338ca'][i]!,
  }));
  const perRoomPerDay = Math.ceil(sessionCount / (roomCount * days.length));
  const sessions: DemoEdition['sessions'] = [];
  for (let n = 0; n < sessionCount; n++) {
    const room = n % roomCount;
    const slot = Math.floor(n / roomCount);
    const day = days[Math.floor(slot / perRoomPerDay) % days.length]!;
    const minutes = 9 * 60 + (slot % perRoomPerDay) * 30;
    const start = zonedToInstant(
      day,
      `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`,
      tz,
    );
    const code = `L${String(n).padStart(5, '0')}`;
    sessions.push({
      code,
      guid: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      slug: `${code.toLowerCase()}-session-${n}`,
      title: `Session ${n}: ${trackNames[n % trackNames.length]} in practice, part ${(n % 5) + 1}`,
      type: n % 10 === 0 ? 'workshop' : 'talk',
      format: 'in-person',
      language: 'en',
      status: 'confirmed',
      trackId: tracks[n % tracks.length]!.id,
      roomId: rooms[room]!.id,
      startsAt: toInstant(start),
      endsAt: toInstant(new Date(start.getTime() + 25 * 60_000)),
      description: `What we learned running ${trackNames[n % trackNames.length]!.toLowerCase()} systems in production.`,
      recordingOptOut: false,
      speakers: [{ code: `SP${n % 700}`, name: `Speaker ${n % 700}` }],
      links: { youtube: null, mediaCccDe: null, slides: null },
      updatedAt: '2026-01-15T12:00:00Z',
    });
  }
  const speakers = new Map<string, DemoEdition['speakers'][number]>();
  for (const s of sessions) {
    const sp = s.speakers[0]!;
    const entry = speakers.get(sp.code) ?? { ...sp, affiliation: null, bio: '', sessionCodes: [] };
    entry.sessionCodes.push(s.code);
    speakers.set(sp.code, entry);
  }
  return {
    conference: {
      slug,
      name: 'Benchmark Conference',
      timeZone: tz,
      startDate: days[0]!,
      endDate: addDays(days[0]!, days.length - 1),
      venueName: 'Campus',
      scheduleVersion: 1,
      venue: { name: 'Campus', address: '', directions: [] },
      days: days.map((date) => ({ date, label: date, opensAt: '09:00', closesAt: '19:00', note: null })),
      rooms,
      tracks,
      sessionTypes: ['talk', 'workshop'],
    },
    sessions,
    speakers: [...speakers.values()],
    sponsorTiers: [{ id: `${slug}.tier.main`, name: 'Main', rank: 1, logoSize: 'lg', benefits: [] }],
    sponsors: [],
  };
}
