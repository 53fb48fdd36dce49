import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { flagship, loginAs, renderApp, SLUG } from '@client/test/render-app';

const LIST = `/${SLUG}/organizer/sessions`;

describe('new session from the console', () => {
  it('checks the form before sending and names the fields that need attention', async () => {
    await loginAs('organizer@demo.test');
    let posts = 0;
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && request.url.endsWith('/sessions')) posts++;
    });
    const { user } = renderApp(LIST);
    await user.click(await screen.findByRole('button', { name: 'New session' }));
    const form = within(await screen.findByRole('region', { name: 'New session' }));
    const ends = form.getByLabelText('Ends');
    await user.clear(ends);
    await user.type(ends, form.getByLabelText<HTMLInputElement>('Starts').value);
    await user.click(form.getByRole('button', { name: 'Create draft' }));

    expect(await form.findByText(/2 fields need attention/)).toBeInTheDocument();
    expect(form.getByLabelText('Title')).toHaveAttribute('aria-invalid', 'true');
    expect(form.getByLabelText('Title')).toHaveAccessibleDescription('Give the session a title');
    expect(ends).toHaveAccessibleDescription('The session must end after it starts');
    expect(posts).toBe(0);
    server.events.removeAllListeners();
  });

  it('picks speakers by search, orders them, creates the draft and opens it', async () => {
    await loginAs('organizer@demo.test');
    const [first, second] = flagship().speakers;
    const before = flagship().sessions.length;
    const { user } = renderApp(LIST);
    await user.click(await screen.findByRole('button', { name: 'New session' }));
    const form = within(await screen.findByRole('region', { name: 'New session' }));
    await user.type(form.getByLabelText('Title'), 'Hallway track live');
    expect(form.getByText('No speakers yet.')).toBeInTheDocument();

    const search = form.getByRole('searchbox', { name: 'Find a speaker' });
    await user.type(search, first!.name.slice(0, 6));
    await user.click(await form.findByRole('checkbox', { name: new RegExp(first!.name) }));
    await user.clear(search);
    await user.type(search, second!.code);
    expect(await form.findByRole('status')).toHaveTextContent(/1 speaker matches/);
    await user.click(form.getByRole('checkbox', { name: new RegExp(second!.name) }));

    // Billing order: the second pick moves to the top.
    await user.click(form.getByRole('button', { name: `Move ${second!.name} up` }));
    const chosen = form.getAllByRole('listitem').filter((li) => li.closest('ol'));
    expect(chosen.map((li) => li.textContent)).toEqual([
      expect.stringContaining(`1. ${second!.name}`),
      expect.stringContaining(`2. ${first!.name}`),
    ]);

    await user.click(form.getByRole('button', { name: 'Create draft' }));
    expect(await screen.findByRole('heading', { name: 'Edit “Hallway track live”' })).toBeInTheDocument();
    // Still a draft: the attendee-facing sessions did not change.
    expect(flagship().sessions.length).toBe(before);
    const picked = screen.getAllByRole('listitem').filter((li) => li.closest('ol'));
    expect(picked.map((li) => li.textContent)).toEqual([
      expect.stringContaining(second!.name),
      expect.stringContaining(first!.name),
    ]);

    // An unpublished new session can be discarded, after a confirmation.
    await user.click(screen.getByRole('button', { name: 'Discard this new session' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Discard “Hallway track live”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Discard' }));
    expect(await screen.findByRole('heading', { name: 'Sessions' })).toBeInTheDocument();
    expect(screen.queryByText('Hallway track live')).not.toBeInTheDocument();
  });
});
