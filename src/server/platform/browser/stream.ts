/**
 * `node:stream` for the server running in a browser. The server only asks whether a request
 * arrived as a Node stream (http/body.ts reads such bodies with a cap); in a page none does.
 */
export class Readable {}
