import { describe, expect, it } from 'vitest';

import { issueArchiveTicket, takeArchiveTicket, TICKET_LIFETIME_MS } from '@core/archive/archiveTickets';
import type { Ctx } from '@core/context';
import type { OpenSession } from '@core/session/openSession';

/** A context with a clock that can be moved and a session that can be swapped. */
function fakeCtx() {
  let time = Date.parse('2027-03-01T10:00:00Z');
  let current: OpenSession | null = {} as OpenSession;
  const ctx = {
    config: { now: () => new Date(time) },
    vault: { current: () => current },
  } as unknown as Ctx;
  return {
    ctx,
    advance: (ms: number) => (time += ms),
    newSession: () => (current = {} as OpenSession),
  };
}

describe('archive tickets', () => {
  it('gives a ticket once, for its case and count', () => {
    const { ctx } = fakeCtx();
    const key = issueArchiveTicket(ctx, { caseId: 4, documents: 3 });
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(takeArchiveTicket(ctx, key)).toMatchObject({ caseId: 4, documents: 3 });
    expect(takeArchiveTicket(ctx, key)).toBeNull();
  });

  it('refuses a ticket after ten minutes, and keeps it until then', () => {
    const { ctx, advance } = fakeCtx();
    const early = issueArchiveTicket(ctx, { caseId: 4, documents: 1 });
    const late = issueArchiveTicket(ctx, { caseId: 4, documents: 1 });
    advance(TICKET_LIFETIME_MS - 1);
    expect(takeArchiveTicket(ctx, early)).not.toBeNull();
    advance(1);
    expect(takeArchiveTicket(ctx, late)).toBeNull();
  });

  it('knows no ticket of another session', () => {
    const { ctx, newSession } = fakeCtx();
    const key = issueArchiveTicket(ctx, { caseId: 4, documents: 1 });
    newSession();
    expect(takeArchiveTicket(ctx, key)).toBeNull();
  });

  it('keeps only the newest few: asking for contents again and again holds no memory', () => {
    const { ctx } = fakeCtx();
    const keys = Array.from({ length: 50 }, () => issueArchiveTicket(ctx, { caseId: 4, documents: 1 }));
    expect(keys.filter((k) => takeArchiveTicket(ctx, k) !== null)).toEqual(keys.slice(-5));
  });

  it('refuses anything that is not a ticket it gave', () => {
    const { ctx } = fakeCtx();
    issueArchiveTicket(ctx, { caseId: 4, documents: 1 });
    for (const key of ['', 'x', '__proto__', 'constructor']) expect(takeArchiveTicket(ctx, key)).toBeNull();
  });
});
