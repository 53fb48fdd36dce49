import { t } from '@client/i18n';
import { secondaryButton } from '@client/ui/button-styles';
import { Icon } from '@client/ui/icons';
import { useIsStarred, useMySchedule } from '../my-schedule-store';

/**
 * Adds a session to the personal schedule or takes it out. The pressed state is announced
 * (aria-pressed) and shown by the shape (filled star), never by colour alone.
 */
export function StarButton({
  slug,
  code,
  title,
  withText = false,
}: {
  slug: string;
  code: string;
  title: string;
  /** Show the words next to the star (session page); lists show the star only. */
  withText?: boolean;
}) {
  const starred = useIsStarred(slug, code);
  const toggle = useMySchedule((s) => s.toggleStar);
  const label = starred ? t('star.remove', { title }) : t('star.add', { title });
  return (
    <button
      type="button"
      aria-pressed={starred}
      aria-label={withText ? undefined : label}
      title={withText ? undefined : label}
      onClick={() => toggle(slug, code)}
      className={`${withText ? `${secondaryButton} gap-2` : 'inline-flex h-11 w-11 shrink-0 items-center justify-center rounded-full hover:bg-slate-100 dark:hover:bg-slate-800'} ${starred ? 'text-indigo-700 dark:text-indigo-300' : ''}`}
    >
      <Icon name="star" filled={starred} className="h-6 w-6" />
      {withText ? <span>{starred ? t('star.starred') : t('star.addShort')}</span> : null}
    </button>
  );
}
