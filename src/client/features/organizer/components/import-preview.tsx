import { type ScheduleImportPreview } from '@shared/contract/schedule-import';
import { type ReactNode } from 'react';
import { t } from '@client/i18n';
import { formatNumber, formatTime } from '@client/lib/format';
import { Alert } from '@client/ui/alert';

function Section({
  title,
  count,
  open = false,
  children,
}: {
  title: string;
  count: number;
  open?: boolean;
  children: ReactNode;
}) {
  if (count === 0) return null;
  return (
    <details
      open={open}
      className="rounded-md border border-slate-300 bg-white p-3 dark:border-slate-700 dark:bg-slate-900"
    >
      <summary className="cursor-pointer font-medium text-slate-900 dark:text-slate-50">
        {title} ({formatNumber(count)})
      </summary>
      <ul className="mt-2 space-y-1 text-sm text-slate-800 dark:text-slate-200">{children}</ul>
    </details>
  );
}

/** What was read from the file, field by field, to check against the source at a glance. */
function ReadFromFile({ read }: { read: ScheduleImportPreview['read'] }) {
  const rows = [
    ['scheduleAdmin.import.read.sessions', read.sessions],
    ['scheduleAdmin.import.read.speakers', read.speakers],
    ['scheduleAdmin.import.read.sessionsWithSpeakers', read.sessionsWithSpeakers],
    ['scheduleAdmin.import.read.rooms', read.rooms],
    ['scheduleAdmin.import.read.tracks', read.tracks],
    ['scheduleAdmin.import.read.recordings', read.recordings],
    ['scheduleAdmin.import.read.slides', read.slides],
    ['scheduleAdmin.import.read.otherRecordings', read.otherRecordings],
    ['scheduleAdmin.import.read.plainLinks', read.plainLinks],
  ] as const;
  return (
    <div className="rounded-md border border-slate-300 bg-white p-3 dark:border-slate-700 dark:bg-slate-900">
      <h3 className="font-medium text-slate-900 dark:text-slate-50">
        {t('scheduleAdmin.import.read.title')}
      </h3>
      <dl className="mt-2 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm text-slate-800 sm:grid-cols-[1fr_auto_1fr_auto] dark:text-slate-200">
        {rows.map(([key, value]) => (
          <div key={key} className="contents">
            <dt>{t(key)}</dt>
            <dd className="text-right font-semibold tabular-nums">{formatNumber(value)}</dd>
          </div>
        ))}
      </dl>
      {read.firstDay && read.lastDay ? (
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          {read.firstDay === read.lastDay
            ? t('scheduleAdmin.import.read.oneDay', { day: read.firstDay })
            : t('scheduleAdmin.import.read.days', { first: read.firstDay, last: read.lastDay })}
        </p>
      ) : null}
    </div>
  );
}

/** What applying a file would do: the counts first, then each list folded away. */
export function ImportPreview({ preview, timeZone }: { preview: ScheduleImportPreview; timeZone: string }) {
  const { counts } = preview;
  const figures = [
    ['scheduleAdmin.import.added', counts.sessionsAdded],
    ['scheduleAdmin.import.changed', counts.sessionsChanged],
    ['scheduleAdmin.import.removed', counts.sessionsRemoved],
    ['scheduleAdmin.import.unchanged', counts.sessionsUnchanged],
    ['scheduleAdmin.import.rooms', counts.roomsAdded],
    ['scheduleAdmin.import.tracks', counts.tracksAdded],
    ['scheduleAdmin.import.speakers', counts.speakersAdded],
    ['scheduleAdmin.import.warnings', counts.warnings],
  ] as const;
  return (
    <section aria-labelledby="import-preview-title" className="space-y-3">
      <h2 id="import-preview-title" className="text-lg font-semibold text-slate-900 dark:text-slate-50">
        {preview.source.title || preview.source.acronym
          ? t('scheduleAdmin.import.previewTitle', {
              title: preview.source.title || preview.source.acronym,
              format: preview.source.layout,
            })
          : t('scheduleAdmin.import.previewUntitled', { format: preview.source.layout })}
      </h2>
      {preview.confirmationRequired ? (
        <Alert tone="error">
          {t('scheduleAdmin.import.confirmLine', {
            count: counts.sessionsRemoved,
            published: preview.publishedSessions,
          })}
        </Alert>
      ) : null}
      <ReadFromFile read={preview.read} />
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {figures.map(([key, value]) => (
          <div
            key={key}
            className="rounded-md border border-slate-300 bg-white p-3 dark:border-slate-700 dark:bg-slate-900"
          >
            <dt className="text-sm text-slate-700 dark:text-slate-300">{t(key)}</dt>
            <dd className="text-2xl font-bold text-slate-900 tabular-nums dark:text-slate-50">
              {formatNumber(value)}
            </dd>
          </div>
        ))}
      </dl>
      <Section title={t('scheduleAdmin.import.added')} count={preview.sessions.added.length}>
        {preview.sessions.added.map((s) => (
          <li key={s.guid}>
            {s.title}{' '}
            <span className="text-slate-600 dark:text-slate-400">
              · {formatTime(s.startsAt, timeZone)} · {s.room}
            </span>
          </li>
        ))}
      </Section>
      <Section title={t('scheduleAdmin.import.changed')} count={preview.sessions.changed.length}>
        {preview.sessions.changed.map((s) => (
          <li key={s.guid}>
            {s.title}{' '}
            <span className="text-slate-600 dark:text-slate-400">
              · {s.changes.map((c) => `${c.field}: ${c.from ?? '—'} → ${c.to ?? '—'}`).join('; ')}
            </span>
          </li>
        ))}
      </Section>
      <Section title={t('scheduleAdmin.import.removed')} count={preview.sessions.removed.length}>
        {preview.sessions.removed.map((s) => (
          <li key={s.guid}>{s.title}</li>
        ))}
      </Section>
      <Section title={t('scheduleAdmin.import.rooms')} count={preview.rooms.added.length}>
        {preview.rooms.added.map((r) => (
          <li key={r.slug}>{r.name}</li>
        ))}
      </Section>
      <Section title={t('scheduleAdmin.import.tracks')} count={preview.tracks.added.length}>
        {preview.tracks.added.map((tr) => (
          <li key={tr.name}>{tr.name}</li>
        ))}
      </Section>
      <Section title={t('scheduleAdmin.import.speakers')} count={preview.speakers.added.length}>
        {preview.speakers.added.map((s) => (
          <li key={s.code}>{s.name}</li>
        ))}
      </Section>
      {/* Warnings say what was adapted; a few are worth reading before applying, so they start open. */}
      <Section
        title={t('scheduleAdmin.import.warnings')}
        count={preview.warnings.length}
        open={preview.warnings.length <= 10}
      >
        {preview.warnings.map((w, i) => (
          <li key={i}>{w.message}</li>
        ))}
      </Section>
    </section>
  );
}
