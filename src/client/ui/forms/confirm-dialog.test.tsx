import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { makeProblem } from '@shared/contract/problem';
import { loadPageMessages, setLocale } from '@client/i18n';
import { ApiError } from '@client/lib/api-error';
import { ConfirmDialog } from './confirm-dialog';
import { type DependentsAnswer, dependentsAnswerOf } from './dependents';

/** A 409 as the server sends it (decision 0009), read by the one reader the console uses. */
function answer(code: 'room_in_use' | 'role_has_history', confirmable: boolean, dependents: unknown[]) {
  const problem = makeProblem(code, 'As the server says it.');
  const read = dependentsAnswerOf(new ApiError(problem, { ...problem, dependents, confirmable }));
  expect(read).not.toBeNull();
  return read!;
}

function Harness({ onConfirm, pending = false }: { onConfirm: () => void; pending?: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Delete sponsor
      </button>
      {open ? (
        <ConfirmDialog
          title="Delete Element?"
          lines={['2 packages use it.', 'The packages go with it.']}
          confirmLabel="Delete anyway"
          onConfirm={onConfirm}
          onCancel={() => setOpen(false)}
          pending={pending}
        />
      ) : null}
    </>
  );
}

describe('ConfirmDialog', () => {
  it('is a modal named by its title and described by the explanation, keeping focus inside', async () => {
    await loadPageMessages();
    const onConfirm = vi.fn();
    const user = userEvent.setup();
    render(<Harness onConfirm={onConfirm} />);
    const opener = screen.getByRole('button', { name: 'Delete sponsor' });
    await user.click(opener);

    const dialog = screen.getByRole('alertdialog', { name: 'Delete Element?' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleDescription('2 packages use it. The packages go with it.');
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    const confirm = screen.getByRole('button', { name: 'Delete anyway' });
    expect(cancel).toHaveFocus();
    await user.tab();
    expect(confirm).toHaveFocus();
    await user.tab();
    expect(cancel).toHaveFocus();
    await user.tab({ shift: true });
    expect(confirm).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    expect(onConfirm).not.toHaveBeenCalled();

    await user.click(opener);
    await user.click(screen.getByRole('button', { name: 'Delete anyway' }));
    expect(onConfirm).toHaveBeenCalledOnce();
  });

  it('shows the work in progress and ignores Escape meanwhile', async () => {
    await loadPageMessages();
    const user = userEvent.setup();
    render(<Harness onConfirm={() => {}} pending />);
    await user.click(screen.getByRole('button', { name: 'Delete sponsor' }));
    expect(screen.getByRole('button', { name: 'Deleting…' })).toBeDisabled();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
  });

  it('only explains when there is nothing to confirm: one button, Close', async () => {
    await loadPageMessages();
    const onCancel = vi.fn();
    const user = userEvent.setup();
    render(
      <ConfirmDialog
        title="“Speaker” cannot be deleted"
        lines={['3 tickets have this type.']}
        onCancel={onCancel}
      />,
    );
    const dialog = screen.getByRole('alertdialog', { name: '“Speaker” cannot be deleted' });
    expect(dialog).toHaveAccessibleDescription('3 tickets have this type.');
    expect(screen.getAllByRole('button')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('lists what depends on it by kind, counted in words, with the names the server sent', async () => {
    await loadPageMessages();
    const asking: DependentsAnswer = answer('room_in_use', true, [
      { kind: 'session', count: 7, examples: ['Opening', 'Keynote'] },
      { kind: 'draft', count: 1, examples: ['Lunch'] },
    ]);
    const onConfirm = vi.fn();
    const user = userEvent.setup();
    render(
      <ConfirmDialog
        title="Delete Hall A?"
        dependents={asking}
        lines={['Its sessions stay, without a room.']}
        confirmLabel="Delete anyway"
        onConfirm={onConfirm}
        onCancel={() => {}}
      />,
    );
    const dialog = screen.getByRole('alertdialog', { name: 'Delete Hall A?' });
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '7 sessions: “Opening”, “Keynote” and 5 more',
      '1 unpublished edit: “Lunch”',
    ]);
    expect(dialog).toHaveAccessibleDescription(
      '7 sessions: “Opening”, “Keynote” and 5 more 1 unpublished edit: “Lunch” Its sessions stay, without a room.',
    );
    await user.click(screen.getByRole('button', { name: 'Delete anyway' }));
    expect(onConfirm).toHaveBeenCalledOnce();
  });

  it('only explains a refusal that can never be confirmed, whatever the page offers', async () => {
    await loadPageMessages();
    const refused = answer('role_has_history', false, [
      { kind: 'shift', count: 1, examples: ['Hall A, 2025-10-17 10:00'] },
    ]);
    render(
      <ConfirmDialog
        title="The role “Video” cannot be deleted"
        dependents={refused}
        lines={[]}
        confirmLabel="Delete anyway"
        onConfirm={() => {}}
        onCancel={() => {}}
      />,
    );
    expect(screen.getByRole('listitem')).toHaveTextContent('1 shift: “Hall A, 2025-10-17 10:00”');
    // The refusal's own sentence (problem-messages), not the server's English detail.
    expect(screen.getByRole('alertdialog')).toHaveAccessibleDescription(
      /their hours would be lost\. Rename it instead\.$/,
    );
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Close']);
  });

  it('counts in German and French with their plural forms', async () => {
    await loadPageMessages();
    const asking = answer('room_in_use', true, [
      { kind: 'session', count: 1, examples: [] },
      { kind: 'check_in_list', count: 3, examples: ['Nord', 'Süd'] },
    ]);
    const words = () => screen.getAllByRole('listitem').map((li) => li.textContent);
    try {
      await setLocale(['de']);
      const { unmount } = render(
        <ConfirmDialog title="x" dependents={asking} lines={[]} onCancel={() => {}} />,
      );
      expect(words()).toEqual(['1 Programmpunkt', '3 Einlasslisten: „Nord“, „Süd“ und noch 1']);
      unmount();
      await setLocale(['fr']);
      render(<ConfirmDialog title="x" dependents={asking} lines={[]} onCancel={() => {}} />);
      expect(words()).toEqual(['1 session', '3 listes d’entrée : « Nord », « Süd » et 1 autre']);
    } finally {
      await setLocale(['en']);
    }
  });

  it('reads no dependents from any other refusal', () => {
    expect(dependentsAnswerOf(new ApiError(makeProblem('room_taken')))).toBeNull();
    expect(dependentsAnswerOf(new Error('offline'))).toBeNull();
    const malformed = makeProblem('room_in_use');
    expect(
      dependentsAnswerOf(new ApiError(malformed, { ...malformed, dependents: [{ kind: 'cat', count: 1 }] })),
    ).toBeNull();
  });
});
