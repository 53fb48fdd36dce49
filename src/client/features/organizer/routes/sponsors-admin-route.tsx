import { type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, type LoaderFunctionArgs } from 'react-router';
import { requireRole } from '@client/features/auth';
import { conferenceQueryOptions, useConference } from '@client/features/conference';
import { sponsorsQueryOptions, useSponsors } from '@client/features/sponsors';
import { t } from '@client/i18n';
import { requireParam, useRequiredParam } from '@client/lib/route-params';
import { Alert } from '@client/ui/alert';
import { primaryButton, textLink } from '@client/ui/button-styles';
import { PageHeading } from '@client/ui/page-heading';
import { problemMessage } from '@client/ui/forms/problem-messages';
import { useReorderTiers } from '../api/sponsors-admin';
import { SponsorTierForm } from '../components/sponsor-tier-form';
import { SponsorTierSection } from '../components/sponsor-tier-section';

export const sponsorsAdminLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const slug = requireParam(params, 'slug');
    await requireRole(queryClient, request, 'organizer');
    await Promise.all([
      queryClient.ensureQueryData(conferenceQueryOptions(slug)),
      queryClient.ensureQueryData(sponsorsQueryOptions(slug)),
    ]);
    return null;
  };

/** Sponsor tiers in rank order, each with its sponsors, their packages and logos. */
export function SponsorsAdminRoute() {
  const slug = useRequiredParam('slug');
  const conference = useConference(slug);
  const { tiers, sponsors } = useSponsors(slug);
  const [adding, setAdding] = useState(false);
  const reorder = useReorderTiers(slug);

  const move = (from: number, to: number) => {
    const ids = tiers.map((tier) => tier.id);
    const [moved] = ids.splice(from, 1);
    ids.splice(to, 0, moved!);
    reorder.mutate(ids);
  };

  return (
    <div className="max-w-4xl">
      <p className="mb-2 text-sm">
        <Link to={`/${slug}/organizer`} className={textLink}>
          <span aria-hidden="true">← </span>
          {t('sponsorsAdmin.back')}
        </Link>
      </p>
      <PageHeading intro={t('sponsorsAdmin.intro')}>{t('sponsorsAdmin.title')}</PageHeading>
      <p className="mb-4 text-sm">
        <Link to={`/${slug}/sponsors`} className={textLink}>
          {t('sponsorsAdmin.viewPublic')}
        </Link>
        <span className="text-slate-700 dark:text-slate-300"> · {conference.name}</span>
      </p>
      <h2 className="mb-3 text-xl font-bold text-slate-900 dark:text-slate-50">{t('sponsorsAdmin.tiers')}</h2>
      {reorder.error ? (
        <div className="mb-3">
          <Alert tone="error">
            {t('sponsorsAdmin.reorderFailed')} {problemMessage(reorder.error)}
          </Alert>
        </div>
      ) : null}
      {tiers.length === 0 ? <p className="mb-4">{t('sponsorsAdmin.noTiers')}</p> : null}
      <div className="space-y-4" aria-busy={reorder.isPending}>
        {tiers.map((tier, index) => (
          <SponsorTierSection
            key={tier.id}
            slug={slug}
            tier={tier}
            tiers={tiers}
            sponsors={sponsors.filter((s) => s.tierId === tier.id)}
            index={index}
            onMove={move}
            moving={reorder.isPending}
          />
        ))}
      </div>
      {adding ? (
        <section
          aria-labelledby="tier-add"
          className="mt-6 rounded-lg border border-indigo-700 bg-white p-4 dark:border-indigo-300 dark:bg-slate-900"
        >
          <h2 id="tier-add" className="text-lg font-semibold text-slate-900 dark:text-slate-50">
            {t('sponsorsAdmin.addTierTitle')}
          </h2>
          <SponsorTierForm slug={slug} onDone={() => setAdding(false)} />
        </section>
      ) : (
        <p className="mt-6">
          <button type="button" className={primaryButton} onClick={() => setAdding(true)}>
            {t('sponsorsAdmin.addTier')}
          </button>
        </p>
      )}
    </div>
  );
}
