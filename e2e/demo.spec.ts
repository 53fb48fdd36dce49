import { demoEditions } from '../src/shared/demo';
import { demoTicketing } from '../src/shared/demo/tickets';
import { CONFERENCE, DEMO_PASSWORD, expect, test } from './fixtures';

/**
 * The static demo (`npm run build:demo`): dist/demo served by a plain static server
 * (e2e/support/static-server.ts), with the real server running in the page over SQLite in
 * WebAssembly. Nothing answers /api on the network; every rule below is the server's own.
 */
export const DEMO_PORT = Number(process.env.E2E_DEMO_PORT ?? 8182);
test.use({ baseURL: `http://127.0.0.1:${DEMO_PORT}`, locale: 'en-GB' });

const flagship = demoEditions().find((e) => e.conference.slug === CONFERENCE)!;
/** A ticket no other demo step scans: each test has a fresh browser, so a fresh demo database. */
const TICKET = demoTicketing(flagship).tickets[230]!;

test('a visitor logs in as the demo volunteer and claims a shift, with no server behind the page', async ({
  page,
}) => {
  test.setTimeout(90_000);
  // A deep link answered by the host's 404 page still opens the app where it points.
  const response = await page.goto(`/${CONFERENCE}/volunteer`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Volunteer' })).toBeVisible({ timeout: 30_000 });

  await page.goto('/login');
  await page.getByLabel('Email').fill('volunteer@demo.test');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  // A volunteer lands on their own shifts; the demo volunteer already has two.
  await expect(page.getByRole('heading', { level: 1, name: 'My shifts' })).toBeVisible();
  await page.getByRole('link', { name: 'Shifts for me' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Shifts for me' })).toBeVisible();

  const shift = page
    .getByRole('article')
    .filter({ has: page.getByRole('button', { name: 'Take this shift' }) })
    .first();
  const title = await shift.getAttribute('aria-label');
  await shift.getByRole('button', { name: 'Take this shift' }).click();
  const taken = page.getByRole('article', { name: title ?? '' });
  await expect(taken.getByTestId('verdict')).toContainText('You are on this shift.');

  // The claim is the in-page server's, kept in the browser's storage: a reload still has it.
  await page.reload();
  await page.goto(`/${CONFERENCE}/volunteer/mine`);
  await expect(page.getByRole('article', { name: title ?? '' })).toBeVisible({ timeout: 30_000 });
});

test('the demo desk scans a demo ticket: admitted once, then already checked in', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/login');
  await page.getByLabel('Email').fill('desk@demo.test');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL(new RegExp(`/${CONFERENCE}/check-in$`), { timeout: 30_000 });

  // The holder's QR code, as their ticket page would show it, from the in-page API.
  const qr = await page.evaluate(async (url) => {
    const res = await fetch(url);
    return ((await res.json()) as { qr: string }).qr;
  }, `/api/conferences/${CONFERENCE}/tickets/${TICKET.secret}`);

  await page.getByRole('textbox', { name: 'Desk name' }).fill('Demo desk');
  await page.getByRole('button', { name: 'Start checking in' }).click();
  await expect(page.getByText('Online: the server judges each scan.')).toBeVisible();

  const verdict = page.getByRole('alert');
  await page.keyboard.type(qr);
  await page.keyboard.press('Enter');
  await expect(verdict).toHaveAttribute('data-verdict', 'ok');
  await expect(verdict).toContainText(TICKET.holderName);

  await page.keyboard.type(qr);
  await page.keyboard.press('Enter');
  await expect(verdict).toHaveAttribute('data-verdict', 'already_checked_in');
});
