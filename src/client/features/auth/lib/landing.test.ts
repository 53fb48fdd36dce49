import { type ConferenceSummary } from '@shared/contract/conference';
import { type User } from '@shared/contract/user';
import { describe, expect, it } from 'vitest';
import { landingAfterLogin } from './landing';

const conf = (slug: string) => ({ slug }) as ConferenceSummary;
const list = [conf('matrix-conf-2025'), conf('matrix-conf-2026')];
const user = (...roles: User['roles']): User => ({ id: 'u', email: 'a@b.test', name: 'A', roles });

describe('landingAfterLogin', () => {
  it('sends each role to its own screen in the edition the login came from', () => {
    expect(landingAfterLogin(user('checkin'), '/matrix-conf-2025', list, list[1])).toBe(
      '/matrix-conf-2025/check-in',
    );
    expect(landingAfterLogin(user('volunteer'), '/matrix-conf-2025/sessions/X', list, list[1])).toBe(
      '/matrix-conf-2025/volunteer/mine',
    );
    expect(landingAfterLogin(user('volunteer', 'organizer'), '/', list, list[1])).toBe(
      '/matrix-conf-2026/organizer',
    );
  });

  it('returns to a staff page that asked for the login', () => {
    expect(landingAfterLogin(user('organizer'), '/matrix-conf-2025/check-in', list, list[1])).toBe(
      '/matrix-conf-2025/check-in',
    );
  });

  it('goes where it was headed without a role or a known edition', () => {
    expect(landingAfterLogin(user(), '/matrix-conf-2025/my', list, list[0])).toBe('/matrix-conf-2025/my');
    expect(landingAfterLogin(user('checkin'), '/nowhere/check-in', [], undefined)).toBe('/nowhere/check-in');
  });
});
