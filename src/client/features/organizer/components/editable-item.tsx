import { type ReactNode, useId } from 'react';
import { t } from '@client/i18n';
import { secondaryButton } from '@client/ui/button-styles';

/**
 * One row of a console list: its name and facts, and an Edit button that opens the form in
 * place (phone first: no side panel to lose track of).
 */
export function EditableItem({
  title,
  badge,
  facts,
  editing,
  onEdit,
  children,
}: {
  title: string;
  badge?: ReactNode;
  facts: ReactNode;
  editing: boolean;
  onEdit: () => void;
  children: ReactNode;
}) {
  const formId = useId();
  return (
    <li className="rounded-lg border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 className="flex flex-wrap items-center gap-2 text-lg font-semibold break-words text-slate-900 dark:text-slate-50">
            {badge}
            {title}
          </h2>
          <div className="mt-1 space-y-0.5 text-sm text-slate-700 dark:text-slate-300">{facts}</div>
        </div>
        {!editing ? (
          <button
            type="button"
            className={secondaryButton}
            aria-expanded={false}
            aria-controls={formId}
            onClick={onEdit}
            aria-label={t('console.form.edit', { name: title })}
          >
            {t('console.form.editShort')}
          </button>
        ) : null}
      </div>
      {editing ? (
        <div id={formId} className="mt-4 border-t border-slate-200 pt-4 dark:border-slate-700">
          {children}
        </div>
      ) : null}
    </li>
  );
}
