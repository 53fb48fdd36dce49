/**
 * Characters no database column here can hold: NUL (Postgres refuses it in text) and a lone
 * UTF-16 surrogate (not valid UTF-8). The API refuses them in input (docs/decisions/0012); text
 * read from an imported file has them removed instead, since the file is not the organizer's typing.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && !LONE_SURROGATE.test(text);
}

const UNSTORABLE = new RegExp(
  // Control characters other than tab, line feed and carriage return go too: they only garble.
  `[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F]|${LONE_SURROGATE.source}`,
  'g',
);

/** The text without NUL, other control characters and lone surrogates. */
export const withoutUnstorable = (text: string): string => text.replace(UNSTORABLE, '');
