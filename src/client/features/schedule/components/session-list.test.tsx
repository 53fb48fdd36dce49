import { apiRoutes } from '@shared/contract/paths';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { flagship, renderApp, SLUG } from '@client/test/render-app';
import { groupByStart } from '../lib/group-by-start';
import { slotsAfter, slotsBefore } from './session-list';

/** A FOSDEM-sized Thursday: 300 sessions in 20-minute slots across the day's rooms. */
function bigThursday() {
  const { sessions } = flagship();
  const template = sessions.find((s) => s.code === 'KCKEYJ')!;
  return Array.from({ length: 300 }, (_, i) => {
    const start = Date.parse('2025-10-16T06:00:00Z') + Math.floor(i / 10) * 20 * 60_000;
    return {
      ...template,
      code: `BIG${i}`,
      guid: crypto.randomUUID(),
      title: `Generated session ${i}`,
      startsAt: new Date(start).toISOString().replace('.000Z', 'Z'),
      endsAt: new Date(start + 20 * 60_000).toISOString().replace('.000Z', 'Z'),
    };
  });
}

describe('windowed session list', () => {
  it('grows windows by whole slots', () => {
    const slots = groupByStart(bigThursday(), flagship().conference.rooms);
    expect(slots).toHaveLength(30);
    expect(slotsAfter(slots, 0, 60)).toBe(6);
    expect(slotsAfter(slots, 28, 60)).toBe(30);
    expect(slotsBefore(slots, 12, 60)).toBe(6);
    expect(slotsBefore(slots, 0, 60)).toBe(0);
  });

  it('keeps the DOM small for a big day and grows on request', async () => {
    const sessions = bigThursday();
    server.use(http.get(apiRoutes.sessions, () => HttpResponse.json({ scheduleVersion: 0, sessions })));
    const { user } = renderApp(`/${SLUG}?day=2025-10-16`);
    const list = await screen.findByRole('region', { name: /Thursday/ }, { timeout: 5000 }); // 300 sessions on a busy CI box
    expect(within(list).getByText('Conference day 1 · 300 sessions')).toBeInTheDocument();
    expect(within(list).getAllByRole('article')).toHaveLength(60);
    await user.click(within(list).getByRole('button', { name: 'Show more sessions' }));
    expect(within(list).getAllByRole('article')).toHaveLength(120);
  });
});
