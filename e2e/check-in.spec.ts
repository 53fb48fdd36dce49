import { type APIRequestContext, type Page } from '@playwright/test';
import { demoEditions } from '../src/shared/demo';
import { demoTicketing } from '../src/shared/demo/tickets';
import { CONFERENCE, expect, expectNoAxeViolations, logIn, test } from './fixtures';

// The only spec that scans, so the arrival figures it reads move only by its own scans; its
// tests run one after another for the same reason. Business tickets 211-221 are its own
// (check-in-camera.spec.ts scans 225).
test.describe.configure({ mode: 'serial' });

const flagship = demoEditions().find((e) => e.conference.slug === CONFERENCE)!;
const tickets = demoTicketing(flagship).tickets;
const WEDGE = tickets[211]!;
const SEARCHED = tickets[217]!;
const OFFLINE = tickets[219]!;
/** Found by name without the network (215: a Business ticket without a note). */
const FOUND_OFFLINE = tickets[215]!;
const DESK_NAME = 'E2E Desk';

async function qrOf(request: APIRequestContext, secret: string): Promise<string> {
  const response = await request.get(`/api/conferences/${CONFERENCE}/tickets/${secret}`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { qr: string }).qr;
}

async function openDesk(page: Page, deskName = DESK_NAME) {
  await logIn(page, 'desk@demo.test');
  // A desk account lands on the desk.
  await expect(page).toHaveURL(new RegExp(`/${CONFERENCE}/check-in$`));
  await page.goto(`/${CONFERENCE}/check-in`);
  await expect(page.getByRole('heading', { level: 1, name: 'Check-in desk' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Check-in list' })).toHaveValue(/main-entrance/);
  await page.getByRole('textbox', { name: 'Desk name' }).fill(deskName);
  await page.getByRole('button', { name: 'Start checking in' }).click();
  await expect(page.getByText('Online: the server judges each scan.')).toBeVisible();
}

/** A keyboard-wedge scanner: the whole code in a fast burst of keys, then Enter. */
async function wedgeScan(page: Page, code: string) {
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
}

const verdict = (page: Page) => page.getByRole('alert');

async function conferenceCheckedIn(request: APIRequestContext): Promise<number> {
  const response = await request.get(`/api/conferences/${CONFERENCE}/check-in/stats?day=2025-10-16`);
  return ((await response.json()) as { conference: { checkedIn: number } }).conference.checkedIn;
}

test('a wedge scan admits, the same code again is already checked in, a forged one is refused', async ({
  page,
}) => {
  const qr = await qrOf(page.request, WEDGE.secret);
  await openDesk(page);

  await wedgeScan(page, qr);
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'ok');
  await expect(verdict(page).getByRole('heading', { name: 'Admit' })).toBeVisible();
  await expect(verdict(page)).toContainText(WEDGE.holderName);
  await expect(verdict(page)).toContainText('Business');

  await wedgeScan(page, qr);
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'already_checked_in');
  await expect(verdict(page)).toContainText(
    new RegExp(`Already checked in at \\d{1,2}:\\d\\d(\\s?[AP]M)? at ${DESK_NAME}`),
  );

  const forged = `${qr.slice(0, 40)}${qr[40] === 'A' ? 'B' : 'A'}${qr.slice(41)}`;
  await wedgeScan(page, forged);
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'unknown_or_forged');
  await expect(verdict(page)).toContainText('Do not admit');
  await expect(verdict(page)).toContainText('Unknown or forged code.');
});

test('a name search finds a holder and checks them in', async ({ page }) => {
  await openDesk(page);
  await page.getByRole('searchbox', { name: 'Name, email or order code' }).fill(SEARCHED.holderName);
  await page
    .getByRole('button', { name: `Check in ${SEARCHED.holderName}` })
    .first()
    .click();
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'ok');
  await expect(verdict(page)).toContainText(SEARCHED.holderName);
});

