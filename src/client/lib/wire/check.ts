/**
 * A few hundred bytes of response checking for the first screen. The zod contract costs about
 * 26 KB gzip, a quarter of the attendee's first-visit budget; these checks parse the same wire
 * shapes (wire.test.ts holds them to the zod schemas on fixtures), and the full contract stays
 * for the server, the OpenAPI description and the lazy pages.
 */

/** The subset of zod's `safeParse` that `apiFetch` relies on, so either kind of schema fits. */
export interface Parser<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: { message: string } };
}

export interface Check<T> extends Parser<T> {
  /** Returns the parsed value or throws a WireError; the path is filled in on the way out. */
  run(input: unknown): T;
}

class WireError extends Error {
  readonly path: (string | number)[] = [];
  constructor(readonly what: string) {
    super(what);
  }
}

const fail = (what: string): never => {
  throw new WireError(what);
};

/** Names where a nested check failed, without building path strings for the values that pass. */
function at<T>(key: string | number, inner: Check<T>, value: unknown): T {
  try {
    return inner.run(value);
  } catch (error) {
    if (error instanceof WireError) error.path.unshift(key);
    throw error;
  }
}

const describe = (error: WireError) => {
  const path = error.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('');
  return `${path.replace(/^\./, '') || 'response'}: ${error.what}`;
};

function check<T>(run: (input: unknown) => T): Check<T> {
  return {
    run,
    safeParse(input) {
      try {
        return { success: true, data: run(input) };
      } catch (error) {
        if (error instanceof WireError) return { success: false, error: { message: describe(error) } };
        throw error;
      }
    },
  };
}

export interface StringRules {
  min?: number;
  max?: number;
  pattern?: RegExp;
  test?: (value: string) => boolean;
}

export const str = (rules: StringRules = {}) =>
  check((input): string => {
    if (typeof input !== 'string') return fail('expected a string');
    if (rules.min !== undefined && input.length < rules.min) fail('too short');
    if (rules.max !== undefined && input.length > rules.max) fail('too long');
    if (rules.pattern && !rules.pattern.test(input)) fail('wrong format');
    if (rules.test && !rules.test(input)) fail('wrong format');
    return input;
  });

export const int = (min?: number) =>
  check((input): number => {
    if (typeof input !== 'number' || !Number.isSafeInteger(input)) return fail('expected an integer');
    if (min !== undefined && input < min) fail('too small');
    return input;
  });

export const bool = check((input): boolean =>
  typeof input === 'boolean' ? input : fail('expected a boolean'),
);

export const oneOf = <const V extends readonly string[]>(values: V) =>
  check((input): V[number] =>
    values.includes(input as string) ? (input as V[number]) : fail('unknown value'),
  );

export const nullable = <T>(inner: Check<T>) =>
  check((input): T | null => (input === null ? null : inner.run(input)));

export const arrayOf = <T>(inner: Check<T>) =>
  check((input): T[] => {
    if (!Array.isArray(input)) return fail('expected an array');
    const out = new Array<T>(input.length);
    for (let i = 0; i < input.length; i++) out[i] = at(i, inner, input[i]);
    return out;
  });

const isRecord = (input: unknown): input is Record<string, unknown> =>
  typeof input === 'object' && input !== null && !Array.isArray(input);

/** A marker for keys that may be absent (as zod's `.optional()`). */
export interface Optional<T> {
  optional: Check<T>;
}
export const optional = <T>(inner: Check<T>): Optional<T> => ({ optional: inner });

type Shape = Record<string, Check<unknown> | Optional<unknown>>;
type Out<S extends Shape> = {
  [K in keyof S as S[K] extends Optional<unknown> ? never : K]: S[K] extends Check<infer T> ? T : never;
} & {
  [K in keyof S as S[K] extends Optional<unknown> ? K : never]?: S[K] extends Optional<infer T> ? T : never;
};

/** Like z.object: unknown keys are dropped, so nothing unchecked reaches the app. */
export const object = <S extends Shape>(shape: S) => {
  const rules = Object.entries(shape);
  return check((input): Out<S> => {
    if (!isRecord(input)) return fail('expected an object');
    const out: Record<string, unknown> = {};
    for (const [key, rule] of rules) {
      const value = input[key];
      if ('optional' in rule) {
        if (value !== undefined) out[key] = at(key, rule.optional, value);
      } else {
        out[key] = at(key, rule, value);
      }
    }
    return out as Out<S>;
  });
};

export const recordOf = <T>(inner: Check<T>) =>
  check((input): Record<string, T> => {
    if (!isRecord(input)) return fail('expected an object');
    const out: Record<string, T> = {};
    for (const [key, value] of Object.entries(input)) out[key] = at(key, inner, value);
    return out;
  });
