import { registerRequestSchema } from '@shared/contract/user';
import { type FormEvent, useState } from 'react';
import { type z } from 'zod';
import { t } from '@client/i18n';
import { Alert } from '@client/ui/alert';
import { primaryButton } from '@client/ui/button-styles';
import { fieldErrorsOf } from '@client/ui/forms/field-errors';
import { ProblemAlert } from '@client/ui/forms/problem-alert';
import { TextField } from '@client/ui/text-field';
import { useRegister } from '../api/register';

/** A volunteer creates an account; shift sign-up builds on it later. */
export function RegisterForm() {
  const register = useRegister();
  const [invalid, setInvalid] = useState<z.ZodError | null>(null);
  const errors = fieldErrorsOf(invalid ?? register.error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = registerRequestSchema.safeParse({
      name: form.get('name'),
      email: form.get('email'),
      password: form.get('password'),
    });
    setInvalid(parsed.success ? null : parsed.error);
    if (parsed.success) register.mutate(parsed.data);
  }

  if (register.data) {
    return <Alert tone="success">{t('auth.registered', { name: register.data.name })}</Alert>;
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {register.error ? <ProblemAlert error={register.error} lead={t('auth.registerFailed')} /> : null}
      <TextField label={t('auth.name')} name="name" autoComplete="name" required errors={errors.name} />
      <TextField
        label={t('auth.email')}
        name="email"
        type="email"
        autoComplete="email"
        required
        errors={errors.email}
      />
      <TextField
        label={t('auth.password')}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        // The error says the rule once it is broken; the hint saying it again was noise.
        hint={errors.password?.length ? undefined : t('auth.passwordHint')}
        errors={errors.password}
      />
      <button type="submit" className={primaryButton} disabled={register.isPending}>
        {register.isPending ? t('auth.submittingRegister') : t('auth.submitRegister')}
      </button>
    </form>
  );
}
