import { userRoles } from '@shared/contract';
import { apiPaths, apiRoutes } from '@shared/contract/paths';
import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { asOrganizer, database, userIdOf } from '@client/test/arrange';
import { loginAs, renderApp, SLUG } from '@client/test/render-app';

const PEOPLE = `/${SLUG}/organizer/people`;

const rolesOf = async (name: string) => screen.findByRole('group', { name: `Roles of ${name}` });
/** The staff roles the server stored for an account, in the order the API lists them. */
async function storedRoles(email: string) {
  const db = await database();
  const rows = await db
    .selectFrom('user_roles as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select('r.role')
    .where('u.email', '=', email)
    .execute();
  return userRoles.filter((role) => rows.some((r) => r.role === role));
}

/** Holds matching requests until released, then lets the regular mock handler answer them. */
function holdRequests(method: 'get' | 'put', path: string) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  server.use(
    http[method](path, async () => {
      await released;
      // Returning nothing hands the request on to the next matching handler.
    }),
  );
  return release;
}

describe('people and staff roles', () => {
  it('lists every account with its name, email and roles for an organizer', async () => {
    await loginAs('organizer@demo.test');
    const { user, router } = renderApp(`/${SLUG}/organizer`);
    await user.click(await screen.findByRole('link', { name: /People and staff roles/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'People' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(PEOPLE);

    expect(screen.getByRole('status')).toHaveTextContent('3 accounts');
    const names = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(names).toEqual(['Dario Desk ', 'Olivia Organizer you', 'Vera Volunteer ']);
    expect(screen.getByText('volunteer@demo.test')).toBeInTheDocument();

    const vera = within(await rolesOf('Vera Volunteer'));
    expect(vera.getByRole('button', { name: 'Volunteer' })).toHaveAttribute('aria-pressed', 'true');
    expect(vera.getByRole('button', { name: 'Check-in' })).toHaveAttribute('aria-pressed', 'false');
    expect(vera.getByRole('button', { name: 'Organizer' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('makes the volunteer check-in staff, showing the change before the API answers', async () => {
    await loginAs('organizer@demo.test');
    const release = holdRequests('put', apiRoutes.userRoles);
    const { user } = renderApp(PEOPLE);
    const checkIn = within(await rolesOf('Vera Volunteer')).getByRole('button', { name: 'Check-in' });

    await user.click(checkIn);
    expect(checkIn).toHaveAttribute('aria-pressed', 'true');
    expect(await storedRoles('volunteer@demo.test')).toEqual(['volunteer']);

    release();
    await waitFor(async () =>
      expect(await storedRoles('volunteer@demo.test')).toEqual(['volunteer', 'checkin']),
    );
    // After the refetch the list still shows what the API stored.
    const vera = within(await rolesOf('Vera Volunteer'));
    await waitFor(() =>
      expect(vera.getByRole('button', { name: 'Check-in' })).toHaveAttribute('aria-pressed', 'true'),
    );
    expect(vera.getByRole('button', { name: 'Volunteer' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('explains the last-organizer refusal and puts the toggle back', async () => {
    await loginAs('organizer@demo.test');
    const release = holdRequests('put', apiRoutes.userRoles);
    const { user } = renderApp(PEOPLE);
    const organizer = within(await rolesOf('Olivia Organizer')).getByRole('button', { name: 'Organizer' });
    expect(organizer).toHaveAttribute('aria-pressed', 'true');

    await user.click(organizer);
    expect(organizer).toHaveAttribute('aria-pressed', 'false');
    release();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The roles of Olivia Organizer were not changed.');
    expect(alert).toHaveTextContent('Someone else must be organizer before you can give up the role.');
    expect(organizer).toHaveAttribute('aria-pressed', 'true');
    expect(await storedRoles('organizer@demo.test')).toEqual(['organizer']);
  });

  it('refreshes who is logged in when organizers change their own roles', async () => {
    await asOrganizer(apiPaths.userRoles(await userIdOf('volunteer@demo.test')), {
      method: 'PUT',
      json: { roles: ['organizer'] },
    });
    await loginAs('organizer@demo.test');
    const { user } = renderApp(PEOPLE);
    const nav = await screen.findByRole('navigation', { name: 'Sections' });
    expect(within(nav).getByRole('link', { name: 'Organizer' })).toBeInTheDocument();

    await user.click(within(await rolesOf('Olivia Organizer')).getByRole('button', { name: 'Organizer' }));
    expect(await screen.findByRole('heading', { name: 'Staff only' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Organizer' })).not.toBeInTheDocument();
    expect(await storedRoles('organizer@demo.test')).toEqual([]);
  });

  it('searches by name or email and filters by role', async () => {
    await loginAs('organizer@demo.test');
    const { user } = renderApp(PEOPLE);
    await rolesOf('Vera Volunteer');

    await user.type(screen.getByRole('searchbox', { name: 'Search by name or email' }), 'DESK@{Enter}');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 account'));
    expect(screen.getByRole('group', { name: 'Roles of Dario Desk' })).toBeInTheDocument();

    await user.clear(screen.getByRole('searchbox'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'Organizers');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 account'));
    expect(screen.getByRole('group', { name: 'Roles of Olivia Organizer' })).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox'), 'nobody-here');
    expect(await screen.findByText(/No account matches/)).toBeInTheDocument();
  });

  it('tells a volunteer the page is for organizers', async () => {
    await loginAs('volunteer@demo.test');
    renderApp(PEOPLE);
    expect(await screen.findByRole('heading', { name: 'Staff only' })).toBeInTheDocument();
    expect(screen.getByText(/for organizer accounts/)).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: /Roles of/ })).not.toBeInTheDocument();
  });

  it('sends anonymous visitors to the login page', async () => {
    const { router } = renderApp(PEOPLE);
    expect(await screen.findByRole('heading', { name: 'Log in to Lanyard' })).toBeInTheDocument();
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent(PEOPLE)}`);
  });
});
