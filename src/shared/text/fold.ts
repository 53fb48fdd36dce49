/**
 * Letters that Unicode decomposition leaves whole, written as a reader who types plain ASCII
 * would: "weiss" finds "Weiß", "soren" finds "Søren", "aeon" finds "Æon".
 */
const PLAIN: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
};
const UNDECOMPOSED = new RegExp(`[${Object.keys(PLAIN).join('')}]`, 'g');
const MARKS = /\p{M}/gu;

/**
 * Text as search and matching compare it: lower case, without accents or other combining marks,
 * compatibility forms spelled out ("ﬁ" is "fi", full-width "Ａ" is "a") and the letters above
 * written plainly. "meteo" finds "Météo"; both sides of a comparison must be folded.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(MARKS, '')
    .replace(UNDECOMPOSED, (ch) => PLAIN[ch]!);
}
