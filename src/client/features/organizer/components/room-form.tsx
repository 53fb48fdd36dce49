import { type Room } from '@shared/contract/conference';
import { createRoomSchema, updateRoomSchema } from '@shared/contract/structure';
import { slugify } from '@shared/text/slug';
import { useState } from 'react';
import { t } from '@client/i18n';
import { FormSummary } from '@client/ui/forms/problem-alert';
import { checkWith, useForm } from '@client/ui/forms/use-form';
import { TextField } from '@client/ui/text-field';
import { createRoom, updateRoom, useStructureSave } from '../api/structure';
import { checkChanges, orNull } from '../lib/structure-form';
import { FormButtons } from './form-parts';

interface RoomValues {
  name: string;
  slug: string;
  position: string;
  liveStreamUrl: string;
}

const valuesOf = (room: Room | null): RoomValues => ({
  name: room?.name ?? '',
  slug: room?.slug ?? '',
  position: room ? String(room.position) : '',
  liveStreamUrl: room?.liveStreamUrl ?? '',
});

const toInput = (v: RoomValues) => ({
  name: v.name,
  slug: v.slug.trim(),
  ...(v.position.trim() === '' ? {} : { position: Number(v.position) }),
  liveStreamUrl: orNull(v.liveStreamUrl),
});

/** Adds a room (room = null) or edits one; a new room's slug follows its name until edited. */
export function RoomForm({
  slug,
  room,
  onDone,
  onCancel,
}: {
  slug: string;
  room: Room | null;
  onDone: (room: Room) => void;
  onCancel?: () => void;
}) {
  const [slugTouched, setSlugTouched] = useState(room !== null);
  const save = useStructureSave(slug, (input: Record<string, unknown>) =>
    room ? updateRoom(slug, room.id, input) : createRoom(slug, input as Parameters<typeof createRoom>[1]),
  );
  const form = useForm({
    initial: () => valuesOf(room),
    check: (values: RoomValues) =>
      room
        ? checkChanges(updateRoomSchema, toInput(values), room)
        : checkWith(createRoomSchema, toInput(values)),
    mutation: save,
    onSaved: onDone,
  });
  const { values } = form;

  const set = (key: keyof RoomValues) => (value: string) =>
    form.setValues((v) => ({
      ...v,
      [key]: value,
      ...(key === 'name' && !slugTouched ? { slug: slugify(value) } : {}),
    }));

  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-4">
      <FormSummary form={form} />
      <TextField
        label={t('console.field.name')}
        value={values.name}
        onChange={(e) => set('name')(e.target.value)}
        errors={form.errors.name}
        autoComplete="off"
      />
      <TextField
        label={t('console.field.slug')}
        hint={t('console.field.slugHint')}
        value={values.slug}
        onChange={(e) => {
          setSlugTouched(true);
          set('slug')(e.target.value);
        }}
        errors={form.errors.slug}
        autoComplete="off"
        spellCheck={false}
      />
      <div className="grid gap-4 sm:grid-cols-[8rem_1fr]">
        <TextField
          label={t('console.field.position')}
          hint={t('console.field.positionHint')}
          inputMode="numeric"
          value={values.position}
          onChange={(e) => set('position')(e.target.value)}
          errors={form.errors.position}
        />
        <TextField
          label={`${t('console.field.liveStreamUrl')} ${t('console.form.optional')}`}
          type="url"
          inputMode="url"
          value={values.liveStreamUrl}
          onChange={(e) => set('liveStreamUrl')(e.target.value)}
          errors={form.errors.liveStreamUrl}
        />
      </div>
      <FormButtons pending={form.pending} onCancel={onCancel} />
    </form>
  );
}
