import { type ComponentProps, lazy, Suspense } from 'react';
import { loadPageMessages } from '@client/i18n';

/** Changes are the exception: their notice loads only when there is something to say. */
const ChangesNotice = lazy(async () => {
  const [m] = await Promise.all([import('./changes-notice'), loadPageMessages()]);
  return { default: m.ChangesNotice };
});

/**
 * The changes notice as the Schedule tab and My schedule show it: nothing when nothing
 * changed, else the notice, its code fetched then (and nothing shown while it loads).
 */
export function LazyChangesNotice(props: ComponentProps<typeof ChangesNotice>) {
  if (props.changes.size === 0) return null;
  return (
    <Suspense fallback={null}>
      <ChangesNotice {...props} />
    </Suspense>
  );
}
