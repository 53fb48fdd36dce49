import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiPaths } from '@shared/contract/paths';
import { asUser, userIdOf } from '@client/test/arrange';
import { loginAs, renderApp, SLUG } from '@client/test/render-app';

/**
 * The organizer makes the desk account (not an organizer) the coordinator of the video team and
 * confirms Vera, its one member (pending in the seed); then Dario logs in.
 */
async function deskCoordinatesVideo() {
  const organizer = await asUser('organizer@demo.test');
  const coordinator = await organizer.request(apiPaths.volunteerRole(SLUG, 'video-team'), {
    method: 'PATCH',
    json: { coordinatorUserId: await userIdOf('desk@demo.test') },
  });
  expect(coordinator.ok).toBe(true);
  const member = await organizer.request(
    apiPaths.volunteerRoleMember(SLUG, 'video-team', await userIdOf('volunteer@demo.test')),
    { method: 'PUT', json: { status: 'confirmed' } },
  );
  expect(member.ok).toBe(true);
  await loginAs('desk@demo.test');
}

const heading = (name: string) => screen.findByRole('heading', { level: 1, name }, { timeout: 5000 });

describe("a role's coordinator who is not an organizer", () => {
  it('reaches coverage from the roster, sees only their role, sends and lists a message', async () => {
    await deskCoordinatesVideo();
    const { user } = renderApp(`/${SLUG}/volunteer/roster`);
    await heading('Roster');
    const tools = screen.getByRole('navigation', { name: 'Coordination' });
    await user.click(within(tools).getByRole('link', { name: 'Coverage and messages' }));
    await heading('Shift coverage');

    const roleFilter = screen.getByRole('combobox', { name: 'Role' });
    // The roles arrive after the page (its loader waits for the shifts only).
    await waitFor(() =>
      expect(
        within(roleFilter)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['All roles', 'Video team']),
    );
    const items = within(screen.getByRole('list', { name: 'Shifts, understaffed first' })).getAllByRole(
      'listitem',
    );
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((li) => li.textContent?.startsWith('Video team'))).toBe(true);
    expect(await screen.findByText('No messages sent yet.')).toBeInTheDocument();

    const form = screen.getByRole('form', { name: 'Write to volunteers' });
    const to = within(form).getByRole('combobox', { name: 'To' });
    expect(within(to).queryByRole('option', { name: 'Everyone in Session host' })).toBeNull();
    await user.selectOptions(to, 'Everyone in Video team');
    await user.type(within(form).getByRole('textbox', { name: 'Message' }), 'Cameras at 8');
    await user.click(within(form).getByRole('button', { name: 'Send message' }));
    expect(await within(form).findByText(/^Sent to 1 volunteer/)).toBeInTheDocument();
    const sent = await screen.findByRole('list', { name: 'Sent messages' });
    expect(within(sent).getByText('Cameras at 8')).toBeInTheDocument();
    expect(within(sent).getByText(/Dario Desk to Video team \(1 person\)/)).toBeInTheDocument();
  });

  it('sees hours without the night rule form, and the console without role editing', async () => {
    await deskCoordinatesVideo();
    const hours = renderApp(`/${SLUG}/organizer/hours`);
    await heading('Volunteer hours');
    expect(screen.queryByRole('heading', { name: 'Night hours' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Download CSV' })).toBeInTheDocument();
    hours.unmount();

    renderApp(`/${SLUG}/organizer/shifts`);
    await heading('Shifts and roles');
    const roles = screen.getByRole('heading', { name: 'Volunteer roles' }).parentElement!;
    await waitFor(() => expect(within(roles).getAllByRole('listitem')).toHaveLength(1));
    expect(within(roles).queryByRole('button', { name: /^Edit the role/ })).toBeNull();
    expect(within(roles).queryByText('New volunteer role')).toBeNull();
  });

  it('is refused to a plain volunteer, who sees no coordination links', async () => {
    await loginAs('volunteer@demo.test');
    const refused = renderApp(`/${SLUG}/organizer/coverage`);
    expect(await screen.findByText(/This section is for/, undefined, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1, name: 'Shift coverage' })).toBeNull();
    refused.unmount();

    renderApp(`/${SLUG}/volunteer`);
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 1 }).length).toBeGreaterThan(0));
    expect(screen.queryByRole('link', { name: 'Coverage and messages' })).toBeNull();
  });
});
