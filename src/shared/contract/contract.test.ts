import { describe, expect, it } from 'vitest';
import { demoEditions } from '../demo';
import { conferenceSchema, sessionSchema, speakerSchema, sponsorSchema, sponsorTierSchema } from './index';
import { fieldErrors, makeProblem, problemCodes, problemSchema } from './problem';
import { sessionFiltersSchema } from './session';
import { loginRequestSchema, registerRequestSchema } from './user';

describe('problem details', () => {
  it.each(Object.keys(problemCodes) as (keyof typeof problemCodes)[])(
    '%s is a valid RFC 9457 problem',
    (code) => {
      const problem = problemSchema.parse(makeProblem(code, 'detail'));
      expect(problem.status).toBe(problemCodes[code].status);
      expect(problem.type).toMatch(/^https:\/\/lanyard\.dev\/problems\//);
    },
  );

  it('names every bad field', () => {
    const result = registerRequestSchema.safeParse({ email: 'nope', name: '', password: 'short' });
    expect(result.success).toBe(false);
    expect(Object.keys(fieldErrors(result.error!)).sort()).toEqual(['email', 'name', 'password']);
  });
});

describe('request schemas', () => {
  it('normalises emails to lower case', () => {
    expect(loginRequestSchema.parse({ email: 'Organizer@Demo.TEST', password: 'x' }).email).toBe(
      'organizer@demo.test',
    );
  });
  it.each([
    [{ day: '2025-10-16' }, true],
    [{ day: '16.10.2025' }, false],
    [{ type: 'workshop' }, true],
    [{ type: 'lecture' }, false],
    [{ q: '   ' }, false],
    [{ track: 'security-encryption' }, true],
  ])('session filters %j valid: %s', (input, ok) => {
    expect(sessionFiltersSchema.safeParse(input).success).toBe(ok);
  });
});

describe('demo data satisfies the contract', () => {
  const [flagship, earlier] = demoEditions();
  it('has both editions', () => {
    expect(flagship!.conference.slug).toBe('matrix-conf-2025');
    expect(earlier!.conference.slug).toBe('matrix-conf-2024');
  });
  it.each(demoEditions().map((e) => [e.conference.slug, e] as const))('%s parses', (_slug, edition) => {
    conferenceSchema.parse(edition.conference);
    edition.sessions.forEach((s) => sessionSchema.parse(s));
    edition.speakers.forEach((s) => speakerSchema.parse(s));
    edition.sponsorTiers.forEach((t) => sponsorTierSchema.parse(t));
    edition.sponsors.forEach((s) => sponsorSchema.parse(s));
    expect(new Set(edition.sessions.map((s) => s.guid)).size).toBe(edition.sessions.length);
    expect(new Set(edition.speakers.map((s) => s.code)).size).toBe(edition.speakers.length);
  });
  it('every session of the flagship ends after it starts and within its day', () => {
    for (const s of flagship!.sessions) expect(s.endsAt > s.startsAt, s.code).toBe(true);
  });
  it('moves to a live date keeping times of day', () => {
    const live = demoEditions({ shiftTo: '2026-11-25' })[0]!;
    expect(live.conference.days[1]!.date).toBe('2026-11-26');
    const opening = live.sessions.find((s) => s.code === 'CL3HJB')!;
    // 10:00 in Paris in November is 09:00 UTC (winter time), as a calendar would have it.
    expect(opening.startsAt).toBe('2026-11-26T09:00:00Z');
  });
});
