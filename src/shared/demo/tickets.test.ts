import { describe, expect, it } from 'vitest';
import { ticketIdSchema, ticketSecretSchema } from '../contract';
import { demoEditions } from './index';
import { demoTicketing } from './tickets';

describe('demo tickets', () => {
  const edition = demoEditions()[0]!;
  const { ticketTypes, tickets, lists } = demoTicketing(edition);

  it('has the seven ticket types, each with conference days', () => {
    expect(ticketTypes.map((t) => [t.slug, t.number, t.validDays.length])).toEqual([
      ['conference-pass', 1, 4],
      ['barcamp-day', 2, 1],
      ['workshop-day', 3, 1],
      ['business', 4, 4],
      ['speaker', 5, 4],
      ['volunteer', 6, 4],
      ['sponsor', 7, 4],
    ]);
  });

  it('has about 300 tickets with distinct holders, ids and secrets', () => {
    expect(tickets).toHaveLength(300);
    for (const key of ['id', 'secret', 'holderName', 'email'] as const) {
      expect(new Set(tickets.map((t) => t[key])).size, key).toBe(300);
    }
    expect(tickets.every((t) => ticketIdSchema.safeParse(t.id).success)).toBe(true);
    expect(tickets.every((t) => ticketSecretSchema.safeParse(t.secret).success)).toBe(true);
    expect(tickets.every((t) => t.email.endsWith('@example.org'))).toBe(true);
  });

  it('includes cancelled, blocked and noted tickets for the desk to refuse or read out', () => {
    expect(tickets.filter((t) => t.status === 'cancelled').length).toBeGreaterThan(0);
    expect(tickets.filter((t) => t.status === 'blocked')).toHaveLength(1);
    expect(tickets.filter((t) => t.note !== null).length).toBeGreaterThan(0);
    expect(new Set(tickets.map((t) => t.country)).size).toBe(21); // twenty countries and "not given"
  });

  it('is the same on every run and follows the shifted dates', () => {
    expect(demoTicketing(edition)).toEqual({ ticketTypes, tickets, lists });
    const shifted = demoTicketing(demoEditions({ shiftTo: '2026-03-02' })[0]!);
    expect(shifted.ticketTypes[0]!.validDays[0]).toBe('2026-03-02');
    expect(shifted.tickets).toEqual(tickets);
  });
});
