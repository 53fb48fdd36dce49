import { type Sponsor, type SponsorTier } from '@shared/contract/sponsor';
import { useState } from 'react';
import { type MessageKey, t } from '@client/i18n';
import { Alert } from '@client/ui/alert';
import { secondaryButton } from '@client/ui/button-styles';
import { problemMessage } from '@client/ui/forms/problem-messages';
import { ConfirmDialog } from '@client/ui/forms/confirm-dialog';
import { useDeleteWithDependents } from '@client/ui/forms/use-delete-with-dependents';
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
 * One tier with its sponsors. Deleting asks first: an empty tier here, one with sponsors with
 * the server's list of them (sponsor_tier_in_use), deleted with them only once confirmed.
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
  const del = useDeleteWithDependents(
    (confirm) => remove.mutateAsync({ id: tier.id, confirm }),
    () => setConfirming(false),
  );
  const going = del.asking?.dependents.find((d) => d.kind === 'sponsor')?.count ?? 0;
  const failed = del.error ? `${t('sponsorsAdmin.deleteFailed')} ${problemMessage(del.error)}` : null;
  const headingId = `tier-${tier.id}`;

  const cancel = () => {
    del.cancel();
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
          <button
            type="button"
            className={secondaryButton}
            disabled={del.pending}
            // With sponsors in view the server's answer lists them; an empty tier is asked here.
            onClick={() => (sponsors.length > 0 ? void del.attempt(false) : setConfirming(true))}
          >
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
      {del.asking ? (
        <ConfirmDialog
          title={t('sponsorsAdmin.deleteTierTitle', { name: tier.name })}
          dependents={del.asking}
          lines={[t('sponsorsAdmin.deleteTierInUseHow')]}
          confirmLabel={t('sponsorsAdmin.deleteTierAndSponsors', { count: going })}
          pending={del.pending}
          error={failed}
          onCancel={cancel}
          onConfirm={() => void del.attempt(true)}
        />
      ) : confirming ? (
        <ConfirmDialog
          title={t('sponsorsAdmin.deleteTierTitle', { name: tier.name })}
          lines={[t('sponsorsAdmin.deleteTierEmpty')]}
          confirmLabel={t('sponsorsAdmin.deleteTierConfirm')}
          pending={del.pending}
          error={failed}
          onCancel={cancel}
          onConfirm={() => void del.attempt(false)}
        />
      ) : del.error ? (
        <div className="mt-3">
          <Alert tone="error">{failed}</Alert>
        </div>
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
