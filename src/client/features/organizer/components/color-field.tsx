import { TRACK_MIN_CONTRAST } from '@shared/contract/structure';
import { useId } from 'react';
import { t } from '@client/i18n';
import { secondaryButton } from '@client/ui/button-styles';
import { darkenUntilReadable, isHexColor, ratioOnWhite } from '../lib/color';
import { inputClass } from './form-parts';

/**
 * A track colour: the system picker and the hex code side by side, with the contrast on white
 * said in words (not only shown) and a one-click fix when it is too light.
 */
export function ColorField({
  value,
  onChange,
  errors,
}: {
  value: string;
  onChange: (value: string) => void;
  errors: readonly string[] | undefined;
}) {
  const id = useId();
  const ratio = ratioOnWhite(value);
  const readable = ratio !== null && ratio >= TRACK_MIN_CONTRAST;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [`${id}-contrast`, errorId].filter(Boolean).join(' ');
  return (
    <fieldset className="space-y-2">
      <legend className="font-medium text-slate-900 dark:text-slate-100">{t('console.field.color')}</legend>
      <div className="flex flex-wrap items-end gap-3">
        <div className="space-y-1">
          <label htmlFor={`${id}-picker`} className="block text-sm text-slate-700 dark:text-slate-300">
            {t('console.field.colorPicker')}
          </label>
          <input
            id={`${id}-picker`}
            type="color"
            value={isHexColor(value) ? value.toLowerCase() : '#000000'}
            onChange={(e) => onChange(e.target.value)}
            className="h-11 w-16 cursor-pointer rounded-md border border-slate-500 bg-white p-1 dark:border-slate-400 dark:bg-slate-900"
            aria-describedby={describedBy}
          />
        </div>
        <div className="w-36 space-y-1">
          <label htmlFor={`${id}-hex`} className="block text-sm text-slate-700 dark:text-slate-300">
            {t('console.field.colorHex')}
          </label>
          <input
            id={`${id}-hex`}
            value={value}
            onChange={(e) => onChange(e.target.value.trim())}
            className={`${inputClass} font-mono`}
            spellCheck={false}
            autoComplete="off"
            aria-describedby={describedBy}
            aria-invalid={errorId ? true : undefined}
          />
        </div>
        <span
          aria-hidden="true"
          className="rounded-md border border-slate-300 bg-white px-3 py-2 font-semibold dark:border-slate-600"
          style={isHexColor(value) ? { color: value } : undefined}
        >
          {t('console.color.preview')}
        </span>
      </div>
      <p id={`${id}-contrast`} className="text-sm text-slate-700 dark:text-slate-300">
        {ratio !== null ? `${t('console.color.contrast', { ratio: ratio.toFixed(1) })} ` : ''}
        {ratio !== null ? (readable ? t('console.color.passes') : t('console.color.fails')) : null}
      </p>
      {ratio !== null && !readable ? (
        <button
          type="button"
          className={secondaryButton}
          onClick={() => onChange(darkenUntilReadable(value))}
        >
          {t('console.color.darken')}
        </button>
      ) : null}
      {errorId ? (
        <p id={errorId} className="text-sm font-medium text-red-800 dark:text-red-300">
          {errors?.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}
