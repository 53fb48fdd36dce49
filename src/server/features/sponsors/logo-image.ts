import { LOGO_MAX_PIXELS } from '@shared/contract';
import { HttpProblem } from '../../http/problem';
import { looksLikeSvg, sanitizeSvg } from './logo-svg';

export type LogoType = 'image/png' | 'image/jpeg' | 'image/webp' | 'image/svg+xml';

export interface LogoImage {
  type: LogoType;
  width: number;
  height: number;
}

/** An accepted logo: what to store (a sanitised SVG differs from the upload) and its size. */
export interface AcceptedLogo extends LogoImage {
  bytes: Uint8Array;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const startsWith = (bytes: Uint8Array, prefix: number[], at = 0) =>
  bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, at: number, length: number) =>
  String.fromCharCode(...bytes.subarray(at, at + length));

const unreadable = (detail: string) => new HttpProblem('logo_unreadable', detail);

/**
 * What the bytes are, judged by their magic numbers and a walk through the file's structure,
 * never by the declared Content-Type or a file name: an HTML page labelled image/png is refused,
 * and so is a truncated image. An SVG is rebuilt from an allow-list (logo-svg.ts) and the
 * rebuilt document is what gets stored.
 */
export function inspectLogo(bytes: Uint8Array): AcceptedLogo {
  let image: LogoImage;
  if (startsWith(bytes, PNG_SIGNATURE)) image = readPng(bytes);
  else if (startsWith(bytes, [0xff, 0xd8, 0xff])) image = readJpeg(bytes);
  else if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') image = readWebp(bytes);
  else if (looksLikeSvg(bytes)) return { type: 'image/svg+xml', ...sanitizeSvg(bytes) };
  else throw new HttpProblem('logo_type_not_allowed', 'This file is not a PNG, JPEG, WebP or SVG image.');
  const within = (n: number) => Number.isInteger(n) && n >= 1 && n <= LOGO_MAX_PIXELS;
  if (!within(image.width) || !within(image.height)) {
    throw new HttpProblem(
      'logo_dimensions_not_allowed',
      `The image is ${image.width}×${image.height} pixels; logos must be 1 to ${LOGO_MAX_PIXELS} pixels wide and high.`,
    );
  }
  return { ...image, bytes };
}

/** Signature, IHDR first, then every chunk in bounds up to IEND. */
function readPng(bytes: Uint8Array): LogoImage {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 33 || ascii(bytes, 12, 4) !== 'IHDR' || view.getUint32(8) !== 13) {
    throw unreadable('The PNG has no valid header.');
  }
  const image: LogoImage = { type: 'image/png', width: view.getUint32(16), height: view.getUint32(20) };
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length = view.getUint32(at);
    const type = ascii(bytes, at + 4, 4);
    at += 12 + length;
    if (at > bytes.length) break;
    if (type === 'IEND') return image;
  }
  throw unreadable('The PNG is truncated: it ends before its last chunk.');
}

const isStartOfFrame = (marker: number) =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/** Segments from SOI to the frame header, and an end-of-image marker at the end. */
function readJpeg(bytes: Uint8Array): LogoImage {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  let size: { width: number; height: number } | undefined;
  while (at + 4 <= bytes.length && !size) {
    if (bytes[at] !== 0xff) throw unreadable('The JPEG structure is damaged.');
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const length = view.getUint16(at + 2);
    if (length < 2) throw unreadable('The JPEG structure is damaged.');
    if (isStartOfFrame(marker)) {
      if (at + 9 > bytes.length) break;
      size = { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    }
    if (marker === 0xda) break;
    at += 2 + length;
  }
  if (!size) throw unreadable('The JPEG has no frame header.');
  let end = bytes.length;
  // Some encoders pad the file after the end-of-image marker.
  while (end > 2 && bytes[end - 1] === 0x00) end -= 1;
  if (bytes[end - 2] !== 0xff || bytes[end - 1] !== 0xd9) {
    throw unreadable('The JPEG is truncated: it has no end-of-image marker.');
  }
  return { type: 'image/jpeg', ...size };
}

/** RIFF container of the declared length, then a VP8, VP8L or VP8X header. */
function readWebp(bytes: Uint8Array): LogoImage {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const riffLength = view.getUint32(4, true) + 8;
  if (bytes.length < 30 || riffLength > bytes.length) {
    throw unreadable('The WebP is truncated: it is shorter than its header says.');
  }
  const chunk = ascii(bytes, 12, 4);
  const data = 20;
  if (chunk === 'VP8 ') {
    if (!startsWith(bytes, [0x9d, 0x01, 0x2a], data + 3)) throw unreadable('The WebP frame is damaged.');
    return {
      type: 'image/webp',
      width: view.getUint16(data + 6, true) & 0x3fff,
      height: view.getUint16(data + 8, true) & 0x3fff,
    };
  }
  if (chunk === 'VP8L') {
    if (bytes[data] !== 0x2f) throw unreadable('The WebP frame is damaged.');
    const bits = view.getUint32(data + 1, true);
    return { type: 'image/webp', width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') {
    const u24 = (at: number) => bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16);
    return { type: 'image/webp', width: u24(data + 4) + 1, height: u24(data + 7) + 1 };
  }
  throw unreadable('The WebP has no image header Lanyard knows.');
}
