import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loginAs, renderApp, SLUG } from '@client/test/render-app';

async function sections() {
  const nav = await screen.findByRole('navigation', { name: 'Sections' });
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent);
}

describe('app shell', () => {
  it('shows the public sections and hides staff ones from anonymous visitors', async () => {
    renderApp(`/${SLUG}`);
    expect(await sections()).toEqual(['Schedule', 'Starred', 'Sponsors', 'Videos', 'Volunteer']);
    expect(screen.getByRole('banner')).toHaveTextContent('The Matrix Conference 2025');
    expect(screen.getByRole('link', { name: 'Log in' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
  });

  it('marks the current section with aria-current', async () => {
    renderApp(`/${SLUG}`);
    const nav = await screen.findByRole('navigation', { name: 'Sections' });
    expect(within(nav).getByRole('link', { name: 'Schedule' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Sponsors' })).not.toHaveAttribute('aria-current');
  });

  it('shows check-in and organizer sections to an organizer', async () => {
    await loginAs('organizer@demo.test');
    renderApp(`/${SLUG}`);
    expect(await sections()).toEqual([
      'Schedule',
      'Starred',
      'Sponsors',
      'Videos',
      'Volunteer',
      'Check-in',
      'Organizer',
    ]);
    expect(await screen.findByRole('button', { name: 'Log out' })).toBeInTheDocument();
  });

  it('shows check-in but not organizer to desk staff', async () => {
    await loginAs('desk@demo.test');
    renderApp(`/${SLUG}`);
    expect(await sections()).toEqual(['Schedule', 'Starred', 'Sponsors', 'Videos', 'Volunteer', 'Check-in']);
  });

  it('logs out and hides the staff sections again', async () => {
    await loginAs('organizer@demo.test');
    const { user } = renderApp(`/${SLUG}`);
    await user.click(await screen.findByRole('button', { name: 'Log out' }));
    expect(await screen.findByRole('link', { name: 'Log in' })).toBeInTheDocument();
    expect(await sections()).toEqual(['Schedule', 'Starred', 'Sponsors', 'Videos', 'Volunteer']);
  });

  it('redirects / to the flagship conference', async () => {
    const { router } = renderApp('/');
    await screen.findByRole('navigation', { name: 'Sections' });
    expect(router.state.location.pathname).toBe(`/${SLUG}`);
  });
});