test('with the network cut the desk keeps admitting, then uploads and the counts match', async ({
  page,
  context,
}) => {
  const qr = await qrOf(page.request, OFFLINE.secret);
  await openDesk(page);
  const before = await conferenceCheckedIn(page.request);
  const counts = page.getByLabel('Checked in today');
  await expect(counts).toContainText(`Whole conference${before} /`);
  // The desk's own copy of the tickets, which names the holder of a code judged offline.
  await expect
    .poll(() =>
      page.evaluate(
        (slug) => localStorage.getItem(`lanyard:private:desk-ticket-index:${slug}`) !== null,
        CONFERENCE,
      ),
    )
    .toBe(true);

  await context.setOffline(true);
  await expect(page.getByText(/Offline: this desk judges scans itself\. 0 scans queued/)).toBeVisible();
  await wedgeScan(page, qr);
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'ok');
  await expect(verdict(page)).toContainText('Judged on this desk (offline)');
  await expect(verdict(page)).toContainText(OFFLINE.holderName);
  await expect(page.getByText(/Offline: this desk judges scans itself\. 1 scan queued/)).toBeVisible();
  await page.screenshot({ path: 'test-results/staff-desk-offline-verdict-390.png' });
  await verdict(page).getByRole('button', { name: 'Next' }).click();
  const recent = page.getByRole('region', { name: 'Last scans' });
  await expect(recent).toContainText('queued');

  await context.setOffline(false);
  await expect(page.getByText('Online: the server judges each scan.')).toBeVisible({ timeout: 15_000 });
  // Uploaded: the last scans stop saying "queued".
  await expect(recent).toContainText('uploaded');
  await expect(recent).not.toContainText('queued');
  await expect.poll(() => conferenceCheckedIn(page.request)).toBeGreaterThanOrEqual(before + 1);
  // The desk's figures and the server's agree (the camera spec may scan meanwhile, so compare, not count).
  await expect
    .poll(async () => {
      const text = (await counts.textContent()) ?? '';
      return text.includes(`Whole conference${await conferenceCheckedIn(page.request)} /`);
    })
    .toBe(true);

  const scans = await page.request.get(`/api/conferences/${CONFERENCE}/scans?ticketId=${OFFLINE.id}`);
  const [uploaded] = (
    (await scans.json()) as { scans: { verdict: string; offline: boolean; conflict: boolean }[] }
  ).scans;
  expect(uploaded).toMatchObject({ verdict: 'ok', offline: true, conflict: false });
});

