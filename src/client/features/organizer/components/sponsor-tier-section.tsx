import { TIER_DEPENDENTS_KEY, type Sponsor, type SponsorTier } from '@shared/contract/sponsor';
import { useState } from 'react';
import { type MessageKey, t } from '@client/i18n';
import { isApiError } from '@client/lib/api-error';
import { secondaryButton } from '@client/ui/button-styles';
import { problemMessage } from '@client/ui/forms/problem-messages';
import { ConfirmDialog } from '@client/ui/forms/confirm-dialog';
import { useDeleteSponsor, useDeleteTier } from '../api/sponsors-admin';
import { SponsorForm } from './sponsor-form';
import { SponsorLogoUpload } from './sponsor-logo-upload';
import { SponsorTierForm } from './sponsor-tier-form';

const card = 'rounded-lg border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900';

function SponsorItem({ slug, sponsor, tiers }: { slug: string; sponsor: Sponsor; tiers: SponsorTier[] }) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteSponsor(slug);
  if (editing) {
    return (
      <li className="rounded-md border border-indigo-700 p-3 dark:border-indigo-300">
        <h4 className="font-semibold text-slate-900 dark:text-slate-50">
          {t('sponsorsAdmin.editSponsorTitle', { name: sponsor.name })}
        </h4>
        <SponsorForm
          slug={slug}
          tiers={tiers}
          tierId={sponsor.tierId}
          sponsor={sponsor}
          onDone={() => setEditing(false)}
        />
      </li>
    );
  }
  return (
    <li className="rounded-md border border-slate-300 p-3 dark:border-slate-700">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h4 className="font-semibold break-words text-slate-900 dark:text-slate-50">{sponsor.name}</h4>
          <p className="text-sm break-all text-slate-700 dark:text-slate-300">
            {sponsor.slug}
            {sponsor.url ? ` · ${sponsor.url}` : ''}
          </p>
          {sponsor.packages.length > 0 ? (
            <p className="text-sm text-slate-700 dark:text-slate-300">
              {t('sponsorsAdmin.packages', { packages: sponsor.packages.join(', ') })}
            </p>
          ) : null}
        </div>
        <div className="flex gap-2">
          <button
            type="button"
            className={secondaryButton}
            aria-label={t('sponsorsAdmin.editSponsorName', { name: sponsor.name })}
            onClick={() => setEditing(true)}
          >
            {t('sponsorsAdmin.editSponsor')}
          </button>
          <button
            type="button"
            className={secondaryButton}
            aria-label={t('sponsorsAdmin.deleteSponsorName', { name: sponsor.name })}
            onClick={() => setConfirming(true)}
          >
            {t('sponsorsAdmin.deleteSponsor')}
          </button>
        </div>
      </div>
      {confirming ? (
        <ConfirmDialog
          title={t('sponsorsAdmin.deleteSponsorTitle', { name: sponsor.name })}
          lines={[t('sponsorsAdmin.deleteSponsorBody')]}
          confirmLabel={t('sponsorsAdmin.deleteSponsor')}
          pending={remove.isPending}
          error={remove.error ? `${t('sponsorsAdmin.deleteFailed')} ${problemMessage(remove.error)}` : null}
          onCancel={() => {
            remove.reset();
            setConfirming(false);
          }}
          onConfirm={() => remove.mutate(sponsor.id)}
        />
      ) : null}
      <SponsorLogoUpload slug={slug} sponsor={sponsor} />
    </li>
  );
}

/**
 * One tier with its sponsors. Deleting asks first; a tier that still has sponsors is deleted
 * only after the server has named them and the organizer confirms again with that list in view.
 */
