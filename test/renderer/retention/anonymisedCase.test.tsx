import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import { PersonPrint } from '@renderer/features/print/case/PersonPrint';
import type { Closing, Decision } from '@shared/domain/case';

import { detailOf, FakeCore, openCasePage, personOf, recordOf } from '../casePage/fakeCase';

afterEach(() => setBridge(undefined));

const decision: Decision = {
  id: 1,
  kind: 'decision',
  right: 'barnekoordinator',
  outcome: 'granted',
  reasons: '',
  legalBasis: '',
  decisionDate: '2016-02-01',
  notifiedDate: '2016-02-01',
  recordedBy: 'kari.admin',
  recordedAt: '2016-02-01T09:00:00.000Z',
};
const closing: Closing = {
  id: 2,
  kind: 'closing',
  date: '2016-06-30',
  reason: 'moved',
  note: '',
  recordedBy: 'kari.admin',
  recordedAt: '2016-07-01T09:00:00.000Z',
};

/** A case as core sends it after anonymising: no name, number, birth date, contact or text. */
const anonymised = () =>
  detailOf(
    recordOf({
      caseNumber: '2016-0001',
      receivedDate: '2016-01-10',
      appliedByName: '',
      needDescription: '',
      steps: [decision, closing],
      anonymisedAt: '2026-07-01T08:00:00.000Z',
    }),
    personOf({ name: 'Anonymisert', nationalId: null, birthDate: null, address: '', phone: '' }),
    '2026-07-02',
  );

describe('an anonymised case', () => {
  it('opens calmly, saying it was anonymised and what was kept', async () => {
    setBridge(new FakeCore(anonymised()));
    openCasePage();
    expect(await screen.findByRole('heading', { level: 1, name: 'Anonymisert' })).toBeTruthy();
    expect(screen.getByText(/Saken ble anonymisert 01\.07\.2026 etter slettefristen/)).toBeTruthy();
    expect(screen.getByText('2016-0001')).toBeTruthy();
  });

  it('offers no archive copy: core refuses one, and the copy belongs before anonymising', async () => {
    setBridge(new FakeCore(anonymised()));
    openCasePage();
    await screen.findByRole('heading', { level: 1, name: 'Anonymisert' });
    expect(screen.queryByRole('heading', { name: 'Arkivkopi' })).toBeNull();
    expect(screen.queryByText(/Lag arkivkopien/)).toBeNull();
  });

  it('offers the archive copy on a closed case that is not anonymised', async () => {
    setBridge(new FakeCore(detailOf(recordOf({ steps: [decision, closing] }), personOf(), '2026-07-02')));
    openCasePage();
    expect(await screen.findByRole('heading', { name: 'Arkivkopi' })).toBeTruthy();
  });

  it('prints with the date it was anonymised and no birth date', () => {
    render(<PersonPrint detail={anonymised()} />);
    const facts = [...document.querySelectorAll('.print-fact')].map((f) => f.textContent);
    expect(facts).toContain('Anonymisert01.07.2026');
    expect(facts.some((f) => f?.startsWith('Født'))).toBe(false);
  });

  it('shows no notice on a case that is not anonymised', async () => {
    setBridge(new FakeCore(detailOf(recordOf(), personOf(), '2027-03-01')));
    openCasePage();
    await screen.findByRole('heading', { level: 1, name: 'Ola Nordmann' });
    expect(screen.queryByText(/anonymisert/i)).toBeNull();
  });
});
