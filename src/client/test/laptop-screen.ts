import { afterEach, beforeEach, vi } from 'vitest';

/**
 * Runs a describe block's tests as on a laptop: matchMedia answers min-width queries up to
 * 1280 px (jsdom has no matchMedia, so screens otherwise render their phone layout).
 */
export function onLaptopScreen(width = 1280) {
  beforeEach(() => {
    vi.stubGlobal('matchMedia', (query: string) => {
      const min = /min-width:\s*(\d+)px/.exec(query);
      return {
        matches: min ? Number(min[1]) <= width : false,
        addEventListener: () => {},
        removeEventListener: () => {},
      };
    });
  });
  afterEach(() => vi.unstubAllGlobals());
}
