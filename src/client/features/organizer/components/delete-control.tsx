import { type InUseProblem } from '@shared/contract/structure';
import { useState } from 'react';
import { t } from '@client/i18n';
import { Alert } from '@client/ui/alert';
import { ConfirmDialog } from '@client/ui/forms/confirm-dialog';
import { problemMessage } from '@client/ui/forms/problem-messages';
import { useStructureDelete } from '../api/structure';
import { deleteExplanation } from '../lib/structure-problem';

const deleteButton =
  'inline-flex shrink-0 items-center justify-center whitespace-nowrap rounded-md border border-red-700 px-3 py-1.5 font-medium text-red-800 hover:bg-red-50 disabled:cursor-not-allowed disabled:opacity-70 dark:border-red-400 dark:text-red-300 dark:hover:bg-red-950';

/**
 * Deletes at once when nothing depends on the item; otherwise the server's 409 lists what
 * does, and the dialog asks before deleting with ?confirm=true.
 */
export function DeleteControl({
  slug,
  path,
  kind,
  name,
  onDeleted,
}: {
  slug: string;
  path: string;
  kind: 'room' | 'track' | 'speaker';
  name: string;
  onDeleted: (name: string) => void;
}) {
  const remove = useStructureDelete(slug, path);
  const [asking, setAsking] = useState<InUseProblem | null>(null);

  function attempt(confirm: boolean) {
    remove.mutate(confirm, {
      onSuccess: (outcome) => {
        if ('needsConfirmation' in outcome) {
          setAsking(outcome.needsConfirmation);
        } else {
          setAsking(null);
          onDeleted(name);
        }
      },
    });
  }

  return (
    <>
      <button
        type="button"
        className={deleteButton}
        onClick={() => attempt(false)}
        disabled={remove.isPending}
      >
        {remove.isPending && !asking ? t('console.form.deleting') : t('console.form.delete')}
      </button>
      {remove.error && !asking ? <Alert tone="error">{problemMessage(remove.error)}</Alert> : null}
      {asking ? (
        <ConfirmDialog
          title={t('console.delete.title', { name })}
          lines={deleteExplanation(kind, asking, name)}
          confirmLabel={t('console.delete.confirm')}
          onConfirm={() => attempt(true)}
          onCancel={() => {
            remove.reset();
            setAsking(null);
          }}
          pending={remove.isPending}
          error={remove.error ? problemMessage(remove.error) : null}
        />
      ) : null}
    </>
  );
}
