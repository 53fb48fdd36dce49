import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encode } from 'uqr';
import { demoEditions } from '../src/shared/demo';
import { demoTicketing } from '../src/shared/demo/tickets';
import { CONFERENCE, expect, logIn, test } from './fixtures';

// Chromium's fake camera plays a .y4m file: here one frame with a ticket's QR code, so the
// desk's camera path (getUserMedia and the jsQR fallback, Chromium on Linux has no
// BarcodeDetector) is tested for real. The file is written before the camera starts.
const WIDTH = 640;
const HEIGHT = 480;
const video = join(mkdtempSync(join(tmpdir(), 'lanyard-camera-')), 'qr.y4m');
writeFileSync(video, y4mFrame(''));

const flagship = demoEditions().find((e) => e.conference.slug === CONFERENCE)!;
const CAMERA_TICKET = demoTicketing(flagship).tickets[225]!;

test.use({
  permissions: ['camera'],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-gpu',
      '--no-sandbox',
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  },
});

/** One 4:2:0 frame: the QR code black on white, centred, 8 pixels a module. */
function y4mFrame(text: string): Buffer {
  const luma = Buffer.alloc(WIDTH * HEIGHT, 235);
  if (text) {
    const qr = encode(text, { ecc: 'M', border: 4 });
    const scale = Math.floor(Math.min(WIDTH, HEIGHT) / qr.size);
    const left = Math.floor((WIDTH - qr.size * scale) / 2);
    const top = Math.floor((HEIGHT - qr.size * scale) / 2);
    for (let y = 0; y < qr.size * scale; y++) {
      for (let x = 0; x < qr.size * scale; x++) {
        if (qr.data[Math.floor(y / scale)]![Math.floor(x / scale)]) luma[(top + y) * WIDTH + left + x] = 16;
      }
    }
  }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\nFRAME\n`);
  return Buffer.concat([header, luma, chroma]);
}

test('the camera reads a ticket: admitted, then already checked in while it is held up', async ({ page }) => {
  const response = await page.request.get(`/api/conferences/${CONFERENCE}/tickets/${CAMERA_TICKET.secret}`);
  writeFileSync(video, y4mFrame(((await response.json()) as { qr: string }).qr));

  await logIn(page, 'desk@demo.test');
  // A desk account lands on its full-screen desk.
  await expect(page).toHaveURL(new RegExp(`/${CONFERENCE}/check-in$`));
  await page.goto(`/${CONFERENCE}/check-in`);
  await page.getByRole('textbox', { name: 'Desk name' }).fill('Camera Desk');
  await page.getByRole('button', { name: 'Start checking in' }).click();
  await page.getByRole('button', { name: 'Start camera' }).click();

  const verdict = page.getByRole('alert');
  await expect(verdict).toHaveAttribute('data-verdict', 'ok', { timeout: 10_000 });
  await expect(verdict).toContainText(CAMERA_TICKET.holderName);
  // The same code is ignored for 3 seconds, then judged again: now a repeat.
  await expect(verdict).toHaveAttribute('data-verdict', 'already_checked_in', { timeout: 10_000 });
  await expect(verdict).toContainText('at Camera Desk');
});
