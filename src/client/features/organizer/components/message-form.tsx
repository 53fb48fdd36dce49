import { sendMessageSchema } from '@shared/contract/coordination';
import { type Role } from '@shared/contract/role';
import { type Shift } from '@shared/contract/shift';
import { type FormEvent, useState } from 'react';
import { t } from '@client/i18n';
import { formatDay } from '@client/lib/format';
import { formatShiftTime } from '@client/features/volunteer';
import { Alert } from '@client/ui/alert';
import { primaryButton } from '@client/ui/button-styles';
import { useSendMessage } from '../api/message-send';
import { coordinationProblem } from '../lib/shift-admin-problem';
import { SelectField, TextAreaField } from './shift-fields';

/** A coordinator writes to every member of a role, or everyone on one shift. */
export function MessageForm({
  slug,
  zone,
  roles,
  shifts,
}: {
  slug: string;
  zone: string;
  roles: Role[];
  shifts: Shift[];
}) {
  const [target, setTarget] = useState(roles[0] ? `role:${roles[0].slug}` : '');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<string[] | undefined>();
  const send = useSendMessage(slug);

  function submit(event: FormEvent) {
    event.preventDefault();
    const [kind, id] = target.split(/:(.*)/s) as [string, string];
    const parsed = sendMessageSchema.safeParse({
      target: kind === 'role' ? { kind: 'role', role: id } : { kind: 'shift', shiftId: id },
      body,
    });
    if (!parsed.success) {
      setErrors([t('coord.message.bodyRequired')]);
      return;
    }
    setErrors(undefined);
    send.mutate(parsed.data, { onSuccess: () => setBody('') });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label={t('coord.message.formTitle')}>
      <SelectField label={t('coord.message.to')} value={target} onChange={(e) => setTarget(e.target.value)}>
        <optgroup label={t('coord.message.roles')}>
          {roles.map((r) => (
            <option key={r.slug} value={`role:${r.slug}`}>
              {t('coord.message.everyoneIn', { role: r.name })}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('coord.message.shifts')}>
          {shifts.map((s) => (
            <option key={s.id} value={`shift:${s.id}`}>
              {s.roleName} · {s.place} · {formatDay(s.day)} {formatShiftTime(s, zone)}
            </option>
          ))}
        </optgroup>
      </SelectField>
      <TextAreaField
        label={t('coord.message.body')}
        value={body}
        maxLength={2000}
        onChange={(e) => setBody(e.target.value)}
        errors={errors}
      />
      {send.isError ? <Alert tone="error">{coordinationProblem(send.error)}</Alert> : null}
      {send.isSuccess ? (
        <Alert tone="success">
          {t('coord.message.sent', { count: send.data.recipients, to: send.data.target.label })}
        </Alert>
      ) : null}
      <button type="submit" className={primaryButton} disabled={send.isPending}>
        {t('coord.message.send')}
      </button>
    </form>
  );
}
