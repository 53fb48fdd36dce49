import { type MessageKey, t } from '@client/i18n';
import { Alert } from '@client/ui/alert';
import { ConfirmDialog } from '@client/ui/forms/confirm-dialog';
import { problemMessage } from '@client/ui/forms/problem-messages';
import { useDeleteWithDependents } from '@client/ui/forms/use-delete-with-dependents';
import { useStructureDelete } from '../api/structure';

/** What confirming does to the sessions, as the server does it on ?confirm=true (decision 0009). */
const consequence: Record<'room' | 'track' | 'speaker', MessageKey> = {
  room: 'console.delete.room',
  track: 'console.delete.track',
  speaker: 'console.delete.speaker',
};

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
  const del = useDeleteWithDependents(
    (confirm) => remove.mutateAsync(confirm),
    () => onDeleted(name),
  );
  const { asking } = del;

  return (
    <>
      <button
        type="button"
        className={deleteButton}
        onClick={() => void del.attempt(false)}
        disabled={del.pending}
      >
        {del.pending && !asking ? t('console.form.deleting') : t('console.form.delete')}
      </button>
      {del.error && !asking ? <Alert tone="error">{problemMessage(del.error)}</Alert> : null}
      {asking ? (
        <ConfirmDialog
          title={t('console.delete.title', { name })}
          dependents={asking}
          lines={[
            t(consequence[kind]),
            ...(asking.dependents.some((d) => d.kind === 'draft') ? [t('console.delete.draftsDropped')] : []),
          ]}
          confirmLabel={t('console.delete.confirm')}
          onConfirm={() => void del.attempt(true)}
          onCancel={del.cancel}
          pending={del.pending}
          error={del.error ? problemMessage(del.error) : null}
        />
      ) : null}
    </>
  );
}
