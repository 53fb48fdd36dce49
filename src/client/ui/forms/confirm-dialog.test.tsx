import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { loadPageMessages } from '@client/i18n';
import { ConfirmDialog } from './confirm-dialog';

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
});
