import { type QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs } from 'react-router';
import { apiPaths } from '@shared/contract/paths';
import { useDeferredValue, useState } from 'react';
import { requireRole } from '@client/features/auth';
import { conferenceQueryOptions, useConference } from '@client/features/conference';
import { speakersQueryOptions, useSpeakers } from '@client/features/speakers';
import { t } from '@client/i18n';
import { requireParam, useRequiredParam } from '@client/lib/route-params';
import { TextField } from '@client/ui/text-field';
import { NewItemSection } from '../components/new-item-section';
import { useConsoleEditing } from '../lib/use-console-editing';
import { ConsolePage } from '../components/console-page';
import { DeleteControl } from '../components/delete-control';
import { EditableItem } from '../components/editable-item';
import { SpeakerForm } from '../components/speaker-form';

export const speakersAdminLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const slug = requireParam(params, 'slug');
    await requireRole(queryClient, request, 'organizer');
    await Promise.all([
      queryClient.ensureQueryData(conferenceQueryOptions(slug)),
      queryClient.ensureQueryData(speakersQueryOptions(slug)),
    ]);
    return null;
  };

const matches = (text: string, q: string) => text.toLowerCase().includes(q.toLowerCase());

/** Everyone billed (or about to be), searchable, each editable in place. */
export function SpeakersAdminRoute() {
  const slug = useRequiredParam('slug');
  const conference = useConference(slug);
  const speakers = useSpeakers(slug);
  const { editing, status, open, cancel, saved, deleted } = useConsoleEditing();
  const [query, setQuery] = useState('');
  const q = useDeferredValue(query.trim());
  const shown = q
    ? speakers.filter((s) => matches(s.name, q) || matches(s.affiliation ?? '', q) || matches(s.code, q))
    : speakers;

  return (
    <ConsolePage
      slug={slug}
      title={t('console.speakers.title')}
      intro={t('console.speakers.intro', { conference: conference.name })}
      status={status}
    >
      <NewItemSection
        id="new-speaker"
        heading={t('console.speakers.new')}
        addLabel={t('console.speakers.add')}
        open={editing === 'new'}
        onOpen={() => open('new')}
      >
        <SpeakerForm slug={slug} speaker={null} onDone={saved} onCancel={cancel} />
      </NewItemSection>
      <div className="mb-3">
        <TextField
          label={t('console.speakers.search')}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          autoComplete="off"
        />
      </div>
      <p className="mb-2 text-sm text-slate-700 dark:text-slate-300">
        {q
          ? t('console.speakers.shown', { count: shown.length })
          : t('console.speakers.count', { count: speakers.length })}
      </p>
      <ul className="space-y-3">
        {shown.map((speaker) => (
          <EditableItem
            key={speaker.code}
            title={speaker.name}
            editing={editing === speaker.code}
            onEdit={() => open(speaker.code)}
            facts={
              <>
                {speaker.affiliation ? <p>{speaker.affiliation}</p> : null}
                <p>
                  {t('console.speakers.code', { code: speaker.code })} ·{' '}
                  {speaker.sessionCodes.length > 0
                    ? t('console.speakers.sessions', { count: speaker.sessionCodes.length })
                    : t('console.speakers.noSessions')}
                </p>
              </>
            }
          >
            <div className="space-y-4">
              <SpeakerForm
                key={`${speaker.code}:${speaker.name}:${speaker.affiliation}:${speaker.bio.length}`}
                slug={slug}
                speaker={speaker}
                onDone={saved}
                onCancel={cancel}
              />
              <DeleteControl
                slug={slug}
                path={apiPaths.speaker(slug, speaker.code)}
                kind="speaker"
                name={speaker.name}
                onDeleted={deleted}
              />
            </div>
          </EditableItem>
        ))}
      </ul>
    </ConsolePage>
  );
}
