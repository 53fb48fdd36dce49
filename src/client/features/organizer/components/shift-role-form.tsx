import { slugify } from '@shared/text/slug';
import { createRoleSchema, type Role, type RoleInUseProblem, updateRoleSchema } from '@shared/contract/role';
import { fieldErrors } from '@shared/contract/problem';
import { type FormEvent, useState } from 'react';
import { t } from '@client/i18n';
import { Alert } from '@client/ui/alert';
import { primaryButton, secondaryButton } from '@client/ui/button-styles';
import { TextField } from '@client/ui/text-field';
import { useCreateRole, useDeleteRole, useUpdateRole } from '../api/shift-admin';
import { useUsers } from '../api/get-users';
import { fieldErrorsOf, shiftAdminProblemMessage } from '../lib/shift-admin-problem';
import { ConfirmDialog } from './confirm-dialog';
import { SelectField, TextAreaField } from './shift-fields';

/**
 * A volunteer role: open or restricted, when sign-up opens, the sign-off deadline, its coordinator.
 * Without `role` it creates one; with it, it edits that role (the slug never changes).
 */
export function ShiftRoleForm({ slug, role, onDone }: { slug: string; role?: Role; onDone?: () => void }) {
  const [name, setName] = useState(role?.name ?? '');
  const [description, setDescription] = useState(role?.description ?? '');
  const [access, setAccess] = useState<'open' | 'restricted'>(role?.access ?? 'open');
  const [opens, setOpens] = useState(String(role?.signupOpensHours ?? 720));
  const [deadline, setDeadline] = useState(String(role?.signOffDeadlineHours ?? 3));
  const [coordinator, setCoordinator] = useState(role?.coordinator?.id ?? '');
  const [contact, setContact] = useState(role?.coordinator?.contact ?? '');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const create = useCreateRole(slug);
  const update = useUpdateRole(slug);
  const write = role ? update : create;
  const users = useUsers();

  function submit(event: FormEvent) {
    event.preventDefault();
    const fields = {
      name,
      description,
      access,
      signupOpensHours: Number(opens),
      signOffDeadlineHours: Number(deadline),
      coordinatorUserId: coordinator || null,
      coordinatorContact: contact.trim() || null,
    };
    const onError = (error: Error) => setErrors(fieldErrorsOf(error));
    if (role) {
      const parsed = updateRoleSchema.safeParse(fields);
      if (!parsed.success) return setErrors(fieldErrors(parsed.error));
      setErrors({});
      update.mutate({ role: role.slug, changes: parsed.data }, { onSuccess: () => onDone?.(), onError });
      return;
    }
    const parsed = createRoleSchema.safeParse({ ...fields, slug: slugify(name) });
    if (!parsed.success) {
      const errs = fieldErrors(parsed.error);
      setErrors({ ...errs, name: [...(errs.name ?? []), ...(errs.slug ?? [])] });
      return;
    }
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: () => {
        setName('');
        setDescription('');
      },
      onError,
    });
  }

  const title = role ? t('coord.role.editTitle', { name: role.name }) : t('coord.role.formTitle');
  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label={title}>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label={t('coord.role.name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          errors={errors.name?.length ? errors.name : undefined}
        />
        <fieldset>
          <legend className="mb-1 block text-sm font-semibold text-slate-800 dark:text-slate-200">
            {t('coord.role.access')}
          </legend>
          <div className="flex flex-wrap gap-4">
            {(['open', 'restricted'] as const).map((a) => (
              <label key={a} className="inline-flex items-center gap-2 text-slate-900 dark:text-slate-100">
                <input
                  type="radio"
                  name={role ? `access-${role.slug}` : 'access'}
                  className="size-5"
                  checked={access === a}
                  onChange={() => setAccess(a)}
                />
                {t(a === 'open' ? 'coord.role.open' : 'coord.role.restricted')}
              </label>
            ))}
          </div>
        </fieldset>
        <TextField
          label={t('coord.role.opens')}
          type="number"
          inputMode="numeric"
          min={0}
          value={opens}
          onChange={(e) => setOpens(e.target.value)}
          errors={errors.signupOpensHours}
        />
        <TextField
          label={t('coord.role.deadline')}
          type="number"
          inputMode="numeric"
          min={0}
          value={deadline}
          onChange={(e) => setDeadline(e.target.value)}
          errors={errors.signOffDeadlineHours}
        />
        <SelectField
          label={t('coord.role.coordinator')}
          value={coordinator}
          onChange={(e) => setCoordinator(e.target.value)}
        >
          <option value="">{t('coord.role.noCoordinator')}</option>
          {(users.data?.users ?? []).map((u) => (
            <option key={u.id} value={u.id}>
              {u.name} ({u.email})
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('coord.role.contact')}
          value={contact}
          onChange={(e) => setContact(e.target.value)}
          errors={errors.coordinatorContact}
        />
      </div>
      <TextAreaField
        label={t('coord.form.description')}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
      />
      {write.isError ? <Alert tone="error">{shiftAdminProblemMessage(write.error)}</Alert> : null}
      {create.isSuccess ? (
        <Alert tone="success">{t('coord.role.created', { name: create.data.name })}</Alert>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <button type="submit" className={primaryButton} disabled={write.isPending}>
          {role ? t('coord.role.save') : t('coord.role.create')}
        </button>
        {role && onDone ? (
          <button type="button" className={secondaryButton} onClick={onDone}>
            {t('coord.role.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

const deleteButton =
  'inline-flex items-center justify-center rounded-md border border-red-700 px-3 py-1.5 font-medium text-red-800 hover:bg-red-50 disabled:cursor-not-allowed disabled:opacity-70 dark:border-red-400 dark:text-red-300 dark:hover:bg-red-950';

function dependentLines(problem: RoleInUseProblem): string[] {
  return problem.dependents.map((d) =>
    t(d.kind === 'shifts' ? 'coord.role.dependents.shifts' : 'coord.role.dependents.members', {
      count: d.count,
      examples: d.examples.join('; '),
    }),
  );
}

/** Deletes at once when nothing depends on the role; otherwise asks with what goes with it. */
function RoleDelete({ slug, role, onDeleted }: { slug: string; role: Role; onDeleted: () => void }) {
  const remove = useDeleteRole(slug, role.slug);
  const [asking, setAsking] = useState<RoleInUseProblem | null>(null);
  function attempt(confirm: boolean) {
    remove.mutate(confirm, {
      onSuccess: (outcome) => {
        if ('needsConfirmation' in outcome) return setAsking(outcome.needsConfirmation);
        setAsking(null);
        onDeleted();
      },
    });
  }
  return (
    <>
      <button
        type="button"
        className={deleteButton}
        aria-label={t('coord.role.deleteLabel', { name: role.name })}
        onClick={() => attempt(false)}
        disabled={remove.isPending}
      >
        {t('coord.role.delete')}
      </button>
      {remove.error && !asking ? <Alert tone="error">{shiftAdminProblemMessage(remove.error)}</Alert> : null}
      {asking ? (
        <ConfirmDialog
          title={t('coord.role.deleteTitle', { name: role.name })}
          lines={[...dependentLines(asking), t('coord.role.deleteNotice')]}
          confirmLabel={t('coord.role.deleteConfirm')}
          onConfirm={() => attempt(true)}
          onCancel={() => {
            remove.reset();
            setAsking(null);
          }}
          pending={remove.isPending}
          error={remove.error ? shiftAdminProblemMessage(remove.error) : null}
        />
      ) : null}
    </>
  );
}

/** A role in the console's list; organizers may edit or delete it (`slug` given). */
export function RoleSummary({
  role,
  slug,
  onDeleted,
}: {
  role: Role;
  slug?: string;
  onDeleted?: (name: string) => void;
}) {
  const [editing, setEditing] = useState(false);
  return (
    <li className="rounded-md border border-slate-300 p-3 dark:border-slate-700">
      <p className="font-semibold text-slate-900 dark:text-slate-50">
        {role.name}{' '}
        <span className="text-sm font-normal text-slate-700 dark:text-slate-300">
          · {t(role.access === 'open' ? 'coord.role.open' : 'coord.role.restricted')}
        </span>
      </p>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {t('coord.role.rules', { opens: role.signupOpensHours, deadline: role.signOffDeadlineHours })}
        {role.coordinator ? ` · ${t('coord.role.coordinatedBy', { name: role.coordinator.name })}` : ''}
      </p>
      {slug && !editing ? (
        <div className="mt-2 flex flex-wrap gap-2">
          <button
            type="button"
            className={secondaryButton}
            aria-label={t('coord.role.editLabel', { name: role.name })}
            onClick={() => setEditing(true)}
          >
            {t('coord.role.edit')}
          </button>
          <RoleDelete slug={slug} role={role} onDeleted={() => onDeleted?.(role.name)} />
        </div>
      ) : null}
      {slug && editing ? (
        <div className="mt-3">
          <ShiftRoleForm slug={slug} role={role} onDone={() => setEditing(false)} />
        </div>
      ) : null}
    </li>
  );
}
