import { screen } from '@testing-library/react';
import jsQR from 'jsqr';
import { beforeEach, describe, expect, it } from 'vitest';
import { useMySchedule } from '@client/features/my-schedule';
import { renderApp, SLUG } from '@client/test/render-app';

// Lazy route, page strings and the QR chunk load in turn: generous on a busy machine.
const slow = { timeout: 5000 };

/** Rasterises the SVG's module path (`M{x} {y}h1v1h-1z` per dark module) and decodes it. */
function decode(svg: Element): string | undefined {
  const size = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
  const scale = 4;
  const px = size * scale;
  const pixels = new Uint8ClampedArray(px * px * 4).fill(255);
  const d = svg.querySelector('path')!.getAttribute('d')!;
  for (const [, x, y] of d.matchAll(/M(\d+) (\d+)/g)) {
    for (let dy = 0; dy < scale; dy++) {
      for (let dx = 0; dx < scale; dx++) {
        const i = ((Number(y) * scale + dy) * px + Number(x) * scale + dx) * 4;
        pixels.fill(0, i, i + 3);
      }
    }
  }
  return jsQR(pixels, px, px)?.data;
}

describe('my schedule as a QR code', () => {
  beforeEach(() => useMySchedule.setState({ conferences: {} }));

  it('draws the share link as a QR code that decodes to the same link', async () => {
    const { user } = renderApp(`/${SLUG}?day=2025-10-16`);
    await user.click(await screen.findByRole('button', { name: /^Add “Opening” to my schedule/ }));
    await user.click(screen.getByRole('button', { name: /^Add “From Healthcare to Governments/ }));
    await user.click(screen.getByRole('link', { name: 'Starred' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'My schedule' }, slow)).toBeInTheDocument();
    // Nothing drawn until asked for.
    expect(screen.queryByRole('img', { name: /QR code/ })).toBeNull();

    await user.click(screen.getByText('Show the link as a QR code'));
    const qr = await screen.findByRole(
      'img',
      { name: 'QR code of the link to your 2 starred sessions' },
      slow,
    );
    const text = decode(qr);
    expect(text).toBeDefined();
    const url = new URL(text!);
    expect(url.origin).toBe(location.origin);
    expect(url.pathname).toBe(`/${SLUG}/my`);
    expect(url.searchParams.get('codes')!.split(',').sort()).toEqual(['CL3HJB', 'XTTQ3R'].sort());
  });

  it('the decoded link imports the selection on another device', async () => {
    const { user } = renderApp(`/${SLUG}?day=2025-10-16`);
    await user.click(await screen.findByRole('button', { name: /^Add “Opening” to my schedule/ }));
    await user.click(screen.getByRole('link', { name: 'Starred' }));
    await user.click(await screen.findByText('Show the link as a QR code', {}, slow));
    const text = decode(await screen.findByRole('img', { name: /QR code of the link/ }, slow))!;
    const { pathname, search } = new URL(text);

    useMySchedule.setState({ conferences: {} });
    renderApp(`${pathname}${search}`);
    expect(
      await screen.findByRole('heading', { name: 'A shared link suggests 1 session' }),
    ).toBeInTheDocument();
  });
});
