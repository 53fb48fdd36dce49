import { type ReactNode } from 'react';
import { primaryButton } from '@client/ui/button-styles';

interface NewItemSectionProps {
  /** Shared by the button and the form's heading, so focus and the label survive the swap. */
  id: string;
  heading: string;
  addLabel: string;
  open: boolean;
  onOpen: () => void;
  /** The form, shown in place of the button while adding. */
  children: ReactNode;
}

/** The "Add a room / track / speaker" button of a console list, which opens its form in place. */
export function NewItemSection({ id, heading, addLabel, open, onOpen, children }: NewItemSectionProps) {
  return (
    <section aria-labelledby={id} className="mb-6">
      {open ? (
        <div className="rounded-lg border border-indigo-700 bg-white p-4 dark:border-indigo-300 dark:bg-slate-900">
          <h2 id={id} className="mb-3 text-lg font-semibold text-slate-900 dark:text-slate-50">
            {heading}
          </h2>
          {children}
        </div>
      ) : (
        <button id={id} type="button" className={primaryButton} onClick={onOpen}>
          {addLabel}
        </button>
      )}
    </section>
  );
}
