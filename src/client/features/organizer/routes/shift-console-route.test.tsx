import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { database } from '@client/test/arrange';
import { loginAs, renderApp, SLUG } from '@client/test/render-app';

const CONSOLE = `/${SLUG}/organizer/shifts`;
/** Vera hosts in Ada Byron on Friday afternoon in the seed. */
const HOST_SHIFT = `${SLUG}.shift.session-host.2025-10-17.1400.ada-byron`;

/** The flagship's shifts as stored. */
const shifts = async () =>
  (await database())
    .selectFrom('shifts')
    .innerJoin('volunteer_roles', 'volunteer_roles.id', 'shifts.role_id')
    .select(['shifts.id', 'shifts.capacity', 'shifts.place', 'volunteer_roles.slug as role'])
    .where('shifts.conference_id', '=', `conf.${SLUG}`)
    .execute();
const hostShiftExists = async () => (await shifts()).some((s) => s.id === HOST_SHIFT);
/** The flagship's role `slug` as stored, or undefined once deleted. */
const role = async (slug: string) =>
  (await database())
    .selectFrom('volunteer_roles')
    .select(['slug', 'name'])
    .where('conference_id', '=', `conf.${SLUG}`)
    .where('slug', '=', slug)
    .executeTakeFirst();

/** The first lazy load of the route can take a while on a busy machine. */
const opened = () => screen.findByRole('heading', { level: 1, name: 'Shifts and roles' }, { timeout: 5000 });

