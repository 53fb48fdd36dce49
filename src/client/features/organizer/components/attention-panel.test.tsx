import { apiRoutes } from '@shared/contract/paths';
import { signoffRequestListSchema } from '@shared/contract/volunteering';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '@mocks/node';
import { describe, expect, it } from 'vitest';
import { deskHeard } from '@client/test/arrange';
import { loginAs, renderApp, SLUG } from '@client/test/render-app';

const MAIN = `${SLUG}.check-in-list.main-entrance`;

describe('organizer overview: needs attention now', () => {
  it('lists a silent desk with a link to arrivals, and today’s show-up rate', async () => {
    await loginAs('organizer@demo.test');
    // Last heard from more than two hours before the server's clock: silent.
    await deskHeard(
      SLUG,
      {
        deskId: 'desk-east',
        deskName: 'East entrance',
        listId: MAIN,
        online: true,
        queued: 4,
        lastUploadAt: null,
      },
      '2025-10-16T06:00:00Z',
    );
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
    await loginAs('organizer@demo.test');
    renderApp(`/${SLUG}/organizer`);
    const panel = (await screen.findByRole('heading', { name: 'Needs attention now' })).closest('section')!;
    expect(within(panel).queryByText(/offline or silent/)).not.toBeInTheDocument();
    expect(within(panel).queryByText(/saved but not published/)).not.toBeInTheDocument();
  });

  it('lists volunteers waiting for a sign-off decision, with the way to the roster', async () => {
    const request = {
      id: 'req-1',
      shift: {
        id: 'shift-1',
        roleName: 'Video team',
        place: 'Main hall',
        startsAt: '2025-10-16T12:00:00Z',
        endsAt: '2025-10-16T14:00:00Z',
      },
      volunteer: { id: 'user-v', name: 'Vera Volunteer', email: 'volunteer@demo.test' },
      reason: 'Train cancelled',
      status: 'pending' as const,
      createdAt: '2025-10-16T08:00:00Z',
      decidedAt: null,
      decidedBy: null,
    };
    server.use(
      http.get(apiRoutes.signoffRequests, () =>
        HttpResponse.json(signoffRequestListSchema.parse({ mine: [], toDecide: [request] })),
      ),
    );
    await loginAs('organizer@demo.test');
    renderApp(`/${SLUG}/organizer`);
    const panel = (await screen.findByRole('heading', { name: 'Needs attention now' })).closest('section')!;
    const item = (await within(panel).findByText(/1 volunteer asks to leave a shift/)).closest('li')!;
    expect(within(item).getByRole('link', { name: /Decide on the roster/ })).toHaveAttribute(
      'href',
      `/${SLUG}/volunteer/roster`,
    );
  });
});
