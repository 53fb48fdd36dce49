/**
 * `node:zlib` for the server running in a browser. Only the public read cache compresses on
 * the server, and the in-browser server runs without it (readCache: false): the page and its
 * server share one memory, so there is nothing to save on a wire. Calling any of this is a bug.
 */
const unavailable = (name: string) => () => {
  throw new Error(`zlib.${name} is not available in the browser platform`);
};

export const constants = {
  BROTLI_PARAM_QUALITY: 11,
  BROTLI_PARAM_SIZE_HINT: 5,
  BROTLI_PARAM_MODE: 0,
  BROTLI_MODE_TEXT: 1,
};
export const gzip = unavailable('gzip');
export const brotliCompress = unavailable('brotliCompress');
export const createGunzip = unavailable('createGunzip');
export const createInflate = unavailable('createInflate');
export const createBrotliDecompress = unavailable('createBrotliDecompress');
