import { type ConferenceSummary } from '@shared/contract/conference';
import { describe, expect, it } from 'vitest';
import { pickCurrentConference } from './pick-current-conference';

const edition = (slug: string, startDate: string, endDate: string): ConferenceSummary => ({
  slug,
  name: slug,
  timeZone: 'Europe/Paris',
  startDate,
  endDate,
  venueName: 'Venue',
  scheduleVersion: 1,
});
const list = [edition('y2024', '2024-09-10', '2024-09-13'), edition('y2025', '2025-10-15', '2025-10-18')];

describe('pickCurrentConference', () => {
  it.each([
    ['running, by the local date', '2025-10-14T22:30:00Z', 'y2025'],
    ['upcoming', '2025-01-01T12:00:00Z', 'y2025'],
    ['between editions picks the next', '2024-12-01T12:00:00Z', 'y2025'],
    ['all past picks the latest', '2026-06-01T12:00:00Z', 'y2025'],
    ['during the older one', '2024-09-11T12:00:00Z', 'y2024'],
  ])('%s', (_name, now, slug) => {
    expect(pickCurrentConference(list, new Date(now))?.slug).toBe(slug);
  });

  it('gives nothing for no editions', () => {
    expect(pickCurrentConference([], new Date())).toBeUndefined();
  });
});
