import { type ReactNode, useId } from 'react';
import { t } from '@client/i18n';
import { primaryButton, secondaryButton } from '@client/ui/button-styles';

export const inputClass =
  'block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 aria-invalid:border-red-700 dark:border-slate-400 dark:bg-slate-900 dark:text-slate-50 dark:aria-invalid:border-red-400';

/** A labelled textarea or other control with its hint and errors tied to it, like TextField. */
export function Field({
  label,
  hint,
  errors,
  children,
}: {
  label: string;
  hint?: string;
  errors: readonly string[] | undefined;
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ');
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium text-slate-900 dark:text-slate-100">
        {label}
      </label>
      {children({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(errorId ? { 'aria-invalid': true as const } : {}),
      })}
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {errorId ? (
        <p id={errorId} className="text-sm font-medium text-red-800 dark:text-red-300">
          {errors?.join(' ')}
        </p>
      ) : null}
    </div>
  );
}

export function FormButtons({
  pending,
  onCancel,
}: {
  pending: boolean;
  onCancel?: (() => void) | undefined;
}) {
  return (
    <div className="flex flex-wrap gap-2">
      <button type="submit" className={primaryButton} disabled={pending}>
        {pending ? t('console.form.saving') : t('console.form.save')}
      </button>
      {onCancel ? (
        <button type="button" className={secondaryButton} onClick={onCancel}>
          {t('console.form.cancel')}
        </button>
      ) : null}
    </div>
  );
}
