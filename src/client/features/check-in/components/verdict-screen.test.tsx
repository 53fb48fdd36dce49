import { type Verdict } from '@shared/contract/check-in';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadPageMessages } from '@client/i18n';
import { setServerOffset } from '@client/lib/server-clock';
import { type DeskOutcome } from '../lib/desk-outcome';
import { VerdictScreen } from './verdict-screen';

const NOW = '2025-10-16T08:42:00Z';

function outcome(
  verdict: Partial<Verdict> & Pick<Verdict, 'code'>,
  extra: Partial<DeskOutcome> = {},
): DeskOutcome {
  return {
    id: 'nonce-1234',
    verdict: { previous: null, note: null, ...verdict },
    holderName: 'Ada Lovelace',
    typeName: 'Conference pass',
    ticketId: 'AAAAAAAAAAAA',
    scanId: 'scan-1',
    recordedAt: NOW,
    offline: false,
    undone: false,
    ...extra,
  };
}

function show(o: DeskOutcome) {
  setServerOffset(Date.parse(NOW) + 60_000 - Date.now());
  const onDismiss = vi.fn();
  const onUndo = vi.fn();
  render(
    <VerdictScreen
      outcome={o}
      timeZone="Europe/Paris"
      onDismiss={onDismiss}
      onUndo={onUndo}
      undoing={false}
    />,
  );
  return { alert: screen.getByRole('alert'), onDismiss, onUndo };
}

// Desk strings load with the desk's page; this test renders the screen on its own.
beforeAll(() => loadPageMessages());

describe('the verdict screen', () => {
  it('admits in green with the name, the ticket type, an icon and an undo', async () => {
    const { alert, onUndo } = show(outcome({ code: 'ok' }));
    expect(alert).toHaveClass('bg-green-800');
    expect(within(alert).getByRole('heading', { name: 'Admit' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('Ada Lovelace');
    expect(alert).toHaveTextContent('Conference pass');
    expect(alert.querySelector('svg')).not.toBeNull();
    await userEvent.click(within(alert).getByRole('button', { name: 'Undo check-in' }));
    expect(onUndo).toHaveBeenCalledOnce();
  });

  it('says in amber when and where the ticket was already checked in', () => {
    const { alert } = show(
      outcome(
        { code: 'already_checked_in', previous: { at: NOW, deskId: 'd2', deskName: 'Desk 2' } },
        { scanId: null },
      ),
    );
    expect(alert).toHaveClass('bg-amber-300');
    expect(within(alert).getByRole('heading', { name: 'Already checked in' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('Already checked in at 10:42 at Desk 2');
    expect(within(alert).queryByRole('button', { name: 'Undo check-in' })).not.toBeInTheDocument();
  });

  it.each([
    ['unknown_or_forged', 'Unknown or forged code.'],
    ['cancelled', 'This ticket was cancelled.'],
    ['wrong_day', 'This ticket is not valid today.'],
    ['blocked', 'This ticket is blocked. Ask an organizer.'],
  ] as const)('refuses %s in red with the reason', (code, reason) => {
    const { alert } = show(outcome({ code }, { scanId: null }));
    expect(alert).toHaveClass('bg-red-800');
    expect(within(alert).getByRole('heading', { name: 'Do not admit' })).toBeInTheDocument();
    expect(alert).toHaveTextContent(reason);
  });

  it('shows the note to read out in purple', () => {
    const { alert } = show(outcome({ code: 'needs_attention', note: 'Hand over the hoodie (size M)' }));
    expect(alert).toHaveClass('bg-purple-800');
    expect(within(alert).getByRole('heading', { name: 'Read the note' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('Read this out, then admit');
    expect(alert).toHaveTextContent('Hand over the hoodie (size M)');
  });

  it('marks a verdict made offline and offers no undo before the upload', () => {
    const { alert } = show(outcome({ code: 'ok' }, { offline: true, scanId: null }));
    expect(alert).toHaveTextContent('Judged on this desk (offline)');
    expect(within(alert).queryByRole('button', { name: 'Undo check-in' })).not.toBeInTheDocument();
  });

  it('clears on a tap', async () => {
    const { alert, onDismiss } = show(outcome({ code: 'ok' }));
    await userEvent.click(within(alert).getByRole('button', { name: 'Next' }));
    expect(onDismiss).toHaveBeenCalled();
  });
});
