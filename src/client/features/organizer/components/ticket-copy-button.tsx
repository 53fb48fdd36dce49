import { useState } from 'react';
import { t } from '@client/i18n';
import { secondaryButton } from '@client/ui/button-styles';

/** Copies text to the clipboard and says so; shows what to copy by hand when it cannot. */
export function TicketCopyButton({ text, label }: { text: string; label: string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" className={secondaryButton} onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className="text-sm text-slate-700 dark:text-slate-300">
        {status === 'copied'
          ? t('ticketsAdmin.copied')
          : status === 'failed'
            ? t('ticketsAdmin.copyFailed')
            : ''}
      </span>
    </span>
  );
}
