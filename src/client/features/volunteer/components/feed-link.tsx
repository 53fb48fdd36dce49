import { useId } from 'react';
import { t } from '@client/i18n';
import { apiPaths } from '@shared/contract/paths';
import { primaryButton, secondaryButton, textLink } from '@client/ui/button-styles';
import { useFeed, useRenewFeed } from '../api/feed-api';
import { InviteCopyField } from './invite-copy-field';
import { muted, sectionHeading } from '@client/ui/staff-styles';

/** The volunteer's secret calendar address: subscribe (webcal) or copy the https link. */
export function FeedLink({ slug, userId }: { slug: string; userId: string }) {
  const id = useId();
  const feed = useFeed(slug, userId);
  const renew = useRenewFeed(slug, userId);
  const token = feed.data?.token ?? null;
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  const https = token ? `${origin}${apiPaths.volunteerFeedIcs(slug, token)}` : '';
  const webcal = https.replace(/^https?:/, 'webcal:');

  return (
    <section aria-labelledby={`${id}-title`} className="mb-8">
      <h2 id={`${id}-title`} className={sectionHeading}>
        {t('volunteering.feed.title')}
      </h2>
      <p className={`${muted} mb-3`}>{t('volunteering.feed.intro')}</p>
      {token ? (
        <div className="space-y-3">
          <a href={webcal} className={`${primaryButton} inline-flex`}>
            {t('volunteering.feed.subscribe')}
          </a>
          <InviteCopyField label={t('volunteering.feed.linkLabel')} value={https} />
          <p className={muted}>
            <button
              type="button"
              className={`${textLink} font-medium`}
              disabled={renew.isPending}
              onClick={() => renew.mutate()}
            >
              {t('volunteering.feed.renew')}
            </button>{' '}
            {t('volunteering.feed.renewHint')}
          </p>
        </div>
      ) : feed.isSuccess ? (
        <button
          type="button"
          className={secondaryButton}
          disabled={renew.isPending}
          onClick={() => renew.mutate()}
        >
          {t('volunteering.feed.create')}
        </button>
      ) : null}
    </section>
  );
}
