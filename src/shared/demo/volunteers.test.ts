import { describe, expect, it } from 'vitest';
import { idSchema, shiftSchema } from '../contract';
import { conferenceDayOf } from '../time';
import { demoEditions } from './index';
import { demoVolunteerPlan } from './volunteers';

describe('demo volunteer plan', () => {
  const [flagship] = demoEditions();
  const plan = demoVolunteerPlan(flagship!);
  const days = (role: string) => [
    ...new Set(
      plan.shifts
        .filter((s) => s.role === role)
        .map((s) => conferenceDayOf(new Date(s.startsAt), 'Europe/Paris')),
    ),
  ];

  it('has the seven roles of the reference event, the video team restricted', () => {
    expect(plan.roles.map((r) => [r.slug, r.access])).toEqual([
      ['build-up', 'open'],
      ['check-in-desk', 'open'],
      ['session-host', 'open'],
      ['merch-desk', 'open'],
      ['video-team', 'restricted'],
      ['accessibility-support', 'open'],
      ['tear-down', 'open'],
    ]);
  });

  it('spans build-up day, the four conference days and tear-down day', () => {
    expect(days('build-up')).toEqual(['2025-10-14']);
    expect(days('check-in-desk')).toEqual(['2025-10-15', '2025-10-16', '2025-10-17', '2025-10-18']);
    expect(days('video-team')).toEqual(['2025-10-16', '2025-10-17', '2025-10-18']);
    expect(days('tear-down')).toEqual(['2025-10-19']);
  });

  it('has valid, unique shift ids and shifts that end after they start', () => {
    for (const s of plan.shifts) {
      expect(idSchema.safeParse(s.id).success, s.id).toBe(true);
      expect(s.endsAt > s.startsAt, s.id).toBe(true);
      expect(shiftSchema.shape.capacity.safeParse(s.capacity).success).toBe(true);
    }
    expect(new Set(plan.shifts.map((s) => s.id)).size).toBe(plan.shifts.length);
  });

  it('gives the demo volunteer a morning desk shift and an afternoon hosting shift', () => {
    const mine = plan.volunteer.shiftIds.map((id) => plan.shifts.find((s) => s.id === id)!);
    expect(mine.map((s) => [s.role, s.startsAt, s.endsAt])).toEqual([
      ['check-in-desk', '2025-10-17T07:00:00Z', '2025-10-17T10:00:00Z'],
      ['session-host', '2025-10-17T12:00:00Z', '2025-10-17T16:00:00Z'],
    ]);
  });

  it('follows the demo when it is moved in time', () => {
    const moved = demoVolunteerPlan(demoEditions({ shiftTo: '2026-03-02' })[0]!);
    expect(moved.shifts[0]!.startsAt).toBe('2026-03-01T08:00:00Z');
    expect(moved.volunteer.shiftIds).toHaveLength(2);
  });
});
