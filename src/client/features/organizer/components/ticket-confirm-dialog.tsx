import { useEffect, useId, useRef } from 'react';
import { t } from '@client/i18n';
import { primaryButton, secondaryButton } from '@client/ui/button-styles';

export interface TicketConfirmDialogProps {
  title: string;
  /** Each line a short paragraph: what happens, what it affects. */
  explanation: string[];
  /** Without it the dialog only explains (nothing can be confirmed). */
  confirmLabel?: string;
  onConfirm?: () => void;
  onCancel: () => void;
  pending?: boolean;
  tone?: 'danger' | 'neutral';
}

/**
 * An inline confirmation next to the thing it is about, so a phone never loses its place.
 * Focus moves into it when it opens; Escape cancels. Same props as the console's shared
 * confirmation dialog, so it can be swapped for it.
 */
export function TicketConfirmDialog({
  title,
  explanation,
  confirmLabel,
  onConfirm,
  onCancel,
  pending = false,
  tone = 'danger',
}: TicketConfirmDialogProps) {
  const titleId = useId();
  const bodyId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const confirmClass =
    tone === 'danger'
      ? 'inline-flex items-center justify-center rounded-md bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-70 dark:bg-red-300 dark:text-slate-950 dark:hover:bg-red-200'
      : primaryButton;
  return (
    <div
      ref={ref}
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
      className="mt-3 rounded-md border-2 border-amber-700 bg-amber-50 p-3 text-slate-900 focus:outline-2 focus:outline-offset-2 focus:outline-indigo-700 dark:border-amber-400 dark:bg-slate-800 dark:text-slate-50"
    >
      <h3 id={titleId} className="font-semibold">
        {title}
      </h3>
      <div id={bodyId} className="mt-1 space-y-1 text-sm">
        {explanation.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        {confirmLabel && onConfirm ? (
          <button type="button" className={confirmClass} onClick={onConfirm} disabled={pending}>
            {pending ? t('ticketsAdmin.working') : confirmLabel}
          </button>
        ) : null}
        <button type="button" className={secondaryButton} onClick={onCancel} disabled={pending}>
          {confirmLabel ? t('ticketsAdmin.cancelAction') : t('ticketsAdmin.close')}
        </button>
      </div>
    </div>
  );
}
