import { type UserRole } from '@shared/contract/user';
import { t } from '@client/i18n';

/** A check box drawn in the button, so the state shows as a shape and not by colour alone. */
function CheckGlyph() {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 16 16"
      className="h-4 w-4 shrink-0"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      <rect x="1.5" y="1.5" width="13" height="13" rx="2" />
      <path d="m4.5 8.5 2.5 2.5 4.5-5.5" className="hidden [[aria-pressed=true]_&]:block" />
    </svg>
  );
}

/** One staff role of one account, on or off; big enough for a thumb. */
export function RoleToggle({
  role,
  pressed,
  onToggle,
}: {
  role: UserRole;
  pressed: boolean;
  onToggle: () => void;
}) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={onToggle}
      className="inline-flex min-h-11 items-center justify-center gap-1 rounded-md border border-slate-500 bg-white px-1.5 py-2 text-sm whitespace-nowrap font-semibold text-slate-900 hover:bg-slate-100 aria-pressed:border-indigo-700 aria-pressed:bg-indigo-700 aria-pressed:text-white aria-pressed:hover:bg-indigo-800 dark:border-slate-400 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800 dark:aria-pressed:border-indigo-300 dark:aria-pressed:bg-indigo-300 dark:aria-pressed:text-slate-950 dark:aria-pressed:hover:bg-indigo-200"
    >
      <CheckGlyph />
      {t(`people.role.${role}`)}
    </button>
  );
}
