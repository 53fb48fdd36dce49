import { slugify } from '@shared/text/slug';
import {
  type CreateRole,
  createRoleSchema,
  type Role,
  type UpdateRole,
  updateRoleSchema,
} from '@shared/contract/role';
import { useState } from 'react';
import { t } from '@client/i18n';
import { Alert } from '@client/ui/alert';
import { primaryButton, secondaryButton } from '@client/ui/button-styles';
import { ConfirmDialog } from '@client/ui/forms/confirm-dialog';
import { useDeleteWithDependents } from '@client/ui/forms/use-delete-with-dependents';
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

/**
 * Deletes at once when nothing depends on the role; otherwise asks with what goes with it, or
 * explains that a role with worked shifts stays (role_has_history). The hook reads the outcome
 * from mutateAsync: the refetched role list can unmount this row before the mutation settles.
 */
function RoleDelete({ slug, role, onDeleted }: { slug: string; role: Role; onDeleted: () => void }) {
  const remove = useDeleteRole(slug, role.slug);
  const del = useDeleteWithDependents((confirm) => remove.mutateAsync(confirm), onDeleted);
  const { asking } = del;
  return (
    <>
      <button
        type="button"
        className={deleteButton}
        aria-label={t('coord.role.deleteLabel', { name: role.name })}
        onClick={() => void del.attempt(false)}
        disabled={del.pending}
      >
        {t('coord.role.delete')}
      </button>
      {del.error && !asking ? <Alert tone="error">{coordinationProblem(del.error)}</Alert> : null}
      {asking ? (
        <ConfirmDialog
          title={t(asking.confirmable ? 'coord.role.deleteTitle' : 'coord.role.cannotDeleteTitle', {
            name: role.name,
          })}
          dependents={asking}
          lines={asking.confirmable ? [t('coord.role.deleteGoes'), t('coord.role.deleteNotice')] : []}
          confirmLabel={t('coord.role.deleteConfirm')}
          onConfirm={() => void del.attempt(true)}
          onCancel={del.cancel}
          pending={del.pending}
          error={del.error ? coordinationProblem(del.error) : null}
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
