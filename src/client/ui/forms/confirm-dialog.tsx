import { type KeyboardEvent, useEffect, useId, useRef } from 'react';
import { t } from '@client/i18n';
import { Alert } from '@client/ui/alert';
import { primaryButton, secondaryButton } from '@client/ui/button-styles';
import { type DependentsAnswer, dependentText } from './dependents';
import { problemMessage } from './problem-messages';

export interface ConfirmDialogProps {
  title: string;
  /** What goes with it and what happens to it; read out as the dialog's description. */
  lines: readonly string[];
  /**
   * A delete's 409 with dependents: listed by kind above the lines ("3 sessions: …"). When it
   * is not confirmable the dialog only explains, with the refusal's sentence, whatever
   * confirmLabel says.
   */
  dependents?: DependentsAnswer;
  /** Without confirmLabel and onConfirm the dialog only explains (a refusal): it has one button, Close. */
  confirmLabel?: string;
  onConfirm?: () => void;
  onCancel: () => void;
  /** What the safe answer says ("Cancel", or "Close" when there is nothing to confirm, unless told). */
  cancelLabel?: string;
  pending?: boolean;
  /** What the confirm button says while the action runs ("Deleting…" unless told). */
  pendingLabel?: string;
  /** Why the confirmed action failed, shown above the buttons. */
  error?: string | null;
  /** `primary` for a confirmation that is not destructive (publishing): the usual blue button. */
  tone?: 'danger' | 'primary';
}

const dangerButton =
  'inline-flex items-center justify-center rounded-md bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:cursor-not-allowed disabled:opacity-70 dark:bg-red-300 dark:text-slate-950 dark:hover:bg-red-200';

/**
 * The app's one way to ask before acting: deleting something others depend on, cancelling a
 * ticket, leaving a shift, any tap that reaches many people at once (publishing, an import that
 * cancels sessions); and to explain why something cannot be done. A modal (a sheet at the bottom
 * of a phone): focus starts on Cancel (the safe answer), stays inside while open, Escape cancels,
 * and focus goes back where it was.
 */
export function ConfirmDialog({
  title,
  lines,
  dependents,
  confirmLabel,
  onConfirm,
  onCancel,
  cancelLabel,
  pending = false,
  pendingLabel,
  error = null,
  tone = 'danger',
}: ConfirmDialogProps) {
  const id = useId();
  const panel = useRef<HTMLDivElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const asks = confirmLabel !== undefined && onConfirm !== undefined && dependents?.confirmable !== false;

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    cancel.current?.focus();
    return () => previous?.focus();
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      if (!pending) onCancel();
      return;
    }
    if (event.key !== 'Tab' || !panel.current) return;
    const focusable = [...panel.current.querySelectorAll<HTMLElement>('button:not([disabled])')];
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <div className="fixed inset-0 z-50 flex items-end justify-center bg-slate-950/60 p-4 sm:items-center">
      <div
        ref={panel}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-description`}
        onKeyDown={onKeyDown}
        className="max-h-full w-full max-w-lg overflow-y-auto rounded-lg border border-slate-300 bg-white p-5 shadow-xl dark:border-slate-600 dark:bg-slate-900"
      >
        <h2 id={`${id}-title`} className="text-lg font-bold text-slate-900 dark:text-slate-50">
          {title}
        </h2>
        <div id={`${id}-description`} className="mt-3 space-y-2 text-slate-800 dark:text-slate-200">
          {dependents ? (
            <ul className="list-disc space-y-1 pl-5">
              {dependents.dependents.map((d) => (
                <li key={d.kind}>{dependentText(d)}</li>
              ))}
            </ul>
          ) : null}
          {dependents && !dependents.confirmable ? <p>{problemMessage(dependents.problem)}</p> : null}
          {lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
        {error ? (
          <div className="mt-3">
            <Alert tone="error">{error}</Alert>
          </div>
        ) : null}
        <div className="mt-5 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <button
            ref={cancel}
            type="button"
            className={secondaryButton}
            onClick={() => {
              if (!pending) onCancel();
            }}
          >
            {cancelLabel ?? t(asks ? 'form.cancel' : 'form.close')}
          </button>
          {asks ? (
            <button
              type="button"
              className={tone === 'danger' ? dangerButton : primaryButton}
              onClick={onConfirm}
              disabled={pending}
            >
              {pending ? (pendingLabel ?? t('form.deleting')) : confirmLabel}
            </button>
          ) : null}
        </div>
      </div>
    </div>
  );
}
