import { saveCheckInListSchema, type SaveCheckInList } from '@shared/contract/check-in';
import {
  createTicketSchema,
  createTicketTypeSchema,
  type CreateTicket,
  type CreateTicketType,
} from '@shared/contract/ticket';
import { t } from '@client/i18n';
import { checkWith, type FormCheck, type Schema } from '@client/ui/forms/use-form';

/**
 * The shared schema decides; only its wording for an empty field ("Too small: expected string
 * to have >=1 characters") is replaced by one a person understands.
 */
function check<T>(schema: Schema<T>, input: Record<string, unknown>): FormCheck<T> {
  const checked = checkWith(schema, input);
  if (checked.ok) return checked;
  const errors = { ...checked.errors };
  for (const key of Object.keys(errors)) {
    const value = input[key];
    if (typeof value === 'string' && value.trim() === '') errors[key] = [t('ticketsAdmin.required')];
    if (Array.isArray(value) && value.length === 0) errors[key] = [t('ticketsAdmin.pickOne')];
  }
  return { ok: false, errors };
}

/** An edit sends the id of what it edits along with the fields. */
function withId<T>(check: FormCheck<T>, id: string | undefined): FormCheck<T | (T & { id: string })> {
  return check.ok && id ? { ok: true, value: { ...check.value, id } } : check;
}

const orNull = (s: string) => (s.trim() === '' ? null : s);

export interface TicketFormValues {
  holderName: string;
  email: string;
  company: string;
  country: string;
  typeId: string;
  orderCode: string;
}

export const emptyTicketForm: TicketFormValues = {
  holderName: '',
  email: '',
  company: '',
  country: '',
  typeId: '',
  orderCode: '',
};

/** Checks the add-ticket form with the API's own schema, so it says what the server would. */
export function checkTicketForm(values: TicketFormValues): FormCheck<CreateTicket> {
  return check(createTicketSchema, {
    ...values,
    company: orNull(values.company),
    country: orNull(values.country),
  });
}

export interface TicketTypeFormValues {
  slug: string;
  name: string;
  validDays: string[];
}

export function checkTicketTypeForm(
  values: TicketTypeFormValues,
  id?: string,
): FormCheck<CreateTicketType | (CreateTicketType & { id: string })> {
  return withId(check(createTicketTypeSchema, { ...values }), id);
}

export interface CheckInListFormValues {
  name: string;
  ticketTypeIds: string[];
  days: string[];
  countsExits: boolean;
  allowsReentry: boolean;
}

export function checkCheckInListForm(
  values: CheckInListFormValues,
  id?: string,
): FormCheck<SaveCheckInList | (SaveCheckInList & { id: string })> {
  // Re-entry only means something when exits are counted; the desk cannot tell otherwise.
  const checked = check(saveCheckInListSchema, {
    ...values,
    allowsReentry: values.countsExits && values.allowsReentry,
  });
  return withId(checked, id);
}

export interface ImportRowError {
  line: number | null;
  field: string | null;
  messages: string[];
}

/**
 * The import problem's errors as table rows, in file order: `rows.<line>.<field>` keys become
 * a row number and a column, file-wide keys (`csv`, `columns`) have neither.
 */
export function importRowErrors(errors: Record<string, string[]>): ImportRowError[] {
  return Object.entries(errors)
    .map(([key, messages]) => {
      const match = /^rows\.(\d+)(?:\.(.+))?$/.exec(key);
      return match
        ? { line: Number(match[1]), field: match[2] ?? null, messages }
        : { line: null, field: null, messages };
    })
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.field ?? '').localeCompare(b.field ?? ''));
}
