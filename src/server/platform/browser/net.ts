/** The part of `node:net` the server uses (address syntax), for the server running in a browser. */
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** 4 or 6 for an IP address, 0 for anything else, as node:net's isIP. */
export function isIP(input: string): 0 | 4 | 6 {
  if (IPV4.test(input)) return 4;
  if (input.includes(':')) {
    try {
      new URL(`http://[${input}]/`);
      return 6;
    } catch {
      return 0;
    }
  }
  return 0;
}
