import { type ReactNode } from 'react';

/**
 * An inline message. The tone shows as a border colour and an icon-like prefix word is left to
 * the caller's text, so colour is never the only signal.
 */
export function Alert({
  tone,
  children,
  id,
}: {
  tone: 'error' | 'success' | 'info';
  children: ReactNode;
  id?: string;
}) {
  const styles = {
    error: 'border-red-700 bg-red-50 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100',
    success:
      'border-green-700 bg-green-50 text-green-900 dark:border-green-400 dark:bg-green-950 dark:text-green-100',
    info: 'border-indigo-700 bg-indigo-50 text-indigo-900 dark:border-indigo-400 dark:bg-indigo-950 dark:text-indigo-100',
  }[tone];
  return (
    <div
      id={id}
      role={tone === 'error' ? 'alert' : 'status'}
      className={`rounded-md border-l-4 p-3 ${styles}`}
    >
      {children}
    </div>
  );
}
