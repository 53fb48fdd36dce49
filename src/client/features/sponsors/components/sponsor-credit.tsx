import { type Sponsor } from '@shared/contract/sponsor';
import { Link } from 'react-router';
import { t } from '@client/i18n';
import { textLink } from '@client/ui/button-styles';

/** "Video sponsored by Element": an acknowledgement where the sponsored thing appears. */
export function SponsorCredit({
  slug,
  thing,
  sentence,
  sponsors,
}: {
  slug: string;
  thing: string;
  /**
   * The whole sentence, for a caller that knows its noun: in French and German the participle
   * agrees with it ("Vidéo sponsorisée"), which the generic "{thing} sponsored by" cannot do.
   */
  sentence?: (sponsors: string) => string;
  sponsors: readonly Sponsor[];
}) {
  if (sponsors.length === 0) return null;
  const names = sponsors.map((s) => s.name).join(t('list.and'));
  return (
    <p className="rounded-md border border-slate-300 px-3 py-2 text-sm text-slate-800 dark:border-slate-700 dark:text-slate-200">
      {sentence ? sentence(names) : t('sponsors.credit', { thing, sponsors: names })}{' '}
      <Link to={`/${slug}/sponsors`} className={textLink}>
        {t('sponsors.all')}
      </Link>
    </p>
  );
}
