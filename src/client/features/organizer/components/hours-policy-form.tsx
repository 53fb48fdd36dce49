import { type HoursPolicy, hoursPolicySchema } from '@shared/contract/coordination';
import { fieldErrors } from '@shared/contract/problem';
import { type FormEvent, useState } from 'react';
import { t } from '@client/i18n';
import { Alert } from '@client/ui/alert';
import { primaryButton } from '@client/ui/button-styles';
import { TextField } from '@client/ui/text-field';
import { useSetHoursPolicy } from '../api/hours-report';
import { shiftAdminProblemMessage } from '../lib/shift-admin-problem';

/** Which hours count as night, and how much more they count. */
export function HoursPolicyForm({ slug, policy }: { slug: string; policy: HoursPolicy }) {
  const [start, setStart] = useState(policy.nightStart);
  const [end, setEnd] = useState(policy.nightEnd);
  const [multiplier, setMultiplier] = useState(String(policy.nightMultiplier));
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const save = useSetHoursPolicy(slug);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = hoursPolicySchema.safeParse({
      nightStart: start,
      nightEnd: end,
      nightMultiplier: Number(multiplier.replace(',', '.')),
    });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setErrors({});
    save.mutate(parsed.data);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label={t('coord.hours.policyTitle')}>
      <div className="grid grid-cols-3 gap-3 sm:max-w-lg">
        <TextField
          label={t('coord.hours.nightStart')}
          type="time"
          value={start}
          onChange={(e) => setStart(e.target.value)}
        />
        <TextField
          label={t('coord.hours.nightEnd')}
          type="time"
          value={end}
          onChange={(e) => setEnd(e.target.value)}
          errors={errors.nightEnd}
        />
        <TextField
          label={t('coord.hours.multiplier')}
          inputMode="decimal"
          value={multiplier}
          onChange={(e) => setMultiplier(e.target.value)}
          errors={errors.nightMultiplier}
        />
      </div>
      {save.isError ? <Alert tone="error">{shiftAdminProblemMessage(save.error)}</Alert> : null}
      {save.isSuccess ? <Alert tone="success">{t('coord.hours.policySaved')}</Alert> : null}
      <button type="submit" className={primaryButton} disabled={save.isPending}>
        {t('coord.hours.savePolicy')}
      </button>
    </form>
  );
}
