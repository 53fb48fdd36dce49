/**
 * Icon paths used only by pages loaded on demand, kept out of the first screen's code. Draw
 * them with <Icon path={pageIcons.share} />.
 */
export const pageIcons = {
  share: 'M12 3v12M7 8l5-5 5 5M5 13v6a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-6',
  calendar:
    'M8 2v4M16 2v4M3 10h18M5 4h14a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2Zm7 8v6m-3-3h6',
  play: 'M7 4v16l13-8L7 4Z',
  warning: 'M12 3 2 20h20L12 3Zm0 6v5m0 3v.01',
} as const;
