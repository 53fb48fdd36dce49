import { type LogoSize, type Sponsor } from '@shared/contract/sponsor';
import { t } from '@client/i18n';

const sizes: Record<LogoSize, string> = {
  xl: 'min-h-36 text-4xl',
  lg: 'min-h-28 text-2xl',
  md: 'min-h-20 text-xl',
  sm: 'min-h-16 text-base',
};

const logoSizes: Record<LogoSize, string> = {
  xl: 'h-36',
  lg: 'h-28',
  md: 'h-20',
  sm: 'h-16',
};

/**
 * A sponsor shown as its uploaded logo, or else as a text mark, in its tier's size: no third-party
 * logo is ever fetched, and the name stays readable in both colour schemes.
 */
export function SponsorMark({ sponsor, size }: { sponsor: Sponsor; size: LogoSize }) {
  const mark = sponsor.logoUrl ? (
    // Served by Lanyard itself; on a white plate so dark logos stay visible in dark mode.
    <span
      className={`flex items-center justify-center rounded-lg border border-slate-300 bg-white px-4 py-3 dark:border-slate-700 ${logoSizes[size]}`}
    >
      <img src={sponsor.logoUrl} alt={sponsor.name} className="max-h-full max-w-full object-contain" />
    </span>
  ) : (
    <span
      className={`flex items-center justify-center rounded-lg border border-slate-300 bg-white px-4 py-3 text-center font-extrabold tracking-tight break-words text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-50 ${sizes[size]}`}
    >
      {sponsor.name}
    </span>
  );
  return (
    <div>
      {sponsor.url ? (
        <a
          href={sponsor.url}
          rel="noopener"
          aria-label={t('sponsors.visit', { name: sponsor.name })}
          className="block rounded-lg hover:opacity-90"
        >
          {mark}
        </a>
      ) : (
        mark
      )}
      {sponsor.packages.length > 0 ? (
        <p className="mt-1 text-center text-sm text-slate-700 dark:text-slate-300">
          {t('sponsors.packages', { packages: sponsor.packages.join(', ') })}
        </p>
      ) : null}
    </div>
  );
}
