import { type LogoSize } from '@shared/contract/sponsor';
import { type QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs } from 'react-router';
import { conferenceQueryOptions, useConference } from '@client/features/conference';
import { t } from '@client/i18n';
import { requireParam, useRequiredParam } from '@client/lib/route-params';
import { PageHeading } from '@client/ui/page-heading';
import { sponsorsQueryOptions, useSponsors } from '../api/get-sponsors';
import { SponsorMark } from '../components/sponsor-mark';
import { groupByTier } from '../lib/group-by-tier';

export const sponsorsLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const slug = requireParam(params, 'slug');
    await Promise.all([
      queryClient.ensureQueryData(conferenceQueryOptions(slug)),
      queryClient.ensureQueryData(sponsorsQueryOptions(slug)),
    ]);
    return null;
  };

const columns: Record<LogoSize, string> = {
  xl: 'grid-cols-1',
  lg: 'grid-cols-1 sm:grid-cols-2',
  md: 'grid-cols-2 lg:grid-cols-3',
  sm: 'grid-cols-2 sm:grid-cols-3 lg:grid-cols-4',
};

export function SponsorsRoute() {
  const slug = useRequiredParam('slug');
  const conference = useConference(slug);
  const groups = groupByTier(useSponsors(slug));
  return (
    <>
      <PageHeading intro={t('sponsors.intro', { conference: conference.name })}>
        {t('sponsors.title')}
      </PageHeading>
      {groups.length === 0 ? <p>{t('sponsors.empty')}</p> : null}
      <div className="space-y-8">
        {groups.map(({ tier, sponsors }) => (
          <section key={tier.id} aria-labelledby={`tier-${tier.id}`}>
            <h2 id={`tier-${tier.id}`} className="mb-3 text-lg font-bold text-slate-900 dark:text-slate-50">
              {t('sponsors.tier', { tier: tier.name })}
            </h2>
            <ul className={`grid gap-4 ${columns[tier.logoSize]}`}>
              {sponsors.map((sponsor) => (
                <li key={sponsor.id}>
                  <SponsorMark sponsor={sponsor} size={tier.logoSize} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
