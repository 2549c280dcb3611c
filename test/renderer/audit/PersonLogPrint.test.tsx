import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import type { AuditPersonLog } from '@shared/api/audit';

import { FakePrintCore, openPrint } from '../print/printFixture';
import { auditRow, emma } from './auditRow';

afterEach(() => setBridge(undefined));

const row = auditRow;

const log: AuditPersonLog = {
  person: emma,
  rows: [
    row({ id: 1, action: 'create', fields: ['receivedDate'] }),
    row({ id: 2 }),
    row({
      id: 3,
      action: 'list',
      entityId: null,
      caseNumber: null,
      persons: [emma, { id: 5, name: 'Ola Ås', caseNumbers: ['2027-0003'] }],
    }),
    row({ id: 4, action: 'print', fields: ['caseOverview', 'person:4'] }),
  ],
};

describe('Innsyn i logg (print)', () => {
  it('lists every row that named the person with when, who, what and which case, marked confidential', async () => {
    const core = new FakePrintCore({ 'audit.personLog': log });
    setBridge(core);
    openPrint('#/print/logg/4?fra=%23%2Flogg%3Fperson%3D4');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Innsyn i logg for Emma Testrud' }),
    ).toBeTruthy();
    expect(screen.getAllByText(/Taushetsbelagt/).length).toBeGreaterThan(0);
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent)
          .slice(1),
      ),
    ).toEqual([
      ['Siv Saksbehandler (siv)', 'Registrerte saken', '2027-0001'],
      ['Siv Saksbehandler (siv)', 'Åpnet saken', '2027-0001'],
      ['Siv Saksbehandler (siv)', 'Så listen over saker', 'også 1 annen person'],
      ['Siv Saksbehandler (siv)', 'Skrev ut saksoversikten', '2027-0001'],
    ]);
    // Another person on the same list is counted, never named, on this person's paper.
    expect(document.body.textContent).not.toContain('Ola');
    expect(screen.getByRole('link', { name: 'Tilbake' }).getAttribute('href')).toEqual('#/logg?person=4');
    expect(core.calls.find((c) => c.channel === 'audit.personLog')!.input).toEqual({ personId: 4 });
  });

  it('is the administrator’s only, and refuses an address that is no person', async () => {
    setBridge(new FakePrintCore({ 'audit.personLog': log }));
    openPrint('#/print/logg/4', { id: 3, username: 'siv', displayName: 'Siv', role: 'saksbehandler' });
    expect((await screen.findByRole('heading', { level: 1 })).textContent).not.toContain('Emma');
  });

  it('refuses an address that is no person', async () => {
    setBridge(new FakePrintCore({ 'audit.personLog': log }));
    openPrint('#/print/logg/4x');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).not.toContain('Emma');
  });
});
