import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadPageMessages, setLocale } from '@client/i18n';
import { flagship, loginAs, renderApp, SLUG } from '@client/test/render-app';
import { actionLabel } from './audit-route';

describe('organizer console: audit log', () => {
  it('shows who renamed a room, with the before and after, and filters by kind', async () => {
    await loginAs('organizer@demo.test');
    const room = flagship().conference.rooms[1]!;
    const { user } = renderApp(`/${SLUG}/organizer/rooms`);
    const item = (await screen.findByRole('heading', { level: 2, name: room.name })).closest('li')!;
    await user.click(within(item as HTMLElement).getByRole('button', { name: `Edit ${room.name}` }));
    const name = within(item as HTMLElement).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Grace Hopper');
    await user.click(within(item as HTMLElement).getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Saved Grace Hopper.');

    await user.click(screen.getByRole('link', { name: /Organizer overview/ }));
    await user.click(await screen.findByRole('link', { name: /^Audit log/ }, { timeout: 5000 }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Audit log' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    // Read as words, with the code kept as the title for whoever searches the logs.
    const label = await screen.findByText('Room updated');
    expect(label).toHaveAttribute('title', 'room.updated');
    const entry = label.closest('li')!;
    expect(entry).toHaveTextContent('Olivia Organizer (organizer@demo.test)');
    expect(entry).toHaveTextContent(`name: ${room.name} → Grace Hopper`);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'Speakers');
    expect(await screen.findByText('No changes recorded yet.')).toBeInTheDocument();
    expect(screen.queryByText('Room updated')).not.toBeInTheDocument();
  });

  it.each([
    ['schedule.published', 'Schedule published'],
    ['check-in-list.created', 'Check-in list created'],
    ['volunteers.hours-policy.updated', 'Volunteers hours policy updated'],
    ['volunteer.invite_accepted', 'Volunteer invite accepted'],
    ['signing-key.rotated', 'Signing key rotated'],
  ])('reads %s as “%s”', (action, label) => {
    expect(actionLabel(action)).toBe(label);
  });

  it('names actions in German and French, and a code without a catalog line by its words', async () => {
    await loadPageMessages();
    try {
      await setLocale(['de']);
      expect(actionLabel('schedule.published')).toBe('Programm veröffentlicht');
      expect(actionLabel('shift.signoff_request_approved')).toBe('Abgabeanfrage angenommen');
      await setLocale(['fr']);
      expect(actionLabel('check-in-list.created')).toBe('Liste d’entrée créée');
      expect(actionLabel('badge.printed')).toBe('Badge printed');
    } finally {
      await setLocale(['en-GB']);
    }
  });
});
