import { loginRequestSchema, type User } from '@shared/contract/user';
import { type FormEvent, useState } from 'react';
import { type z } from 'zod';
import { t } from '@client/i18n';
import { primaryButton } from '@client/ui/button-styles';
import { fieldErrorsOf } from '@client/ui/forms/field-errors';
import { ProblemAlert } from '@client/ui/forms/problem-alert';
import { TextField } from '@client/ui/text-field';
import { useLogin } from '../api/login';

export function LoginForm({ onSuccess }: { onSuccess: (user: User) => void }) {
  const login = useLogin();
  const [invalid, setInvalid] = useState<z.ZodError | null>(null);
  const errors = fieldErrorsOf(invalid ?? login.error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = loginRequestSchema.safeParse({ email: form.get('email'), password: form.get('password') });
    setInvalid(parsed.success ? null : parsed.error);
    if (parsed.success) login.mutate(parsed.data, { onSuccess });
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      className="space-y-4"
      aria-describedby={login.error ? 'login-error' : undefined}
    >
      {login.error ? (
        <ProblemAlert error={login.error} lead={t('auth.loginFailed')} id="login-error" />
      ) : null}
      <TextField
        label={t('auth.email')}
        name="email"
        type="email"
        autoComplete="username"
        required
        errors={errors.email}
      />
      <TextField
        label={t('auth.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        errors={errors.password}
      />
      <button type="submit" className={`${primaryButton} w-full`} disabled={login.isPending}>
        {login.isPending ? t('auth.submittingLogin') : t('auth.submitLogin')}
      </button>
    </form>
  );
}
