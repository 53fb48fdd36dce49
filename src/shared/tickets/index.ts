export { fromBase64url, toBase64url } from './base64url';
export { CsvError, parseCsv, type CsvRecord } from './csv';
export {
  ed25519Sign,
  ed25519Verify,
  generateSigningKeyPair,
  importPrivateKey,
  importPublicKey,
  type EncodedKeyPair,
} from './keys';
export {
  QR_VERSION,
  decodeClaims,
  encodeClaims,
  signTicketQr,
  verifyTicketQr,
  type QrReading,
  type QrRejection,
  type TicketClaims,
} from './qr';
export { readTicketCsv, type ImportOutcome, type ImportRow } from './ticket-import';
export { UNDO_WINDOW_MS, canUndo } from './undo';
export {
  admits,
  decideVerdict,
  type LatestAdmission,
  type VerdictInput,
  type VerdictList,
  type VerdictTicket,
} from './verdict';