test('the desk is a full-screen mode whose name search shows who is already in, with time and desk', async ({
  page,
}) => {
  await openDesk(page);
  // No attendee navigation to tap mid-queue; the list, day and desk stay in view, with a way out.
  await expect(page.getByRole('navigation', { name: 'Sections' })).toHaveCount(0);
  await expect(page.getByTestId('desk-context')).toContainText(
    /Main entrance.*(Thu 16 Oct|Thu, Oct 16).*E2E Desk/,
  );
  await expect(page.getByRole('link', { name: 'Leave the desk' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Find by name' })).toBeInViewport();

  // Admitted by the first test; a holder not yet in keeps the Check in button.
  await page.getByRole('button', { name: 'Find by name' }).click();
  await expect(page.getByRole('searchbox', { name: 'Name, email or order code' })).toBeFocused();
  await page.getByRole('searchbox', { name: 'Name, email or order code' }).fill(WEDGE.email);
  const row = page.getByRole('listitem').filter({ hasText: WEDGE.holderName });
  await expect(row.getByTestId('already-in')).toContainText(/Checked in\s*\d{1,2}:\d{2}.* · E2E Desk/);
  await expect(row.getByRole('button', { name: `Check in ${WEDGE.holderName}` })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/staff-desk-search-390.png' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: 'test-results/staff-desk-search-1280.png' });
  await page.setViewportSize({ width: 390, height: 844 });

  await page.getByRole('link', { name: 'Leave the desk' }).click();
  await expect(page).toHaveURL(new RegExp(`/${CONFERENCE}$`));
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
});

test('the holder sees their ticket full-screen with its QR code, offline too', async ({ page, context }) => {
  const holder = tickets[221]!;
  await page.goto(`/t/${CONFERENCE}/${holder.secret}`);
  await expect(page.getByRole('heading', { level: 1, name: holder.holderName })).toBeVisible();
  await expect(
    page.getByRole('img', { name: `QR code of the ticket of ${holder.holderName}` }),
  ).toBeVisible();
  await expect(page.getByText('Business')).toBeVisible();

  // Once the app's service worker runs the page, a reload caches the ticket page's code too.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: holder.holderName })).toBeVisible();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: holder.holderName })).toBeVisible();
  await expect(
    page.getByRole('img', { name: `QR code of the ticket of ${holder.holderName}` }),
  ).toBeVisible();
});

test('offline, the desk finds a ticket by name and queues it; the dashboard follows the desk', async ({
  page,
  context,
  browser,
}) => {
  // A desk without the network cannot say so: the dashboard notices 45 s of silence.
  test.setTimeout(150_000);
  const deskName = 'E2E Offline Desk';
  await openDesk(page, deskName);
  // The desk keeps its own copy of the tickets once it has been online.
  await expect
    .poll(() =>
      page.evaluate(
        (slug) => localStorage.getItem(`lanyard:private:desk-ticket-index:${slug}`) !== null,
        CONFERENCE,
      ),
    )
    .toBe(true);
  await expectNoAxeViolations(page, { settle: false });

  const organizer = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const dashboard = await organizer.newPage();
  await logIn(dashboard, 'organizer@demo.test');
  await expect(dashboard.getByRole('button', { name: 'Log out' })).toBeVisible();
  await dashboard.goto(`/${CONFERENCE}/organizer/arrivals`);
  const deskRow = dashboard.locator(`[data-desk="${deskName}"]`);
  await expect(deskRow).toContainText('Online');
  await expect(dashboard.getByRole('img', { name: /admissions? on .*, per 15 minutes/ })).toBeVisible();
  await expectNoAxeViolations(dashboard);

  await context.setOffline(true);
  await expect(page.getByText(/Offline: this desk judges scans itself\. 0 scans queued/)).toBeVisible();
  const search = page.getByRole('searchbox', { name: 'Name, email or order code' });
  await search.fill(FOUND_OFFLINE.holderName);
  await expect(page.getByText(/Offline: searching this desk’s copy of \d+ tickets\./)).toBeVisible();
  await expect(page.getByText(/\(offline copy; check-in is queued\)/)).toBeVisible();
  await page
    .getByRole('button', { name: `Check in ${FOUND_OFFLINE.holderName}` })
    .first()
    .click();
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'ok');
  await expect(verdict(page)).toContainText(FOUND_OFFLINE.holderName);
  await expect(verdict(page)).toContainText('Judged on this desk (offline)');
  await expect(page.getByText(/Offline: this desk judges scans itself\. 1 scan queued/)).toBeVisible();

  // No heartbeat gets through: after LANYARD_DESK_SILENT_SECONDS (20 s in the e2e server) the
  // dashboard shows the desk offline.
  await expect(deskRow).toContainText('Offline (no heartbeat)', { timeout: 45_000 });

  await context.setOffline(false);
  await expect(page.getByText('Online: the server judges each scan.')).toBeVisible({ timeout: 15_000 });
  // Back: the queue drained and the desk says so; the dashboard's figure is the server's.
  await expect(deskRow).toContainText('Online', { timeout: 20_000 });
  await expect(deskRow).toContainText('Queued: 0');
  await expect(deskRow).toContainText('last upload');
  const scans = await page.request.get(`/api/conferences/${CONFERENCE}/scans?ticketId=${FOUND_OFFLINE.id}`);
  const [uploaded] = ((await scans.json()) as { scans: { verdict: string; offline: boolean }[] }).scans;
  expect(uploaded).toMatchObject({ verdict: 'ok', offline: true });
  const wholeEvent = async () => {
    const response = await dashboard.request.get(`/api/conferences/${CONFERENCE}/check-in/stats`);
    return ((await response.json()) as { conference: { checkedIn: number } }).conference.checkedIn;
  };
  await expect
    .poll(async () => {
      const shown = (await dashboard.locator('dl').first().textContent()) ?? '';
      return shown.includes(`Checked in${await wholeEvent()} /`);
    })
    .toBe(true);
  await organizer.close();
});
