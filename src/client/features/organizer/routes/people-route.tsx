import { type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, type LoaderFunctionArgs } from 'react-router';
import { hasRole, requireRole, useMe } from '@client/features/auth';
import { t } from '@client/i18n';
import { useRequiredParam } from '@client/lib/route-params';
import { Alert } from '@client/ui/alert';
import { secondaryButton, textLink } from '@client/ui/button-styles';
import { PageHeading } from '@client/ui/page-heading';
import { problemMessage } from '@client/ui/forms/problem-messages';
import { usersQueryOptions, useUsers } from '../api/get-users';
import { PeopleFilters, type RoleFilter } from '../components/people-filters';
import { PersonRow } from '../components/person-row';
import { useDebouncedValue } from '../lib/use-debounced-value';

const SEARCH_DEBOUNCE_MS = 300;

export const peopleLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await requireRole(queryClient, request, 'organizer');
    await queryClient.ensureQueryData(usersQueryOptions());
    return null;
  };

/** Accounts and their staff roles, for organizers: phone first, one card per account. */
export function PeopleRoute() {
  const slug = useRequiredParam('slug');
  const me = useMe().data;
  const [text, setText] = useState('');
  const [submitted, setSubmitted] = useState('');
  const [role, setRole] = useState<RoleFilter>('');
  const debounced = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);
  // Enter searches at once; typing searches after a pause.
  const q = submitted === text ? text : debounced;
  const users = useUsers({ q, ...(role ? { role } : {}) });

  // An organizer who just gave up the role (another one remains) is no longer welcome here.
  if (me && !hasRole(me, 'organizer')) {
    return (
      <section>
        <PageHeading>{t('error.forbiddenTitle')}</PageHeading>
        <p className="text-slate-700 dark:text-slate-300">
          {t('error.forbiddenBody', { role: t('role.organizer') })}
        </p>
      </section>
    );
  }

  return (
    <div className="max-w-4xl">
      <p className="mb-2 text-sm">
        <Link to={`/${slug}/organizer`} className={textLink}>
          <span aria-hidden="true">← </span>
          {t('people.back')}
        </Link>
      </p>
      <PageHeading intro={t('people.intro')}>{t('people.title')}</PageHeading>
      <PeopleFilters
        text={text}
        onTextChange={setText}
        onSearch={() => setSubmitted(text)}
        role={role}
        onRoleChange={setRole}
      />
      {users.isError ? (
        <Alert tone="error">
          <p className="font-semibold">{t('people.loadFailed')}</p>
          <p>{problemMessage(users.error, 'people')}</p>
          <button type="button" className={`${secondaryButton} mt-2`} onClick={() => void users.refetch()}>
            {t('error.retry')}
          </button>
        </Alert>
      ) : null}
      {users.data ? (
        <div aria-busy={users.isPlaceholderData}>
          <p role="status" className="mb-3 text-sm text-slate-700 dark:text-slate-300">
            {users.data.users.length === 0
              ? t('people.empty')
              : t('people.count', { count: users.data.users.length })}
          </p>
          <ul className={`space-y-3 ${users.isPlaceholderData ? 'opacity-60' : ''}`}>
            {users.data.users.map((user) => (
              <PersonRow key={user.id} user={user} isMe={user.id === me?.id} />
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
