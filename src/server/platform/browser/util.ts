/** The part of `node:util` the server uses, for the server running in a browser. */
type Callback<T> = (err: Error | null, value: T) => void;

export function promisify<A extends unknown[], T>(fn: (...args: [...A, Callback<T>]) => void) {
  return (...args: A): Promise<T> =>
    new Promise((resolve, reject) => fn(...args, (err, value) => (err ? reject(err) : resolve(value))));
}
