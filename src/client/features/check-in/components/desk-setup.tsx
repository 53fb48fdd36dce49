import { type CheckInList } from '@shared/contract/check-in';
import { useState } from 'react';
import { t } from '@client/i18n';
import { primaryButton, secondaryButton } from '@client/ui/button-styles';

export interface DeskSetupProps {
  lists: readonly CheckInList[];
  listId: string | undefined;
  deskName: string;
  /** Who is logged in on this device. */
  staffName: string | undefined;
  onSave: (listId: string, deskName: string) => void;
  onCancel?: () => void;
}

const field =
  'w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base dark:border-slate-400 dark:bg-slate-900';

/** Which gate this device admits people to and the name other desks will see ("at Desk 2"). */
export function DeskSetup({ lists, listId, deskName, staffName, onSave, onCancel }: DeskSetupProps) {
  const [list, setList] = useState(listId ?? (lists.length === 1 ? lists[0]!.id : ''));
  const [name, setName] = useState(deskName);
  const ready = list !== '' && name.trim() !== '';
  return (
    <form
      className="space-y-4 rounded-lg border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
      aria-labelledby="desk-setup-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) onSave(list, name.trim());
      }}
    >
      <h2 id="desk-setup-title" className="text-lg font-semibold">
        {t('desk.setupTitle')}
      </h2>
      {staffName ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {t('desk.staff')}:{' '}
          <span className="font-semibold text-slate-900 dark:text-slate-50">{staffName}</span>
        </p>
      ) : null}
      <div>
        <label htmlFor="desk-list" className="mb-1 block text-sm font-medium">
          {t('desk.list')}
        </label>
        <select
          id="desk-list"
          required
          value={list}
          onChange={(e) => setList(e.target.value)}
          className={field}
        >
          <option value="" disabled>
            {t('desk.chooseList')}
          </option>
          {lists.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="desk-name" className="mb-1 block text-sm font-medium">
          {t('desk.deskName')}
        </label>
        <input
          id="desk-name"
          required
          maxLength={60}
          value={name}
          placeholder={t('desk.deskNamePlaceholder')}
          onChange={(e) => setName(e.target.value)}
          className={field}
        />
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('desk.deskNameHint')}</p>
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="submit" className={primaryButton} disabled={!ready}>
          {t('desk.start')}
        </button>
        {onCancel ? (
          <button type="button" className={secondaryButton} onClick={onCancel}>
            {t('desk.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
