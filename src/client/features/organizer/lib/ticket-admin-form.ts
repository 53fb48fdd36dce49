import { saveCheckInListSchema, type SaveCheckInList } from '@shared/contract/check-in';
import { fieldErrors } from '@shared/contract/problem';
import {
  createTicketSchema,
  createTicketTypeSchema,
  type CreateTicket,
  type CreateTicketType,
} from '@shared/contract/ticket';
import { type z } from 'zod';
import { t } from '@client/i18n';

export type FormCheck<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string[]> };

/**
 * The shared schema decides; only its wording for an empty field ("Too small: expected string
 * to have >=1 characters") is replaced by one a person understands.
 */
function check<S extends z.ZodType>(schema: S, input: Record<string, unknown>): FormCheck<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors = fieldErrors(parsed.error);
  for (const key of Object.keys(errors)) {
    const value = input[key];
    if (typeof value === 'string' && value.trim() === '') errors[key] = [t('ticketsAdmin.required')];
    if (Array.isArray(value) && value.length === 0) errors[key] = [t('ticketsAdmin.pickOne')];
  }
  return { ok: false, errors };
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

export function checkTicketTypeForm(values: TicketTypeFormValues): FormCheck<CreateTicketType> {
  return check(createTicketTypeSchema, { ...values });
}

export interface CheckInListFormValues {
  name: string;
  ticketTypeIds: string[];
  days: string[];
  countsExits: boolean;
  allowsReentry: boolean;
}

export function checkCheckInListForm(values: CheckInListFormValues): FormCheck<SaveCheckInList> {
  // Re-entry only means something when exits are counted; the desk cannot tell otherwise.
  return check(saveCheckInListSchema, {
    ...values,
    allowsReentry: values.countsExits && values.allowsReentry,
  });
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

/** After a refused submit, puts the keyboard on the first field that needs fixing. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
