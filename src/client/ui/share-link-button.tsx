import { useState } from 'react';
import { t } from '@client/i18n';
import { secondaryButton } from '@client/ui/button-styles';
import { Icon } from '@client/ui/icons';
import { pageIcons } from '@client/ui/page-icons';

/** Shares a URL with the system share sheet where there is one, else copies it. */
export function ShareLinkButton({ url, title, label }: { url: string; title: string; label: string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const share = async () => {
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ url, title });
        return;
      } catch (error) {
        // The person closed the sheet: nothing to do.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" className={`${secondaryButton} gap-1.5`} onClick={() => void share()}>
        <Icon path={pageIcons.share} className="h-4 w-4" />
        {label}
      </button>
      <span role="status" className="text-sm text-slate-700 dark:text-slate-300">
        {status === 'copied' ? t('share.copied') : status === 'failed' ? t('share.failed', { url }) : ''}
      </span>
    </span>
  );
}
