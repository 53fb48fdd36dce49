export { ticketEndpoints } from './routes';
export { findTicketForScan, findTicketTypeRows } from './repository';
export { requireConferenceDays, toTicketType } from './service';
export { ensureSigningKey, verifierFor, type Verifier } from './signing';
