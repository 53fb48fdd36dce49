import { type Speaker } from '@shared/contract/speaker';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { t } from '@client/i18n';
import { secondaryButton } from '@client/ui/button-styles';
import { TextField } from '@client/ui/text-field';

/** Matches shown at once: a phone screen's worth; a longer list asks for a narrower search. */
const SHOWN = 12;

const iconButton = `${secondaryButton} min-h-11 min-w-11 px-2`;

/**
 * Chooses a session's speakers from the edition's: a search box filters a list of checkboxes
 * (works with a screen reader and a thumb, unlike a custom combobox), and the chosen speakers
 * are listed in billing order with buttons to reorder or remove them.
 */
export function SpeakerPicker({
  speakers,
  value,
  onChange,
  errors,
}: {
  speakers: readonly Speaker[];
  value: readonly string[];
  onChange: (codes: string[]) => void;
  errors: readonly string[] | undefined;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const needle = useDeferredValue(text.trim().toLowerCase());
  const byCode = useMemo(() => new Map(speakers.map((s) => [s.code, s])), [speakers]);
  const matches = useMemo(
    () =>
      needle
        ? speakers.filter(
            (s) =>
              s.name.toLowerCase().includes(needle) ||
              s.code.toLowerCase().includes(needle) ||
              (s.affiliation ?? '').toLowerCase().includes(needle),
          )
        : [],
    [speakers, needle],
  );
  const nameOf = (code: string) => byCode.get(code)?.name ?? code;
  const errorId = errors?.length ? `${id}-error` : undefined;

  function toggle(code: string, on: boolean) {
    onChange(on ? [...value, code] : value.filter((c) => c !== code));
  }
  function move(index: number, by: -1 | 1) {
    const next = [...value];
    const [code] = next.splice(index, 1);
    next.splice(index + by, 0, code!);
    onChange(next);
  }

  return (
    <fieldset className="space-y-3" aria-describedby={errorId}>
      <legend className="font-semibold text-slate-900 dark:text-slate-50">
        {t('sessionsAdmin.speakers')}
      </legend>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t('sessionsAdmin.speakersHint')}</p>
      {errorId ? (
        <p id={errorId} className="text-sm font-medium text-red-800 dark:text-red-300">
          {errors?.join(' ')}
        </p>
      ) : null}
      {value.length === 0 ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">{t('sessionsAdmin.noSpeakers')}</p>
      ) : (
        <ol className="divide-y divide-slate-200 rounded-md border border-slate-300 dark:divide-slate-700 dark:border-slate-600">
          {value.map((code, index) => {
            const name = nameOf(code);
            return (
              <li key={code} className="flex flex-wrap items-center gap-2 p-2">
                <span className="min-w-0 flex-1 font-medium text-slate-900 dark:text-slate-100">
                  {index + 1}. {name}
                </span>
                <span className="flex gap-1">
                  <button
                    type="button"
                    className={iconButton}
                    aria-label={t('sessionsAdmin.moveUp', { name })}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    <span aria-hidden="true">↑</span>
                  </button>
                  <button
                    type="button"
                    className={iconButton}
                    aria-label={t('sessionsAdmin.moveDown', { name })}
                    disabled={index === value.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    <span aria-hidden="true">↓</span>
                  </button>
                  <button
                    type="button"
                    className={iconButton}
                    aria-label={t('sessionsAdmin.removeSpeaker', { name })}
                    onClick={() => toggle(code, false)}
                  >
                    <span aria-hidden="true">✕</span>
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <TextField
        label={t('sessionsAdmin.findSpeaker')}
        hint={t('sessionsAdmin.findSpeakerHint')}
        type="search"
        autoComplete="off"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {needle ? (
        <>
          <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
            {t('sessionsAdmin.speakerMatches', { count: matches.length })}
          </p>
          <ul className="space-y-1">
            {matches.slice(0, SHOWN).map((s) => {
              const boxId = `${id}-${s.code}`;
              return (
                <li key={s.code} className="flex items-center gap-3 rounded-md px-1 py-1">
                  <input
                    id={boxId}
                    type="checkbox"
                    className="h-5 w-5 shrink-0"
                    checked={value.includes(s.code)}
                    onChange={(e) => toggle(s.code, e.target.checked)}
                  />
                  <label htmlFor={boxId} className="min-h-8 flex-1 py-1 text-slate-900 dark:text-slate-100">
                    {s.name}
                    {s.affiliation ? (
                      <span className="text-sm text-slate-600 dark:text-slate-400"> · {s.affiliation}</span>
                    ) : null}
                  </label>
                </li>
              );
            })}
          </ul>
          {matches.length > SHOWN ? (
            <p className="text-sm text-slate-700 dark:text-slate-300">
              {t('sessionsAdmin.moreSpeakers', { count: matches.length - SHOWN })}
            </p>
          ) : null}
        </>
      ) : null}
    </fieldset>
  );
}
