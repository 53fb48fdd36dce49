import { type User } from '@shared/contract/user';
import { useState } from 'react';
import { t } from '@client/i18n';
import { useVolunteerProfile } from '../api/volunteer-profile';
import { ProfileForm } from './profile-form';
import { card, muted } from '@client/ui/staff-styles';

/**
 * Asks a new volunteer (no contact yet) how coordinators reach them; stays open after saving
 * so the confirmation is seen.
 */
export function ProfilePrompt({ slug, user }: { slug: string; user: User }) {
  const profile = useVolunteerProfile(slug, user.id);
  // Latched open once a missing contact is seen, so saving does not whisk the form away.
  const [open, setOpen] = useState(false);
  if (!open && profile.data?.contact === null) setOpen(true);
  if (!open || !profile.data) return null;
  return (
    <section aria-labelledby="profile-title" className={`${card} mb-6 max-w-xl`}>
      <h2 id="profile-title" className="text-lg font-bold text-slate-900 dark:text-slate-50">
        {t('volunteer.profile.title')}
      </h2>
      <p className={`${muted} mb-3`}>{t('volunteer.profile.intro')}</p>
      <ProfileForm slug={slug} userId={user.id} profile={profile.data} />
    </section>
  );
}

/** The same details, folded away, for later changes. */
export function ProfileDetails({ slug, user }: { slug: string; user: User }) {
  const profile = useVolunteerProfile(slug, user.id);
  return (
    <details className={`${card} max-w-xl`}>
      <summary className="cursor-pointer font-semibold text-slate-900 dark:text-slate-50">
        {t('volunteer.profile.title')}
      </summary>
      <div className="mt-3">
        {profile.data ? <ProfileForm slug={slug} userId={user.id} profile={profile.data} /> : null}
      </div>
    </details>
  );
}
