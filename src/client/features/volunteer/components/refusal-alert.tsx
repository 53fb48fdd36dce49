import { Alert } from '@client/ui/alert';
import { refusalMessage } from '../lib/refusal-message';

/** A refused action, in the card it concerns: our sentence for the rule, then the specifics. */
export function RefusalAlert({ error }: { error: unknown }) {
  const { headline, detail } = refusalMessage(error);
  return (
    <Alert tone="error">
      <p className="font-semibold">{headline}</p>
      {detail ? <p>{detail}</p> : null}
    </Alert>
  );
}
