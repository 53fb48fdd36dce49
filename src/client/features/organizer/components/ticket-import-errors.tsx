import { type MessageKey, t } from '@client/i18n';
import { importRowErrors } from '../lib/ticket-admin-form';

const columns: Record<string, MessageKey> = {
  holderName: 'ticketsAdmin.field.holderName',
  email: 'ticketsAdmin.field.email',
  company: 'ticketsAdmin.field.company',
  country: 'ticketsAdmin.field.country',
  type: 'ticketsAdmin.field.type',
  orderCode: 'ticketsAdmin.field.orderCode',
};

/** The rows the server refused, by the row number a spreadsheet shows (the header is row 1). */
export function TicketImportErrors({ errors }: { errors: Record<string, string[]> }) {
  const rows = importRowErrors(errors);
  const fileWide = rows.filter((r) => r.line === null);
  const perRow = rows.filter((r) => r.line !== null);
  const rowCount = new Set(perRow.map((r) => r.line)).size;
  return (
    <div className="space-y-3">
      {fileWide.length > 0 ? (
        <ul className="list-disc pl-5">
          {fileWide.map((r) => (
            <li key={r.messages.join()}>{r.messages.join(' ')}</li>
          ))}
        </ul>
      ) : null}
      {perRow.length > 0 ? (
        <div className="overflow-x-auto rounded-md border border-slate-300 dark:border-slate-700">
          <table className="w-full text-left text-sm text-slate-900 dark:text-slate-100">
            <caption className="px-3 py-2 text-left font-semibold">
              {t('ticketsAdmin.import.errorsCaption', { count: rowCount })}
            </caption>
            <thead className="bg-slate-100 dark:bg-slate-800">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t('ticketsAdmin.import.row')}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t('ticketsAdmin.import.column')}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t('ticketsAdmin.import.problem')}
                </th>
              </tr>
            </thead>
            <tbody>
              {perRow.map((r) => (
                <tr key={`${r.line}.${r.field}`} className="border-t border-slate-200 dark:border-slate-700">
                  <th scope="row" className="px-3 py-2 font-mono tabular-nums">
                    {r.line}
                  </th>
                  <td className="px-3 py-2">
                    {r.field
                      ? columns[r.field]
                        ? t(columns[r.field]!)
                        : r.field
                      : t('ticketsAdmin.import.wholeRow')}
                  </td>
                  <td className="px-3 py-2">{r.messages.join(' ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
