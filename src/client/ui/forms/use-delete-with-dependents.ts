import { useState } from 'react';
import { type DependentsAnswer, dependentsAnswerOf } from './dependents';

export interface DeleteWithDependents {
  /** Deletes; `confirm` after the organizer saw what depends on it. */
  attempt(confirm: boolean): Promise<void>;
  /** The server's list of what depends on it, while the dialog asks (or explains a refusal). */
  asking: DependentsAnswer | null;
  pending: boolean;
  /** Why the delete failed otherwise (shown in the open dialog, or next to the button). */
  error: unknown;
  /** Closes the dialog and forgets the failure. */
  cancel(): void;
}

/**
 * Every console delete that may answer with dependents (decision 0009): the first attempt
 * deletes at once when nothing depends on the thing; a 409 with dependents opens the dialog
 * with the server's list, whose confirmation repeats the delete with `?confirm=true`.
 * `remove` is the page's mutation (mutateAsync, so its cache updates run as usual); the outcome
 * is read from its promise, not from callbacks that never run once the row unmounts.
 */
export function useDeleteWithDependents(
  remove: (confirm: boolean) => Promise<unknown>,
  onDeleted?: () => void,
): DeleteWithDependents {
  const [asking, setAsking] = useState<DependentsAnswer | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function attempt(confirm: boolean) {
    setPending(true);
    setError(null);
    try {
      await remove(confirm);
    } catch (failure) {
      const answer = dependentsAnswerOf(failure);
      // A confirmation can meet a refusal too (a ticket sold meanwhile): the dialog then explains it.
      if (answer) setAsking(answer);
      else setError(failure);
      setPending(false);
      return;
    }
    setPending(false);
    setAsking(null);
    onDeleted?.();
  }

  return {
    attempt,
    asking,
    pending,
    error,
    cancel: () => {
      setAsking(null);
      setError(null);
    },
  };
}
