import { type Conference } from '@shared/contract/conference';
import { type SessionCreateInput, type SessionUpdate } from '@shared/contract/schedule-changes';
import { sessionFormats, sessionStatuses, sessionTypes, type Session } from '@shared/contract/session';
import { type Speaker } from '@shared/contract/speaker';
import { useState } from 'react';
import { t } from '@client/i18n';
import { Alert } from '@client/ui/alert';
import { primaryButton, secondaryButton } from '@client/ui/button-styles';
import { FormSummary, ProblemAlert } from '@client/ui/forms/problem-alert';
import { type FormCheck, useForm } from '@client/ui/forms/use-form';
import { TextField } from '@client/ui/text-field';
import { useCreateSession } from '../api/create-session';
import { useUpdateSession } from '../api/update-session';
import {
  blankFormValues,
  checkNewSessionForm,
  checkSessionForm,
  formValuesOf,
  type SessionFormValues,
} from '../lib/session-form';
import { Field, inputClass } from './form-parts';
import { SpeakerPicker } from './speaker-picker';

/**
 * Edits one session's fields, or a new session's when there is none yet. Checked with the
 * shared schema before sending; the server's field errors land next to the same fields.
 * Saving makes a draft, not a public change.
 */
export function SessionForm({
  slug,
  conference,
  session,
  speakers,
  onCreated,
  onCancel,
}: {
  slug: string;
  conference: Conference;
  /** Absent for a new session. */
  session?: Session;
  speakers: readonly Speaker[];
  onCreated?: (session: Session) => void;
  onCancel?: () => void;
}) {
  const tz = conference.timeZone;
  const [unchanged, setUnchanged] = useState(false);
  const update = useUpdateSession(slug, session?.code ?? '');
  const create = useCreateSession(slug);
  const save = session ? update : create;
  const form = useForm<SessionFormValues, SessionCreateInput | SessionUpdate, Session>({
    initial: () => (session ? formValuesOf(session, tz) : blankFormValues(conference)),
    check: (values) => {
      if (!session) return checkNewSessionForm(values, tz);
      const check = checkSessionForm(session, values, tz);
      setUnchanged(check.ok && check.value === null);
      return check.ok && check.value === null ? null : (check as FormCheck<SessionUpdate>);
    },
    // Either mutation takes what the check gives for it: a new session, or an edit's changes.
    mutation: save,
    onSaved: (saved) => {
      if (!session) onCreated?.(saved);
    },
    screen: 'schedule',
  });
  const { values, set, errors, fieldCount } = form;

  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-4">
      {/* The refusal itself is told next to the button, with the server's facts. */}
      <FormSummary form={{ fieldCount, problem: null }} />
      <TextField
        label={t('scheduleAdmin.field.title')}
        value={values.title}
        onChange={(e) => set('title')(e.target.value)}
        errors={errors.title}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t('scheduleAdmin.field.roomId')} errors={errors.roomId}>
          {(p) => (
            <select
              {...p}
              className={inputClass}
              value={values.roomId}
              onChange={(e) => set('roomId')(e.target.value)}
            >
              <option value="">{t('session.noRoom')}</option>
              {conference.rooms.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('scheduleAdmin.field.trackId')} errors={errors.trackId}>
          {(p) => (
            <select
              {...p}
              className={inputClass}
              value={values.trackId}
              onChange={(e) => set('trackId')(e.target.value)}
            >
              <option value="">{t('scheduleAdmin.form.noTrack')}</option>
              {conference.tracks.map((tr) => (
                <option key={tr.id} value={tr.id}>
                  {tr.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          label={t('scheduleAdmin.field.startsAt')}
          hint={t('scheduleAdmin.form.timeZone', { zone: tz })}
          type="datetime-local"
          value={values.startsAt}
          onChange={(e) => set('startsAt')(e.target.value)}
          errors={errors.startsAt}
        />
        <TextField
          label={t('scheduleAdmin.field.endsAt')}
          type="datetime-local"
          value={values.endsAt}
          onChange={(e) => set('endsAt')(e.target.value)}
          errors={errors.endsAt}
        />
        <Field label={t('scheduleAdmin.field.status')} errors={errors.status}>
          {(p) => (
            <select
              {...p}
              className={inputClass}
              value={values.status}
              onChange={(e) => set('status')(e.target.value)}
            >
              {sessionStatuses.map((s) => (
                <option key={s} value={s}>
                  {t(`scheduleAdmin.status.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('scheduleAdmin.field.type')} errors={errors.type}>
          {(p) => (
            <select
              {...p}
              className={inputClass}
              value={values.type}
              onChange={(e) => set('type')(e.target.value)}
            >
              {sessionTypes.map((type) => (
                <option key={type} value={type}>
                  {t(`session.type.${type}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('scheduleAdmin.field.format')} errors={errors.format}>
          {(p) => (
            <select
              {...p}
              className={inputClass}
              value={values.format}
              onChange={(e) => set('format')(e.target.value)}
            >
              {sessionFormats.map((f) => (
                <option key={f} value={f}>
                  {t(`scheduleAdmin.format.${f}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          label={t('scheduleAdmin.field.language')}
          hint={t('scheduleAdmin.form.languageHint')}
          value={values.language}
          onChange={(e) => set('language')(e.target.value)}
          errors={errors.language}
        />
      </div>
      <Field label={t('scheduleAdmin.field.description')} errors={errors.description}>
        {(p) => (
          <textarea
            {...p}
            rows={6}
            className={inputClass}
            value={values.description}
            onChange={(e) => set('description')(e.target.value)}
          />
        )}
      </Field>
      <div className="flex items-center gap-2">
        <input
          id="recording-opt-out"
          type="checkbox"
          className="h-5 w-5"
          checked={values.recordingOptOut}
          onChange={(e) => set('recordingOptOut')(e.target.checked)}
        />
        <label htmlFor="recording-opt-out" className="font-medium text-slate-900 dark:text-slate-100">
          {t('scheduleAdmin.field.recordingOptOut')}
        </label>
      </div>
      <SpeakerPicker
        speakers={speakers}
        value={values.speakerCodes}
        onChange={set('speakerCodes')}
        errors={errors.speakerCodes}
      />
      {session ? (
        <fieldset className="space-y-3">
          <legend className="font-semibold text-slate-900 dark:text-slate-50">
            {t('scheduleAdmin.field.links')}
          </legend>
          <TextField
            label={t('scheduleAdmin.field.youtube')}
            type="url"
            value={values.youtube}
            onChange={(e) => set('youtube')(e.target.value)}
            errors={errors['links.youtube']}
          />
          <TextField
            label={t('scheduleAdmin.field.mediaCccDe')}
            type="url"
            value={values.mediaCccDe}
            onChange={(e) => set('mediaCccDe')(e.target.value)}
            errors={errors['links.mediaCccDe']}
          />
          <TextField
            label={t('scheduleAdmin.field.slides')}
            type="url"
            value={values.slides}
            onChange={(e) => set('slides')(e.target.value)}
            errors={errors['links.slides']}
          />
        </fieldset>
      ) : null}
      <div aria-live="polite" className="space-y-2 empty:hidden">
        {session && save.isSuccess ? <Alert tone="success">{t('scheduleAdmin.form.saved')}</Alert> : null}
        {unchanged ? <Alert tone="info">{t('scheduleAdmin.form.unchanged')}</Alert> : null}
        {form.problem && save.error ? <ProblemAlert error={save.error} screen="schedule" /> : null}
      </div>
      <div className="flex flex-col gap-2 sm:flex-row">
        <button type="submit" className={`${primaryButton} w-full sm:w-auto`} disabled={form.pending}>
          {session
            ? form.pending
              ? t('scheduleAdmin.form.saving')
              : t('scheduleAdmin.form.save')
            : form.pending
              ? t('sessionsAdmin.creating')
              : t('sessionsAdmin.create')}
        </button>
        {onCancel ? (
          <button type="button" className={`${secondaryButton} w-full sm:w-auto`} onClick={onCancel}>
            {t('sessionsAdmin.cancelNew')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
