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
  /** Returns the parsed value or throws a WireError naming the path. */
  run(input: unknown, path: string): T;
}

class WireError extends Error {}

const fail = (path: string, what: string): never => {
  throw new WireError(`${path || 'response'}: ${what}`);
};

function check<T>(run: (input: unknown, path: string) => T): Check<T> {
  return {
    run,
    safeParse(input) {
      try {
        return { success: true, data: run(input, '') };
      } catch (error) {
        if (error instanceof WireError) return { success: false, error: { message: error.message } };
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
  check((input, path): string => {
    if (typeof input !== 'string') return fail(path, 'expected a string');
    if (rules.min !== undefined && input.length < rules.min) fail(path, 'too short');
    if (rules.max !== undefined && input.length > rules.max) fail(path, 'too long');
    if (rules.pattern && !rules.pattern.test(input)) fail(path, 'wrong format');
    if (rules.test && !rules.test(input)) fail(path, 'wrong format');
    return input;
  });

export const int = (min?: number) =>
  check((input, path): number => {
    if (typeof input !== 'number' || !Number.isSafeInteger(input)) return fail(path, 'expected an integer');
    if (min !== undefined && input < min) fail(path, 'too small');
    return input;
  });

export const bool = check((input, path): boolean =>
  typeof input === 'boolean' ? input : fail(path, 'expected a boolean'),
);

export const oneOf = <const V extends readonly string[]>(values: V) =>
  check((input, path): V[number] =>
    values.includes(input as string) ? (input as V[number]) : fail(path, 'unknown value'),
  );

export const nullable = <T>(inner: Check<T>) =>
  check((input, path): T | null => (input === null ? null : inner.run(input, path)));

export const arrayOf = <T>(inner: Check<T>) =>
  check((input, path): T[] => {
    if (!Array.isArray(input)) return fail(path, 'expected an array');
    return input.map((item, i) => inner.run(item, `${path}[${i}]`));
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
export const object = <S extends Shape>(shape: S) =>
  check((input, path): Out<S> => {
    if (!isRecord(input)) return fail(path, 'expected an object');
    const out: Record<string, unknown> = {};
    for (const [key, rule] of Object.entries(shape)) {
      const at = path ? `${path}.${key}` : key;
      if ('optional' in rule) {
        if (input[key] !== undefined) out[key] = rule.optional.run(input[key], at);
      } else {
        out[key] = rule.run(input[key], at);
      }
    }
    return out as Out<S>;
  });

export const recordOf = <T>(inner: Check<T>) =>
  check((input, path): Record<string, T> => {
    if (!isRecord(input)) return fail(path, 'expected an object');
    const out: Record<string, T> = {};
    for (const [key, value] of Object.entries(input)) out[key] = inner.run(value, `${path}.${key}`);
    return out;
  });
