import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { flagship, loginAs, renderApp, SLUG } from '@client/test/render-app';

describe('staff pages', () => {
  it('send anonymous visitors to the login page and remember where they were going', async () => {
    const { router } = renderApp(`/${SLUG}/organizer`);
    expect(await screen.findByRole('heading', { name: 'Log in to Lanyard' })).toBeInTheDocument();
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent(`/${SLUG}/organizer`)}`);
  });

  it('tell a volunteer the organizer page is for organizers', async () => {
    await loginAs('volunteer@demo.test');
    renderApp(`/${SLUG}/organizer`);
    expect(await screen.findByRole('heading', { name: 'Staff only' })).toBeInTheDocument();
    expect(screen.getByText(/for organizer accounts/)).toBeInTheDocument();
  });

  it('show an organizer the counts from the read endpoints', async () => {
    await loginAs('organizer@demo.test');
    renderApp(`/${SLUG}/organizer`);
    const { sessions, speakers, sponsors, conference } = flagship();
    const figure = async (label: string) =>
      within((await screen.findByText(label, { selector: 'dt' })).parentElement!).getByRole('definition');
    expect(await figure('Sessions')).toHaveTextContent(String(sessions.length));
    expect(await figure('Speakers')).toHaveTextContent(String(speakers.length));
    expect(await figure('Sponsors')).toHaveTextContent(String(sponsors.length));
    expect(await figure('Rooms')).toHaveTextContent(String(conference.rooms.length));
  });

  it('show the desk user and conference on the check-in page', async () => {
    await loginAs('desk@demo.test');
    renderApp(`/${SLUG}/check-in`);
    expect(await screen.findByRole('heading', { name: 'Check-in desk' })).toBeInTheDocument();
    expect(screen.getByText('Dario Desk')).toBeInTheDocument();
    expect(screen.getAllByText('The Matrix Conference 2025').length).toBeGreaterThan(0);
  });
});
