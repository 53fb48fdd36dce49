import { type HoursPolicy, hoursPolicySchema } from '@shared/contract/coordination';
import { t } from '@client/i18n';
import { Alert } from '@client/ui/alert';
import { primaryButton } from '@client/ui/button-styles';
import { FormSummary } from '@client/ui/forms/problem-alert';
import { checkWith, useForm } from '@client/ui/forms/use-form';
import { TextField } from '@client/ui/text-field';
import { useSetHoursPolicy } from '../api/hours-report';
import { coordinationProblem } from '../lib/shift-admin-problem';

/** Which hours count as night, and how much more they count. */
export function HoursPolicyForm({ slug, policy }: { slug: string; policy: HoursPolicy }) {
  const save = useSetHoursPolicy(slug);
  const form = useForm({
    initial: { start: policy.nightStart, end: policy.nightEnd, multiplier: String(policy.nightMultiplier) },
    check: ({ start, end, multiplier }) =>
      checkWith(hoursPolicySchema, {
        nightStart: start,
        nightEnd: end,
        nightMultiplier: Number(multiplier.replace(',', '.')),
      }),
    mutation: save,
    message: coordinationProblem,
  });
  const { values, set, errors } = form;

  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-3" aria-label={t('coord.hours.policyTitle')}>
      <div className="grid grid-cols-3 gap-3 sm:max-w-lg">
        <TextField
          label={t('coord.hours.nightStart')}
          type="time"
          value={values.start}
          onChange={(e) => set('start')(e.target.value)}
        />
        <TextField
          label={t('coord.hours.nightEnd')}
          type="time"
          value={values.end}
          onChange={(e) => set('end')(e.target.value)}
          errors={errors.nightEnd}
        />
        <TextField
          label={t('coord.hours.multiplier')}
          inputMode="decimal"
          value={values.multiplier}
          onChange={(e) => set('multiplier')(e.target.value)}
          errors={errors.nightMultiplier}
        />
      </div>
      <FormSummary form={form} />
      {save.isSuccess ? <Alert tone="success">{t('coord.hours.policySaved')}</Alert> : null}
      <button type="submit" className={primaryButton} disabled={form.pending}>
        {t('coord.hours.savePolicy')}
      </button>
    </form>
  );
}
