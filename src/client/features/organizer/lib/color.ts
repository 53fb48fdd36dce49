import { colorSchema } from '@shared/contract/common';
import { TRACK_MIN_CONTRAST } from '@shared/contract/structure';
import { contrastRatio } from '@shared/text/contrast';

export const isHexColor = (value: string) => colorSchema.safeParse(value).success;

/** The ratio against white, rounded down to one decimal so "4.5" never hides a 4.49. */
export function ratioOnWhite(color: string): number | null {
  if (!isHexColor(color)) return null;
  return Math.floor(contrastRatio(color, '#ffffff') * 10) / 10;
}

/** The same hue darkened step by step until it is readable on white. */
export function darkenUntilReadable(color: string): string {
  if (!isHexColor(color)) return color;
  let [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) as [number, number, number];
  const hex = () => `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
  for (let i = 0; i < 100 && contrastRatio(hex(), '#ffffff') < TRACK_MIN_CONTRAST; i++) {
    [r, g, b] = [r * 0.95, g * 0.95, b * 0.95];
  }
  return hex();
}
