import { type Sponsor } from '@shared/contract/sponsor';
import { Link } from 'react-router';
import { t } from '@client/i18n';
import { textLink } from '@client/ui/button-styles';

/** "Video sponsored by Element": an acknowledgement where the sponsored thing appears. */
export function SponsorCredit({
  slug,
  thing,
  sponsors,
}: {
  slug: string;
  thing: string;
  sponsors: readonly Sponsor[];
}) {
  if (sponsors.length === 0) return null;
  return (
    <p className="rounded-md border border-slate-300 px-3 py-2 text-sm text-slate-800 dark:border-slate-700 dark:text-slate-200">
      {t('sponsors.credit', { thing, sponsors: sponsors.map((s) => s.name).join(t('list.and')) })}{' '}
      <Link to={`/${slug}/sponsors`} className={textLink}>
        {t('sponsors.all')}
      </Link>
    </p>
  );
}
