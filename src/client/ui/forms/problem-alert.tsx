import { t } from '@client/i18n';
import { Alert } from '@client/ui/alert';
import { describeProblem, type ProblemScreen } from './problem-messages';

/**
 * A refusal where it happened: our sentence, then the server's facts when they add some. With
 * `lead` (what failed: "The ticket was not added."), the lead comes first and stands out.
 */
export function ProblemAlert({
  error,
  screen,
  lead,
  id,
}: {
  error: unknown;
  screen?: ProblemScreen;
  lead?: string;
  id?: string;
}) {
  const { message, detail } = describeProblem(error, screen);
  return (
    <Alert tone="error" id={id}>
      {lead ? <p className="font-semibold">{lead}</p> : null}
      <p className={lead ? undefined : 'font-semibold'}>{message}</p>
      {detail ? <p>{detail}</p> : null}
    </Alert>
  );
}

/**
 * The summary of a refused submit: how many fields need attention (the fields say why), and the
 * refusal's sentence when it is not about fields alone, after `lead` (what failed) if given.
 */
export function FormSummary({
  form,
  lead,
}: {
  form: { fieldCount: number; problem: string | null };
  lead?: string;
}) {
  const { fieldCount, problem } = form;
  if (fieldCount === 0 && !problem) return null;
  return (
    <Alert tone="error">
      {fieldCount > 0 ? <p>{t('form.invalid', { count: fieldCount })}</p> : null}
      {problem && lead ? <p className="font-semibold">{lead}</p> : null}
      {problem ? <p>{problem}</p> : null}
    </Alert>
  );
}
