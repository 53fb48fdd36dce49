import { slugify } from '@shared/text/slug';
import {
  type CreateRole,
  createRoleSchema,
  type Role,
  type RoleInUseProblem,
  type UpdateRole,
  updateRoleSchema,
} from '@shared/contract/role';
import { useState } from 'react';
import { t } from '@client/i18n';
import { Alert } from '@client/ui/alert';
import { primaryButton, secondaryButton } from '@client/ui/button-styles';
import { ConfirmDialog } from '@client/ui/forms/confirm-dialog';
import { FormSummary } from '@client/ui/forms/problem-alert';
import { checkWith, useForm } from '@client/ui/forms/use-form';
import { TextField } from '@client/ui/text-field';
import { useCreateRole, useDeleteRole, useUpdateRole } from '../api/shift-admin';
import { useUsers } from '../api/get-users';
import { coordinationProblem } from '../lib/shift-admin-problem';
import { SelectField, TextAreaField } from './shift-fields';

interface RoleValues {
  name: string;
  description: string;
  access: 'open' | 'restricted';
  opens: string;
  deadline: string;
  coordinator: string;
  contact: string;
}

/**
 * A volunteer role: open or restricted, when sign-up opens, the sign-off deadline, its coordinator.
 * Without `role` it creates one; with it, it edits that role (the slug never changes).
 */
export function ShiftRoleForm({ slug, role, onDone }: { slug: string; role?: Role; onDone?: () => void }) {
  const create = useCreateRole(slug);
  const update = useUpdateRole(slug);
  const users = useUsers();
  const blank = { name: '', description: '' };
  const form = useForm<RoleValues, CreateRole | { role: string; changes: UpdateRole }, Role>({
    initial: () => ({
      name: role?.name ?? '',
      description: role?.description ?? '',
      access: role?.access ?? 'open',
      opens: String(role?.signupOpensHours ?? 720),
      deadline: String(role?.signOffDeadlineHours ?? 3),
      coordinator: role?.coordinator?.id ?? '',
      contact: role?.coordinator?.contact ?? '',
    }),
    check: (values) => {
      const fields = {
        name: values.name,
        description: values.description,
        access: values.access,
        signupOpensHours: Number(values.opens),
        signOffDeadlineHours: Number(values.deadline),
        coordinatorUserId: values.coordinator || null,
        coordinatorContact: values.contact.trim() || null,
      };
      if (role) {
        const check = checkWith(updateRoleSchema, fields);
        return check.ok ? { ok: true, value: { role: role.slug, changes: check.value } } : check;
      }
      const check = checkWith(createRoleSchema, { ...fields, slug: slugify(values.name) });
      // The slug comes from the name, so what is wrong with it is said at the name.
      if (!check.ok) {
        const { slug: slugErrors = [], ...rest } = check.errors;
        return { ok: false, errors: { ...rest, name: [...(rest.name ?? []), ...slugErrors] } };
      }
      return check;
    },
    // Either mutation takes what the check gives for it: a new role, or this one's changes.
    mutation: role ? update : create,
    onSaved: () => (role ? onDone?.() : form.setValues((v) => ({ ...v, ...blank }))),
    message: coordinationProblem,
  });
  const { values, set, errors } = form;

  const title = role ? t('coord.role.editTitle', { name: role.name }) : t('coord.role.formTitle');
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-3" aria-label={title}>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label={t('coord.role.name')}
          value={values.name}
          onChange={(e) => set('name')(e.target.value)}
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
                  checked={values.access === a}
                  onChange={() => set('access')(a)}
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
          value={values.opens}
          onChange={(e) => set('opens')(e.target.value)}
          errors={errors.signupOpensHours}
        />
        <TextField
          label={t('coord.role.deadline')}
          type="number"
          inputMode="numeric"
          min={0}
          value={values.deadline}
          onChange={(e) => set('deadline')(e.target.value)}
          errors={errors.signOffDeadlineHours}
        />
        <SelectField
          label={t('coord.role.coordinator')}
          value={values.coordinator}
          onChange={(e) => set('coordinator')(e.target.value)}
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
          value={values.contact}
          onChange={(e) => set('contact')(e.target.value)}
          errors={errors.coordinatorContact}
        />
      </div>
      <TextAreaField
        label={t('coord.form.description')}
        value={values.description}
        onChange={(e) => set('description')(e.target.value)}
      />
      <FormSummary form={form} />
      {create.isSuccess ? (
        <Alert tone="success">{t('coord.role.created', { name: create.data.name })}</Alert>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <button type="submit" className={primaryButton} disabled={form.pending}>
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
  // mutateAsync rather than mutate's callbacks: the refetched role list can drop this row (and
  // unmount it) before the mutation settles, and callbacks given to mutate() then never run, so
  // the page would never say the role was deleted. The refusal shows through remove.error.
  async function attempt(confirm: boolean) {
    const outcome = await remove.mutateAsync(confirm).catch(() => undefined);
    if (!outcome) return;
    if ('needsConfirmation' in outcome) return setAsking(outcome.needsConfirmation);
    setAsking(null);
    onDeleted();
  }
  return (
    <>
      <button
        type="button"
        className={deleteButton}
        aria-label={t('coord.role.deleteLabel', { name: role.name })}
        onClick={() => void attempt(false)}
        disabled={remove.isPending}
      >
        {t('coord.role.delete')}
      </button>
      {remove.error && !asking ? <Alert tone="error">{coordinationProblem(remove.error)}</Alert> : null}
      {asking ? (
        <ConfirmDialog
          title={t('coord.role.deleteTitle', { name: role.name })}
          lines={[...dependentLines(asking), t('coord.role.deleteNotice')]}
          confirmLabel={t('coord.role.deleteConfirm')}
          onConfirm={() => void attempt(true)}
          onCancel={() => {
            remove.reset();
            setAsking(null);
          }}
          pending={remove.isPending}
          error={remove.error ? coordinationProblem(remove.error) : null}
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
