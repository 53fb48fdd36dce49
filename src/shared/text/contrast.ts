const HEX_COLOR = /^#?([0-9a-f]{6})$/i;

/** WCAG relative luminance of a #rrggbb colour, 0 (black) to 1 (white); NaN for anything else. */
export function relativeLuminance(hex: string): number {
  const m = HEX_COLOR.exec(hex);
  if (!m) return Number.NaN;
  const n = Number.parseInt(m[1]!, 16);
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG contrast ratio of two #rrggbb colours, 1 to 21 (NaN when either is not one). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white text, whichever reads better on `hex`; white when `hex` is not a colour. */
export function textOn(hex: string): '#000000' | '#ffffff' {
  if (!HEX_COLOR.test(hex)) return '#ffffff';
  return contrastRatio(hex, '#ffffff') >= contrastRatio(hex, '#000000') ? '#ffffff' : '#000000';
}
