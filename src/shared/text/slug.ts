import { foldText } from './fold';

/**
 * URL slug: lowercase ASCII letters and digits joined by single dashes, accents and letters
 * such as ß or ø written plainly ("Le Météor" -> "le-meteor", "Søren Weiß" -> "soren-weiss").
 */
export function slugify(text: string, maxLength = 64): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}
