import { t } from '@client/i18n';
import { Icon } from '@client/ui/icons';

export type SessionChange = 'new' | 'changed';

const badge = 'inline-flex items-center gap-1 rounded-sm px-1.5 py-0.5 text-xs font-bold uppercase';

/** Cancelled, live and changed marks: each a word with an icon, so colour is never the only cue. */
export function StatusBadges({
  cancelled,
  live,
  change,
}: {
  cancelled: boolean;
  live: boolean;
  change?: SessionChange | null | undefined;
}) {
  return (
    <>
      {cancelled ? (
        <span className={`${badge} bg-red-800 text-white dark:bg-red-300 dark:text-red-950`}>
          {t('session.cancelled')}
        </span>
      ) : null}
      {live && !cancelled ? (
        <span className={`${badge} bg-green-800 text-white`}>
          <Icon name="live" className="h-4 w-4" />
          {t('session.live')}
        </span>
      ) : null}
      {change ? (
        <span
          className={`${badge} border border-indigo-700 bg-indigo-50 text-indigo-900 dark:border-indigo-400 dark:bg-indigo-950 dark:text-indigo-100`}
        >
          <Icon name="changed" className="h-4 w-4" />
          {change === 'new' ? t('session.new') : t('session.changed')}
        </span>
      ) : null}
    </>
  );
}

/** "Moved from Ada Byron, 10:00": the place it had, so an older programme can be corrected. */
export function MovedBadge({ text }: { text: string }) {
  return (
    <span
      className={`${badge.replace('uppercase', 'normal-case')} border border-amber-700 bg-amber-50 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100`}
    >
      <Icon name="changed" className="h-4 w-4" />
      {text}
    </span>
  );
}
