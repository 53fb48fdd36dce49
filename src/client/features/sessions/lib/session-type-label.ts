// The wire copy, not the contract's: this label is on the first screen, which skips zod.
import { sessionTypes } from '@client/lib/wire/schedule-wire';
import { t } from '@client/i18n';

/** The known types have words in the catalog; a type the app does not know yet shows as is. */
export function sessionTypeLabel(type: string): string {
  return (sessionTypes as readonly string[]).includes(type)
    ? t(`session.type.${type as (typeof sessionTypes)[number]}`)
    : type;
}
