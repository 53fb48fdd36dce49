import type { Conference, Session, Speaker, Sponsor, SponsorTier } from '../contract';
import { stableCode } from '../text/codes';
import { slugify } from '../text/slug';
import { addDays, daysBetween, toInstant, zonedToInstant } from '../time';
import { matrixConf2024 } from './matrix-conf-2024';
import { matrixConf2025 } from './matrix-conf-2025';
import type { DemoAccount, DemoEditionFacts } from './rows';
import type { DemoEdition, DemoOptions } from './types';

export type { DemoAccount, DemoEditionFacts, DemoSessionRow } from './rows';
export type { DemoEdition, DemoOptions } from './types';

/** The flagship edition first: the app opens on it. */
export const demoEditionFacts: DemoEditionFacts[] = [matrixConf2025, matrixConf2024];

export const DEMO_PASSWORD = 'lanyard-demo';

/** The three documented demo logins. They exist only in demo mode. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'organizer@demo.test', name: 'Olivia Organizer', roles: ['organizer'], password: DEMO_PASSWORD },
  { email: 'desk@demo.test', name: 'Dario Desk', roles: ['checkin'], password: DEMO_PASSWORD },
  { email: 'volunteer@demo.test', name: 'Vera Volunteer', roles: ['volunteer'], password: DEMO_PASSWORD },
];

const speakerCode = (name: string) => stableCode(`speaker:${name}`);

/** Builds every demo edition in contract shape, optionally moved in time (see DemoOptions). */
export function demoEditions(options: DemoOptions = {}): DemoEdition[] {
  const first = demoEditionFacts[0]!.days[0]!.date;
  const shiftDays = options.shiftTo ? daysBetween(first, options.shiftTo) : 0;
  return demoEditionFacts.map((facts) => buildEdition(facts, shiftDays));
}

function buildEdition(facts: DemoEditionFacts, shiftDays: number): DemoEdition {
  const id = (kind: string, name: string) => `${facts.slug}.${kind}.${slugify(name)}`;
  const tz = facts.timeZone;
  const days = facts.days.map((d) => ({ ...d, date: addDays(d.date, shiftDays) }));
  const rooms = facts.rooms.map((r, position) => ({
    id: id('room', r.name),
    slug: slugify(r.name),
    name: r.name,
    position,
    liveStreamUrl: r.liveStreamUrl,
  }));
  const tracks = facts.tracks.map((t) => ({ id: id('track', t.name), slug: slugify(t.name), ...t }));
  const roomId = (name: string | null) => (name ? id('room', name) : null);
  const trackId = (name: string | null) => (name ? id('track', name) : null);
  // Content is dated two weeks before the first day, so "changed since" logic has a baseline.
  const updatedAt = toInstant(zonedToInstant(addDays(days[0]!.date, -14), '12:00', tz));

  const sessions: Session[] = facts.sessions.map((row) => {
    const start = zonedToInstant(addDays(row.date, shiftDays), row.time, tz);
    return {
      code: row.code,
      guid: row.guid,
      slug: `${row.code.toLowerCase()}-${slugify(row.title, 56)}`.replace(/-+$/, ''),
      title: row.title,
      type: row.type,
      format: 'in-person',
      language: 'en',
      status: 'confirmed',
      trackId: trackId(row.track),
      roomId: roomId(row.room),
      startsAt: toInstant(start),
      endsAt: toInstant(new Date(start.getTime() + row.minutes * 60_000)),
      description: row.description ?? '',
      recordingOptOut: false,
      speakers: row.speakers.map((name) => ({ code: speakerCode(name), name })),
      links: { youtube: row.youtube, mediaCccDe: row.mediaCccDe, slides: null },
      updatedAt,
    };
  });

  const speakers = new Map<string, Speaker>();
  for (const s of sessions) {
    for (const sp of s.speakers) {
      const speaker = speakers.get(sp.code) ?? { ...sp, affiliation: null, bio: '', sessionCodes: [] };
      speaker.sessionCodes.push(s.code);
      speakers.set(sp.code, speaker);
    }
  }

  const sponsorTiers: SponsorTier[] = facts.tiers.map((t) => ({ id: id('tier', t.name), ...t }));
  const sponsors: Sponsor[] = facts.sponsors.map((s) => ({
    id: id('sponsor', s.name),
    slug: slugify(s.name),
    name: s.name,
    tierId: id('tier', s.tier),
    url: s.url,
    packages: s.packages,
    logoUrl: null,
    description: '',
  }));

  const conference: Conference = {
    slug: facts.slug,
    name: facts.name,
    timeZone: tz,
    startDate: days[0]!.date,
    endDate: days[days.length - 1]!.date,
    venueName: facts.venue.name,
    scheduleVersion: 1,
    venue: facts.venue,
    days,
    rooms,
    tracks,
    sessionTypes: [...new Set(sessions.map((s) => s.type))],
  };
  return { conference, sessions, speakers: [...speakers.values()], sponsorTiers, sponsors };
}
