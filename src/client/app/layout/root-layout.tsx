import { Outlet, ScrollRestoration } from 'react-router';
import { UpdatePrompt } from './update-prompt';

/**
 * Every page opens at its top, and going back returns to where the previous page was left
 * (a session opened from a scrolled list, then back, lands on the same slot). Changes that only
 * refine the same page (filters, search) keep the position: they navigate with preventScrollReset.
 */
export function RootLayout() {
  return (
    <>
      <Outlet />
      <ScrollRestoration />
      <UpdatePrompt />
    </>
  );
}
