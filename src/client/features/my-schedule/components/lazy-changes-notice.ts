import { lazy } from 'react';
import { loadPageMessages } from '@client/i18n';

/** Changes are the exception: their notice loads only when there is something to say. */
export const LazyChangesNotice = lazy(async () => {
  const [m] = await Promise.all([import('./changes-notice'), loadPageMessages()]);
  return { default: m.ChangesNotice };
});
