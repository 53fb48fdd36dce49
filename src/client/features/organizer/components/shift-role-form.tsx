import { createRoleSchema, type Role } from '@shared/contract/role';
import { fieldErrors } from '@shared/contract/problem';
import { type FormEvent, useState } from 'react';
import { t } from '@client/i18n';
import { Alert } from '@client/ui/alert';
import { primaryButton } from '@client/ui/button-styles';
import { TextField } from '@client/ui/text-field';
import { useCreateRole } from '../api/shift-admin';
import { useUsers } from '../api/get-users';
import { fieldErrorsOf, shiftAdminProblemMessage } from '../lib/shift-admin-problem';
import { SelectField, TextAreaField } from './shift-fields';

const slugify = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);

/** A new volunteer role: open or restricted, when sign-up opens, the sign-off deadline, its coordinator. */
export function ShiftRoleForm({ slug }: { slug: string }) {
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [access, setAccess] = useState<'open' | 'restricted'>('open');
  const [opens, setOpens] = useState('720');
  const [deadline, setDeadline] = useState('3');
  const [coordinator, setCoordinator] = useState('');
  const [contact, setContact] = useState('');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const create = useCreateRole(slug);
  const users = useUsers();

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = createRoleSchema.safeParse({
      slug: slugify(name),
      name,
      description,
      access,
      signupOpensHours: Number(opens),
      signOffDeadlineHours: Number(deadline),
      coordinatorUserId: coordinator || null,
      coordinatorContact: contact.trim() || null,
    });
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
      onError: (error) => setErrors(fieldErrorsOf(error)),
    });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label={t('coord.role.formTitle')}>
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
                  name="access"
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
      {create.isError ? <Alert tone="error">{shiftAdminProblemMessage(create.error)}</Alert> : null}
      {create.isSuccess ? (
        <Alert tone="success">{t('coord.role.created', { name: create.data.name })}</Alert>
      ) : null}
      <button type="submit" className={primaryButton} disabled={create.isPending}>
        {t('coord.role.create')}
      </button>
    </form>
  );
}

export function RoleSummary({ role }: { role: Role }) {
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
    </li>
  );
}
