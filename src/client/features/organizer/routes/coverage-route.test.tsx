import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loginAs, renderApp, SLUG } from '@client/test/render-app';

const COVERAGE = `/${SLUG}/organizer/coverage`;

describe('coverage', () => {
  it('lists understaffed shifts first, soonest first, and filters by role', async () => {
    await loginAs('organizer@demo.test');
    const { user } = renderApp(COVERAGE);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Shift coverage' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Shifts, understaffed first' });
    const items = within(list).getAllByRole('listitem');
    const short = items.map((li) => /missing/.test(li.textContent ?? ''));
    // Every understaffed shift comes before every staffed one.
    expect(short.indexOf(false) === -1 || short.lastIndexOf(true) < short.indexOf(false)).toBe(true);
    expect(short[0]).toBe(true);
    expect(screen.getByRole('status')).toHaveTextContent(/need people/);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'Video team');
    const filtered = within(screen.getByRole('list', { name: 'Shifts, understaffed first' })).getAllByRole(
      'listitem',
    );
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((li) => li.textContent?.startsWith('Video team'))).toBe(true);
    expect(screen.getByRole('table', { name: 'Per role' })).toHaveTextContent('Video team');
  });

  it('sends a message to a role and refuses an empty one', async () => {
    await loginAs('organizer@demo.test');
    const { user } = renderApp(COVERAGE);
    await screen.findByRole('heading', { level: 1, name: 'Shift coverage' }, { timeout: 5000 });
    const form = await screen.findByRole('form', { name: 'Write to volunteers' });
    await user.click(within(form).getByRole('button', { name: 'Send message' }));
    expect(within(form).getByRole('textbox', { name: 'Message' })).toHaveAttribute('aria-invalid', 'true');

    await user.selectOptions(within(form).getByRole('combobox', { name: 'To' }), 'Everyone in Session host');
    await user.type(within(form).getByRole('textbox', { name: 'Message' }), 'Mic check at 9');
    await user.click(within(form).getByRole('button', { name: 'Send message' }));
    expect(await within(form).findByText(/^Sent to 1 volunteer/)).toBeInTheDocument();
  });
});
