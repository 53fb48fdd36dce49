import { type Track } from '@shared/contract/conference';
import { createTrackSchema, updateTrackSchema } from '@shared/contract/structure';
import { type FormEvent, useState } from 'react';
import { t } from '@client/i18n';
import { TextField } from '@client/ui/text-field';
import { createTrack, updateTrack, useStructureSave } from '../api/structure';
import { changedFields, checkWith, slugify } from '../lib/structure-form';
import { useConsoleForm } from '../lib/use-console-form';
import { ColorField } from './color-field';
import { FormButtons, FormErrors } from './form-parts';

interface TrackValues {
  name: string;
  slug: string;
  color: string;
}

/** Adds a track (track = null) or edits one. */
export function TrackForm({
  slug,
  track,
  onDone,
  onCancel,
}: {
  slug: string;
  track: Track | null;
  onDone: (track: Track) => void;
  onCancel?: () => void;
}) {
  const [values, setValues] = useState<TrackValues>(() => ({
    name: track?.name ?? '',
    slug: track?.slug ?? '',
    color: track?.color ?? '#4338ca',
  }));
  const [slugTouched, setSlugTouched] = useState(track !== null);
  const save = useStructureSave(slug, (input: Record<string, unknown>) =>
    track
      ? updateTrack(slug, track.id, input)
      : createTrack(slug, input as Parameters<typeof createTrack>[1]),
  );
  const form = useConsoleForm(save);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { name: values.name, slug: values.slug.trim(), color: values.color.trim() };
    if (track) {
      const check = checkWith(updateTrackSchema, input);
      form.submit(
        check.ok ? { ok: true, value: changedFields(track, { ...track, ...check.value }) } : check,
        onDone,
      );
    } else {
      form.submit(checkWith(createTrackSchema, input), onDone);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <FormErrors fieldCount={form.fieldCount} problem={form.problem} />
      <TextField
        label={t('console.field.name')}
        value={values.name}
        onChange={(e) => {
          const name = e.target.value;
          setValues((v) => ({ ...v, name, ...(slugTouched ? {} : { slug: slugify(name) }) }));
        }}
        errors={form.errors.name}
        autoComplete="off"
      />
      <TextField
        label={t('console.field.slug')}
        hint={t('console.field.slugHint')}
        value={values.slug}
        onChange={(e) => {
          setSlugTouched(true);
          setValues((v) => ({ ...v, slug: e.target.value }));
        }}
        errors={form.errors.slug}
        autoComplete="off"
        spellCheck={false}
      />
      <ColorField
        value={values.color}
        onChange={(color) => setValues((v) => ({ ...v, color }))}
        errors={form.errors.color}
      />
      <FormButtons pending={form.pending} onCancel={onCancel} />
    </form>
  );
}
