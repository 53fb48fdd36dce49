import type { SessionType, UserRole } from '../contract';

/** A session as the demo seed writes it: local wall-clock times, names instead of ids. */
export interface DemoSessionRow {
  code: string;
  guid: string;
  title: string;
  type: SessionType;
  track: string | null;
  room: string | null;
  /** Local date and time in the edition's zone. */
  date: string;
  time: string;
  minutes: number;
  speakers: string[];
  youtube: string | null;
  mediaCccDe: string | null;
  hasSlides: boolean;
  description?: string;
}

export interface DemoEditionFacts {
  slug: string;
  name: string;
  timeZone: string;
  venue: { name: string; address: string; directions: string[] };
  days: { date: string; label: string; opensAt: string; closesAt: string; note: string | null }[];
  rooms: { name: string; liveStreamUrl: string | null }[];
  tracks: { name: string; color: string }[];
  tiers: { name: string; rank: number; logoSize: 'xl' | 'lg' | 'md' | 'sm'; benefits: string[] }[];
  sponsors: { name: string; tier: string; url: string | null; packages: string[] }[];
  sessions: DemoSessionRow[];
}

export interface DemoAccount {
  email: string;
  name: string;
  roles: UserRole[];
  password: string;
}
