import { useId, useState } from 'react';
import { t } from '@client/i18n';
import { secondaryButton } from '@client/ui/button-styles';
import { field, fieldLabel } from '@client/ui/staff-styles';

/** A read-only link with a copy button; the field stays selectable for copying by hand. */
export function InviteCopyField({ label, value }: { label: string; value: string }) {
  const id = useId();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <div>
      <label htmlFor={id} className={fieldLabel}>
        {label}
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          id={id}
          readOnly
          value={value}
          className={`${field} min-w-0 flex-1 font-mono text-sm`}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" className={secondaryButton} onClick={() => void copy()}>
          {t('volunteering.copy')}
        </button>
      </div>
      <p role="status" className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        {status === 'copied'
          ? t('volunteering.copied')
          : status === 'failed'
            ? t('volunteering.copyFailed')
            : ''}
      </p>
    </div>
  );
}
