import { t } from '@client/i18n';

/** Says which mode the desk is in, in words and an icon, with the number of scans waiting. */
export function ConnectionStatus({ offline, queued }: { offline: boolean; queued: number }) {
  return (
    <p
      role="status"
      className={`flex items-center gap-2 rounded-md border-l-4 p-3 font-medium ${
        offline
          ? 'border-amber-600 bg-amber-50 text-amber-950 dark:bg-amber-950 dark:text-amber-50'
          : 'border-green-700 bg-green-50 text-green-950 dark:bg-green-950 dark:text-green-50'
      }`}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-5 shrink-0"
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        strokeLinecap="round"
      >
        {offline ? (
          <path d="M2 2l20 20M8.5 16.5a5 5 0 0 1 7 0M2 8.8a15 15 0 0 1 4.2-2.7M22 8.8A15 15 0 0 0 10.7 5M12 20h.01" />
        ) : (
          <path d="M2 8.8a15 15 0 0 1 20 0M5 12.9a10 10 0 0 1 14 0M8.5 16.5a5 5 0 0 1 7 0M12 20h.01" />
        )}
      </svg>
      <span>
        {offline
          ? t('desk.offline', { count: queued })
          : queued > 0
            ? t('desk.uploading', { count: queued })
            : t('desk.online')}
      </span>
    </p>
  );
}
