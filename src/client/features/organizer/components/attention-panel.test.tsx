import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seedMockDesk } from '@mocks/handlers/check-in';
import { loginAs, renderApp, SLUG } from '@client/test/render-app';

const MAIN = `${SLUG}.check-in-list.main-entrance`;

describe('organizer overview: needs attention now', () => {
  it('lists a silent desk with a link to arrivals, and today’s show-up rate', async () => {
    loginAs('organizer@demo.test');
    // Last heard from an hour before the mock's clock: silent.
    seedMockDesk({
      slug: SLUG,
      deskId: 'desk-east',
      deskName: 'East entrance',
      listId: MAIN,
      online: true,
      queued: 4,
      lastUploadAt: null,
      seenAt: '2025-10-16T06:00:00Z',
    });
    renderApp(`/${SLUG}/organizer`);
    const panel = (await screen.findByRole('heading', { name: 'Needs attention now' })).closest('section')!;
    const desk = await within(panel).findByText(/check-in desk is offline or silent: East entrance/);
    expect(within(desk.closest('li')!).getByRole('link', { name: /Arrivals/ })).toHaveAttribute(
      'href',
      `/${SLUG}/organizer/arrivals`,
    );
    expect(
      await within(panel).findByText(/^Today: \d+ of [\d,]+ expected attendees checked in/),
    ).toBeVisible();
  });

  it('says when nothing needs attention', async () => {
    loginAs('organizer@demo.test');
    renderApp(`/${SLUG}/organizer`);
    const panel = (await screen.findByRole('heading', { name: 'Needs attention now' })).closest('section')!;
    expect(within(panel).queryByText(/offline or silent/)).not.toBeInTheDocument();
    expect(within(panel).queryByText(/saved but not published/)).not.toBeInTheDocument();
  });
});
