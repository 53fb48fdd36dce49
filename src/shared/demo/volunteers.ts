import type { MembershipStatus, RoleAccess } from '../contract';
import { addDays, conferenceDayOf, toInstant, zonedToInstant } from '../time';
import type { DemoEdition } from './types';

export interface DemoRole {
  slug: string;
  name: string;
  description: string;
  access: RoleAccess;
  signupOpensHours: number;
  signOffDeadlineHours: number;
  coordinatorContact: string;
}

export interface DemoShift {
  id: string;
  role: string;
  place: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
}

export interface DemoVolunteerPlan {
  roles: DemoRole[];
  shifts: DemoShift[];
  /** What volunteer@demo.test has already done. */
  volunteer: { memberships: { role: string; status: MembershipStatus }[]; shiftIds: string[] };
}

const INFO_POINT = 'Ask at the info point in the foyer';

/** The reference event's roles (conference.json volunteerRoles), described in our own words. */
const ROLES: DemoRole[] = [
  ['build-up', 'Build-up', 'Set up stages, signage and the registration area the day before the doors open.'],
  ['check-in-desk', 'Check-in desk', 'Welcome attendees, scan their tickets and hand out badges.'],
  [
    'session-host',
    'Session host',
    'Introduce the speakers, keep time and pass the microphone for questions.',
  ],
  ['merch-desk', 'Merch desk', 'Hand out pre-ordered merchandise and sell what is left.'],
  ['video-team', 'Video team', 'Run cameras and the audio/video mixers for streams and recordings.'],
  [
    'accessibility-support',
    'Accessibility support',
    'Help people with accessibility needs get around and get seated.',
  ],
  ['tear-down', 'Tear-down', 'Pack the equipment away and leave the venue as we found it.'],
].map(([slug, name, description]) => ({
  slug: slug!,
  name: name!,
  description: description!,
  // The video team trains its volunteers first; everything else is open to all.
  access: slug === 'video-team' ? 'restricted' : 'open',
  // Tear-down opens late, once the organizers know who is still around; a month for the rest.
  signupOpensHours: slug === 'tear-down' ? 48 : 720,
  signOffDeadlineHours: slug === 'video-team' ? 24 : 3,
  coordinatorContact: slug === 'video-team' ? 'Ask at the video desk next to Ada Byron' : INFO_POINT,
}));

/** A wall-clock time moved by whole hours within the same day: plus('10:00', -1) is '09:00'. */
const plus = (time: string, hours: number) => {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return `${String(h + hours).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
};

/**
 * Roles and shifts over the build-up day (the day before the first conference day), every
 * conference day and the tear-down day after, derived from the edition's days and zone so
 * they follow the demo's date shifting.
 */
export function demoVolunteerPlan(edition: DemoEdition): DemoVolunteerPlan {
  const { conference: c } = edition;
  const tz = c.timeZone;
  const shifts: DemoShift[] = [];
  const add = (
    role: string,
    place: string,
    date: string,
    start: string,
    end: string,
    capacity: number,
    tag = '',
  ) => {
    shifts.push({
      id: `${c.slug}.shift.${role}.${date}.${start.replace(':', '')}${tag ? `.${tag}` : ''}`,
      role,
      place,
      startsAt: toInstant(zonedToInstant(date, start, tz)),
      endsAt: toInstant(zonedToInstant(date, end, tz)),
      capacity,
    });
  };

  const buildUp = addDays(c.days[0]!.date, -1);
  add('build-up', 'Main hall', buildUp, '09:00', '13:00', 6);
  add('build-up', 'Main hall', buildUp, '14:00', '18:00', 6);

  const stages = c.rooms.filter((r) => r.liveStreamUrl !== null);
  const talkDays = new Set(
    edition.sessions
      .filter((s) => s.type !== 'barcamp' && s.type !== 'social')
      .map((s) => conferenceDayOf(new Date(s.startsAt), tz)),
  );
  for (const day of c.days) {
    const open = day.opensAt;
    add('check-in-desk', 'Entrance', day.date, plus(open, -1), plus(open, 2), 4);
    add('check-in-desk', 'Entrance', day.date, plus(open, 2), plus(open, 5), 2);
    add('merch-desk', 'Foyer', day.date, open, plus(open, 4), 2);
    add('merch-desk', 'Foyer', day.date, plus(open, 4), plus(open, 8), 2);
    add('accessibility-support', 'Info point', day.date, open, plus(open, 4), 2);
    add('accessibility-support', 'Info point', day.date, plus(open, 4), plus(open, 8), 2);
    if (!talkDays.has(day.date)) continue;
    for (const room of stages) {
      add('session-host', room.name, day.date, open, plus(open, 4), 1, room.slug);
      add('session-host', room.name, day.date, plus(open, 4), day.closesAt, 1, room.slug);
      add('video-team', room.name, day.date, open, plus(open, 4), 2, room.slug);
      add('video-team', room.name, day.date, plus(open, 4), day.closesAt, 2, room.slug);
    }
  }
  const tearDown = addDays(c.days[c.days.length - 1]!.date, 1);
  add('tear-down', 'Main hall', tearDown, '10:00', '14:00', 8);

  // Vera has a desk shift in the morning of the second talk day and hosts in the afternoon.
  const day = c.days.find((d) => d.date === [...talkDays].sort()[1]) ?? c.days[0]!;
  const vera = [
    `${c.slug}.shift.check-in-desk.${day.date}.${plus(day.opensAt, -1).replace(':', '')}`,
    `${c.slug}.shift.session-host.${day.date}.${plus(day.opensAt, 4).replace(':', '')}.${stages[0]?.slug}`,
  ].filter((id) => shifts.some((s) => s.id === id));
  return {
    roles: ROLES,
    shifts,
    volunteer: {
      memberships: [
        { role: 'check-in-desk', status: 'confirmed' },
        { role: 'session-host', status: 'confirmed' },
        { role: 'video-team', status: 'pending' },
      ],
      shiftIds: vera,
    },
  };
}
