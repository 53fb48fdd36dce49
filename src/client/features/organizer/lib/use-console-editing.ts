import { useState } from 'react';
import { t } from '@client/i18n';

/**
 * Which item of a console list is open for editing ('new' for the add form) and the status
 * line the page announces after a save or a delete. One item is open at a time.
 */
export function useConsoleEditing() {
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  return {
    editing,
    status,
    open: (id: string) => {
      setStatus(null);
      setEditing(id);
    },
    cancel: () => setEditing(null),
    saved: ({ name }: { name: string }) => {
      setEditing(null);
      setStatus(t('console.form.saved', { name }));
    },
    deleted: (name: string) => {
      setEditing(null);
      setStatus(t('console.form.deleted', { name }));
    },
  };
}