describe('shift console', () => {
  it('generates shifts from the schedule after a preview', async () => {
    await loginAs('organizer@demo.test');
    const { user } = renderApp(CONSOLE);
    await opened();
    // The form waits for the roles, which arrive after the page (its loader waits for the shifts only).
    const form = await screen.findByRole('form', { name: 'Shifts from the schedule' });
    const before = (await shifts()).length;

    await user.click(within(form).getByRole('button', { name: 'Preview' }));
    // No room ticked: the shared schema refuses before anything is sent.
    expect(await within(form).findByText(/Too small|at least 1/i)).toBeInTheDocument();

    await user.click(within(form).getByRole('checkbox', { name: 'Ada Byron' }));
    await user.click(within(form).getByRole('button', { name: 'Preview' }));
    const summary = await within(form).findByText(/shifts? would cover \d+ sessions/);
    const count = Number(/^(\d+)/.exec(summary.textContent ?? '')?.[1]);
    expect(count).toBeGreaterThan(0);
    expect((await shifts()).length).toBe(before);

    await user.click(within(form).getByRole('button', { name: new RegExp(`^Create ${count} shifts?$`) }));
    expect(await within(form).findByText(new RegExp(`^${count} shifts? created`))).toBeInTheDocument();
    expect((await shifts()).length).toBe(before + count);
  });

  it('edits a shift, checking the fields with the shared schema first', async () => {
    await loginAs('organizer@demo.test');
    const { user } = renderApp(CONSOLE);
    await opened();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Day' }), 'Fri 17 Oct');
    await user.click(await screen.findByRole('button', { name: /^Edit Session host · Ada Byron · 14:00/ }));
    const form = await screen.findByRole('form', { name: 'Edit shift' });

    const capacity = within(form).getByRole('spinbutton', { name: 'People needed' });
    await user.clear(capacity);
    await user.type(capacity, '0');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await within(form).findByText(/Too small|at least 1|>=1/i)).toBeInTheDocument();
    expect(capacity).toHaveAttribute('aria-invalid', 'true');

    await user.clear(capacity);
    await user.type(capacity, '3');
    const place = within(form).getByRole('textbox', { name: 'Place' });
    await user.clear(place);
    await user.type(place, 'Ada Byron, stage left');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit shift' })).not.toBeInTheDocument());
    const shift = (await shifts()).find((s) => s.id === HOST_SHIFT);
    expect(shift).toMatchObject({ capacity: 3, place: 'Ada Byron, stage left' });
  });

  it('asks before deleting a shift someone is on, then tells them', async () => {
    await loginAs('organizer@demo.test');
    const { user, unmount } = renderApp(CONSOLE);
    await opened();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Day' }), 'Fri 17 Oct');
    await user.click(await screen.findByRole('button', { name: /^Delete Session host · Ada Byron · 14:00/ }));
    const dialog = await screen.findByRole('alertdialog', {
      name: /^Delete Session host · Ada Byron · 14:00.*\?$/,
    });
    expect(within(dialog).getByRole('listitem')).toHaveTextContent('1 person signed up: “Vera Volunteer”');
    expect(dialog).toHaveAccessibleDescription(/cancels their place and tells them\.$/);
    expect(await hostShiftExists()).toBe(true);

    await user.click(within(dialog).getByRole('button', { name: 'Delete and notify 1 volunteer' }));
    // The list refetches once the server has answered: the shift leaves the screen, then the database.
    await waitFor(() =>
      expect(
        screen.queryByRole('button', { name: /^Delete Session host · Ada Byron · 14:00/ }),
      ).not.toBeInTheDocument(),
    );
    expect(await hostShiftExists()).toBe(false);

    unmount();
    await loginAs('volunteer@demo.test');
    renderApp(`/${SLUG}/volunteer/mine`);
    const inbox = await screen.findByRole('heading', { name: 'Messages' }, { timeout: 5000 });
    expect(
      await within(inbox.closest('section')!).findByText(/^Cancelled: your shift Session host at Ada Byron/),
    ).toBeInTheDocument();
  });

  it('edits a role, then deletes another after listing its shifts', async () => {
    await loginAs('organizer@demo.test');
    const { user } = renderApp(CONSOLE);
    await opened();
    await user.click(await screen.findByRole('button', { name: 'Edit the role Merch desk' }));
    const form = screen.getByRole('form', { name: 'Edit the role Merch desk' });
    const name = within(form).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.click(within(form).getByRole('button', { name: 'Save role' }));
    expect(name).toHaveAttribute('aria-invalid', 'true');
    await user.type(name, 'Shop');
    await user.click(within(form).getByRole('button', { name: 'Save role' }));
    await waitFor(async () => expect((await role('merch-desk'))?.name).toBe('Shop'));
    expect(await screen.findByRole('button', { name: 'Edit the role Shop' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete the role Shop' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete the role “Shop”?' });
    expect(within(dialog).getAllByRole('listitem')[0]).toHaveTextContent(/^\d+ shifts?: “/);
    expect(dialog).toHaveTextContent(/Its shifts are deleted with it/);
    expect(await role('merch-desk')).toBeDefined();
    await user.click(within(dialog).getByRole('button', { name: 'Delete the role and its shifts' }));
    expect(await screen.findByText('Role “Shop” deleted.')).toBeInTheDocument();
    expect(await role('merch-desk')).toBeUndefined();
    expect((await shifts()).some((s) => s.role === 'merch-desk')).toBe(false);
  });

  it('explains, without offering to confirm, that a role with worked shifts stays', async () => {
    // Vera's Friday hosting is recorded as worked: the hours report relies on it.
    await (
      await database()
    )
      .updateTable('shift_signups')
      .set({ attendance: 'worked', attendance_at: '2025-10-17T13:00:00Z' })
      .where('shift_id', '=', HOST_SHIFT)
      .execute();
    await loginAs('organizer@demo.test');
    const { user } = renderApp(CONSOLE);
    await opened();
    await user.click(await screen.findByRole('button', { name: 'Delete the role Session host' }));
    const dialog = await screen.findByRole('alertdialog', {
      name: 'The role “Session host” cannot be deleted',
    });
    expect(within(dialog).getByRole('listitem')).toHaveTextContent('1 shift: “Ada Byron, 2025-10-17 14:00”');
    expect(dialog).toHaveAccessibleDescription(/Rename it instead\.$/);
    expect(
      within(dialog)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Close']);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(await role('session-host')).toBeDefined();
  });
});
