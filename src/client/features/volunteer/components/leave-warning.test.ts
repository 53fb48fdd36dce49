import { type Shift } from '@shared/contract/shift';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPageMessages } from '@client/i18n';
import { localiseTimes } from '@client/ui/forms/problem-messages';
import { leaveWarning } from './shift-card';

const zone = 'Europe/Paris';
const shift = { signOffUntil: '2025-10-18T04:00:00Z' } as Shift;

beforeAll(() => loadPageMessages());

describe('claiming close to the sign-off deadline', () => {
  it('warns when leaving closes within a day, and says when it closed already', () => {
    expect(leaveWarning(shift, zone, new Date('2025-10-16T08:30:00Z'))).toBeNull();
    expect(leaveWarning(shift, zone, new Date('2025-10-17T12:00:00Z'))).toBe(
      'Leaving this shift closes Sat 06:00; after that only a coordinator can take you off.',
    );
    expect(leaveWarning(shift, zone, new Date('2025-10-18T05:00:00Z'))).toBe(
      'Leaving this shift closed Sat 06:00: once you take it, only a coordinator can take you off.',
    );
  });
});

describe('times in refusals', () => {
  it('reads like the rest of the app, not ISO with a zone', () => {
    expect(localiseTimes('It overlaps your Desk shift at Foyer from 2026-12-05 10:00 (Europe/Paris).')).toBe(
      'It overlaps your Desk shift at Foyer from Sat 5 Dec 10:00.',
    );
  });
});
