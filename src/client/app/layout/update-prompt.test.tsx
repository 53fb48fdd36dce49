import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '@client/i18n';
import { useAppUpdate } from '@client/lib/offline/app-update';
import { UpdatePrompt } from './update-prompt';

describe('update prompt', () => {
  afterEach(async () => {
    useAppUpdate.setState({ reload: null });
    await setLocale(['en-GB']);
  });

  it('says nothing until a new version waits, then offers Reload in a live region', async () => {
    const reload = vi.fn();
    const { container } = render(<UpdatePrompt />);
    const region = container.querySelector('[aria-live="polite"]');
    expect(region).toBeEmptyDOMElement();

    act(() => useAppUpdate.setState({ reload }));
    expect(region).toHaveTextContent('A new version is available.');
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledOnce();
  });

  it('speaks German', async () => {
    await setLocale(['de']);
    useAppUpdate.setState({ reload: () => undefined });
    render(<UpdatePrompt />);
    expect(screen.getByText('Eine neue Version ist verfügbar.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Neu laden' })).toBeInTheDocument();
  });
});
