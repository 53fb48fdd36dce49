import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import {
  holderTicketSchema,
  scanResultSchema,
  ticketSchema,
  type CreateTicket,
  type ScanRequest,
  type ScanResult,
  type Ticket,
} from '@shared/contract';
import type { TestClient } from '../../test/harness';

export const SLUG = 'matrix-conf-2025';
export const MAIN_ENTRANCE = `${SLUG}.check-in-list.main-entrance`;
export const typeId = (slug: string) => `${SLUG}.ticket-type.${slug}`;
const base = `/api/conferences/${SLUG}`;

/** Helpers for check-in API tests: each test makes its own tickets, so none depends on another. */
export function testDesk(newClient: () => TestClient) {
  async function as(email: string): Promise<TestClient> {
    const client = newClient();
    expect((await client.login(email)).status).toBe(200);
    return client;
  }

  let counter = 0;
  async function newTicket(
    organizer: TestClient,
    input: Partial<CreateTicket> = {},
  ): Promise<Ticket & { qr: string }> {
    counter++;
    const res = await organizer.post(`${base}/tickets`, {
      typeId: typeId('conference-pass'),
      holderName: `Test Holder ${counter}`,
      email: `holder${counter}@example.org`,
      orderCode: `T${counter}X${randomUUID().slice(0, 6)}`,
      ...input,
    });
    expect(res.status).toBe(201);
    const ticket = ticketSchema.parse(await res.json());
    const holder = holderTicketSchema.parse(
      await (await organizer.get(`${base}/tickets/${ticket.secret}`)).json(),
    );
    return { ...ticket, qr: holder.qr };
  }

  function scanRaw(
    desk: TestClient,
    body: Partial<ScanRequest> | Record<string, unknown>,
  ): Promise<Response> {
    return desk.post(`${base}/scans`, {
      listId: MAIN_ENTRANCE,
      deskId: 'desk-1',
      deskName: 'Desk 1',
      clientNonce: randomUUID(),
      ...body,
    });
  }

  async function scan(desk: TestClient, body: Partial<ScanRequest>): Promise<ScanResult> {
    const res = await scanRaw(desk, body);
    expect([200, 201], await res.clone().text()).toContain(res.status);
    return scanResultSchema.parse(await res.json());
  }

  return { as, newTicket, scan, scanRaw, base };
}