export function SponsorTierSection({
  slug,
  tier,
  tiers,
  sponsors,
  index,
  onMove,
  moving,
}: {
  slug: string;
  tier: SponsorTier;
  tiers: SponsorTier[];
  sponsors: Sponsor[];
  index: number;
  onMove: (from: number, to: number) => void;
  moving: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteTier(slug);
  const dependents =
    isApiError(remove.error, 'sponsor_tier_in_use') && remove.error.errors
      ? (remove.error.errors[TIER_DEPENDENTS_KEY] ?? [])
      : null;
  const otherError = remove.error && !dependents ? remove.error : null;
  // Known before asking: the names in view; the server's list wins once it has answered.
  const names = dependents ?? sponsors.map((s) => s.name);
  const headingId = `tier-${tier.id}`;

  const cancel = () => {
    remove.reset();
    setConfirming(false);
  };

  return (
    <section aria-labelledby={headingId} className={card}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 id={headingId} className="text-lg font-semibold text-slate-900 dark:text-slate-50">
            {tier.name}
          </h3>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            {t('sponsorsAdmin.tierSummary', {
              rank: tier.rank,
              size: t(`sponsorsAdmin.size.${tier.logoSize}` as MessageKey),
            })}
            {' · '}
            {t('sponsorsAdmin.tierSponsors', { count: sponsors.length })}
          </p>
          {tier.benefits.length > 0 ? (
            <p className="text-sm text-slate-700 dark:text-slate-300">
              {t('sponsors.benefits', { benefits: tier.benefits.join(', ') })}
            </p>
          ) : null}
        </div>
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className={secondaryButton}
            aria-label={t('sponsorsAdmin.moveUp', { name: tier.name })}
            disabled={index === 0 || moving}
            onClick={() => onMove(index, index - 1)}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            className={secondaryButton}
            aria-label={t('sponsorsAdmin.moveDown', { name: tier.name })}
            disabled={index === tiers.length - 1 || moving}
            onClick={() => onMove(index, index + 1)}
          >
            <span aria-hidden="true">↓</span>
          </button>
          <button type="button" className={secondaryButton} onClick={() => setEditing((e) => !e)}>
            {t('sponsorsAdmin.editTier')}
          </button>
          <button type="button" className={secondaryButton} onClick={() => setConfirming(true)}>
            {t('sponsorsAdmin.deleteTier')}
          </button>
        </div>
      </div>
      {editing ? (
        <div className="mt-3 rounded-md border border-indigo-700 p-3 dark:border-indigo-300">
          <h4 className="font-semibold text-slate-900 dark:text-slate-50">
            {t('sponsorsAdmin.editTierTitle', { name: tier.name })}
          </h4>
          <SponsorTierForm slug={slug} tier={tier} onDone={() => setEditing(false)} />
        </div>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={t('sponsorsAdmin.deleteTierTitle', { name: tier.name })}
          lines={
            names.length === 0
              ? [t('sponsorsAdmin.deleteTierEmpty')]
              : [
                  t('sponsorsAdmin.deleteTierInUse', { count: names.length, names: names.join(', ') }),
                  t('sponsorsAdmin.deleteTierInUseHow'),
                ]
          }
          confirmLabel={
            names.length === 0
              ? t('sponsorsAdmin.deleteTierConfirm')
              : t('sponsorsAdmin.deleteTierAndSponsors', { count: names.length })
          }
          pending={remove.isPending}
          error={otherError ? `${t('sponsorsAdmin.deleteFailed')} ${problemMessage(otherError)}` : null}
          onCancel={cancel}
          // Confirms only deleting sponsors the organizer was shown; if others arrived meanwhile
          // (or the page was stale), the server's 409 names them and the dialog asks again.
          onConfirm={() => remove.mutate({ id: tier.id, confirm: names.length > 0 })}
        />
      ) : null}
      {sponsors.length === 0 ? (
        <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">{t('sponsorsAdmin.noSponsors')}</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {sponsors.map((sponsor) => (
            <SponsorItem key={sponsor.id} slug={slug} sponsor={sponsor} tiers={tiers} />
          ))}
        </ul>
      )}
      {adding ? (
        <div className="mt-3 rounded-md border border-indigo-700 p-3 dark:border-indigo-300">
          <h4 className="font-semibold text-slate-900 dark:text-slate-50">
            {t('sponsorsAdmin.addSponsorTitle')}
          </h4>
          <SponsorForm slug={slug} tiers={tiers} tierId={tier.id} onDone={() => setAdding(false)} />
        </div>
      ) : (
        <p className="mt-3">
          <button type="button" className={secondaryButton} onClick={() => setAdding(true)}>
            {t('sponsorsAdmin.addSponsor')}
          </button>
        </p>
      )}
    </section>
  );
}
