import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import { parseHash } from '@renderer/app/router';
import { AuditPage } from '@renderer/features/audit/AuditPage';
import type { AuditPage as AuditPageData, AuditPersonMatch } from '@shared/api/audit';

import { FakePrintCore } from '../print/printFixture';
import { auditRow, emma } from './auditRow';

afterEach(() => setBridge(undefined));

const row = auditRow;

const many = Array.from({ length: 50 }, (_, i) => ({ id: 100 + i, name: `Barn ${i}`, caseNumbers: [] }));
const page: AuditPageData = {
  total: 3,
  person: null,
  caseId: null,
  rows: [
    row({
      id: 3,
      action: 'list',
      entity: 'case',
      entityId: null,
      caseNumber: null,
      persons: [emma, ...many],
    }),
    row({ id: 2, action: 'step_create', fields: ['decision:31'] }),
    row({
      id: 1,
      action: 'update',
      entity: 'coordinator',
      entityId: '9',
      caseNumber: null,
      persons: [],
      fields: ['phone', 'secretThing'],
    }),
  ],
};

function open(hash: string, answers: Record<string, unknown>) {
  const core = new FakePrintCore(answers);
  setBridge(core);
  window.location.hash = hash;
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <AuditPage route={parseHash(hash)} />
    </QueryClientProvider>,
  );
  return core;
}

const cells = (r: HTMLElement) =>
  within(r)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('Logg', () => {
  it('speaks plain language: who, what in words, names with case numbers, never raw codes or ids', async () => {
    open('#/logg', { 'audit.list': page });
    const table = await screen.findByRole('table', { name: 'Logg over hendelser' });
    const [, list, step, coordinator] = within(table).getAllByRole('row');
    expect(cells(list!).slice(1, 4)).toEqual([
      'Siv Saksbehandler (siv)',
      'Så listen over saker',
      'Emma Testrud (2027-0001); Barn 0; Barn 1 og 48 personer til',
    ]);
    expect(cells(step!).slice(2, 4)).toEqual(['Registrerte vedtak', 'Sak 2027-0001 · Emma Testrud']);
    expect(within(step!).getByRole('link', { name: 'Sak 2027-0001' }).getAttribute('href')).toEqual(
      expect.stringMatching(/^#\/saker\/7/),
    );
    expect(cells(coordinator!).slice(2)).toEqual(['Endret koordinator', '', 'telefon, 1 annet felt']);
    expect(table.textContent).not.toMatch(/person:|decision:|step_create|secretThing/);
  });

  it('reads its filters from the address and sends them to core', async () => {
    const core = open('#/logg?sak=2027-0001&handling=read&fra=2027-03-01', {
      'audit.list': { ...page, person: emma, caseId: 7 },
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Hvem har sett sak 2027-0001' }),
    ).toBeTruthy();
    expect(core.calls.find((c) => c.channel === 'audit.list')!.input).toMatchObject({
      caseNumber: '2027-0001',
      action: 'read',
      from: '2027-03-01',
      offset: 0,
    });
    expect((screen.getByLabelText('Saksnummer') as HTMLInputElement).value).toBe('2027-0001');
    expect((screen.getByLabelText('Fra dato') as HTMLInputElement).value).toBe('01.03.2027');
    // The case's person's log for printing, one click away.
    expect(screen.getByRole('link', { name: 'Innsyn i logg (utskrift)' }).getAttribute('href')).toEqual(
      expect.stringMatching(/^#\/print\/logg\/4\?fra=/),
    );
  });

  it('finds a person by name or fødselsnummer and puts the choice in the address', async () => {
    const matches: AuditPersonMatch[] = [{ ...emma, birthDate: '2019-05-17' }];
    const core = open('#/logg', { 'audit.list': page, 'audit.findPersons': matches });
    await screen.findByRole('table');
    await userEvent.type(screen.getByLabelText('Person', { exact: false }), 'emma');
    await userEvent.click(screen.getByRole('button', { name: 'Søk' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Velg Emma Testrud' }));
    expect(core.calls.find((c) => c.channel === 'audit.findPersons')!.input).toEqual({ q: 'emma' });
    expect(window.location.hash).toBe('#/logg?person=4');
  });

  it('filters by the case id of the link, with the number of a loaded register in the heading', async () => {
    const core = open('#/logg?sakId=7&sak=SAK%2F2019%2F17', {
      'audit.list': { ...page, person: emma, caseId: 7 },
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Hvem har sett sak SAK/2019/17' }),
    ).toBeTruthy();
    const input = core.calls.find((c) => c.channel === 'audit.list')!.input as Record<string, unknown>;
    expect(input).toMatchObject({ caseId: 7 });
    expect(input.caseNumber).toBeUndefined();
    expect((screen.getByLabelText('Saksnummer') as HTMLInputElement).value).toBe('SAK/2019/17');
  });

  it('takes a typed case number of another shape, and refuses one with control characters', async () => {
    open('#/logg', { 'audit.list': page });
    await screen.findByRole('table');
    const field = screen.getByLabelText('Saksnummer');
    await userEvent.type(field, ' SAK/2019/17 ');
    await userEvent.click(screen.getByRole('button', { name: 'Filtrer' }));
    expect(window.location.hash).toBe('#/logg?sak=SAK%2F2019%2F17');
    await userEvent.clear(field);
    await userEvent.type(field, 'x'.repeat(101));
    await userEvent.click(screen.getByRole('button', { name: 'Filtrer' }));
    expect(await screen.findByText('Saksnummeret kan ha høyst 100 tegn og ingen kontrolltegn.')).toBeTruthy();
    expect(window.location.hash).toBe('#/logg?sak=SAK%2F2019%2F17');
  });

  it('says plainly when a case number is not in the register', async () => {
    open('#/logg?sak=1999-0001', { 'audit.list': { total: 0, rows: [], person: null, caseId: null } });
    expect(await screen.findByText('Fant ingen sak med dette nummeret.')).toBeTruthy();
  });
});
