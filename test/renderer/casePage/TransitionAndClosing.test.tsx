import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import type { Closing, Decision } from '@shared/domain/case';

import {
  CASE_ID,
  detailOf,
  FakeCore,
  LIST,
  messageNextTo,
  openCasePage,
  personOf,
  recordOf,
} from './fakeCase';

const recorded = { recordedBy: 'kari.ke', recordedAt: '2027-01-10T10:00:00.000Z' };
const granted: Decision = {
  ...recorded,
  id: 31,
  kind: 'decision',
  right: 'barnekoordinator',
  outcome: 'granted',
  reasons: '',
  legalBasis: '',
  decisionDate: '2027-01-10',
  notifiedDate: '2027-01-11',
};
const closing: Closing = {
  ...recorded,
  id: 40,
  kind: 'closing',
  date: '2027-02-15',
  reason: 'needEnded',
  note: '',
};

let core: FakeCore;
afterEach(() => setBridge(undefined));

const save = (user: ReturnType<typeof userEvent.setup>) =>
  user.click(screen.getByRole('button', { name: 'Lagre' }));

describe('the transition at 18', () => {
  it('keeps an extension within the age the municipality allows, and saves its end date', async () => {
    // Born 1 June 2009: 18 on 1 June 2027; the settings allow a barnekoordinator up to 25.
    core = new FakeCore(
      detailOf(recordOf({ steps: [granted] }), personOf({ birthDate: '2009-06-01' }), '2027-02-20'),
    );
    setBridge(core);
    openCasePage(['overgang-18']);
    await screen.findByRole('heading', { level: 1, name: 'Registrer overgang ved 18 år' });
    const user = userEvent.setup();
    expect(screen.getByText(/^Barnet fyller 18 år 01\.06\.2027\./)).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: /^Forlenget/ }));
    const until = screen.getByLabelText('Forlenget til');
    expect(screen.getByText('dd.mm.åååå. Senest 31.05.2034, dagen før barnet fyller 25 år.')).toBeTruthy();
    await user.type(until, '01.06.2034');
    await save(user);
    await waitFor(() =>
      expect(messageNextTo(until)).toBe(
        'Forlengelsen kan ikke gå lenger enn aldersgrensen i innstillingene.',
      ),
    );
    expect(core.changes('cases.recordStep')).toEqual([]);

    await user.clear(until);
    await user.type(until, '31.05.2034');
    await save(user);
    await waitFor(() => expect(core.changes('cases.recordStep')).toHaveLength(1));
    expect(core.changes('cases.recordStep')[0]).toMatchObject({
      caseId: CASE_ID,
      step: {
        kind: 'transition',
        date: '2027-02-20',
        outcome: 'extended',
        extendedUntil: '2034-05-31',
        note: '',
      },
    });
  });
});

describe('a closed case', () => {
  it('takes no new steps, and points to the reopening instead', async () => {
    setBridge(new FakeCore(detailOf(recordOf({ steps: [granted, closing] }), personOf(), '2027-02-20')));
    openCasePage(['kartlegging']);

    expect(
      await screen.findByText('Saken er avsluttet. Gjenåpne den før du registrerer flere steg.'),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Lagre' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Gjenåpne saken' }).getAttribute('href')).toBe(
      `#/saker/${CASE_ID}/gjenapning?fra=${encodeURIComponent(LIST)}`,
    );
  });

  it('lets only the closing itself be corrected or removed in the history', async () => {
    setBridge(new FakeCore(detailOf(recordOf({ steps: [granted, closing] }), personOf(), '2027-02-20')));
    openCasePage();

    const history = await screen.findByRole('region', { name: 'Saksgang' });
    const edits = within(history).getAllByRole('link', { name: /^Endre/ });
    expect(edits.map((a) => a.textContent)).toEqual(['Endre «Saken avsluttet» fra 15.02.2027']);
    expect(within(history).getAllByRole('button', { name: /^Fjern/ })).toHaveLength(1);
  });

  it('is reopened with a reason, said beside the field when it is missing', async () => {
    core = new FakeCore(detailOf(recordOf({ steps: [granted, closing] }), personOf(), '2027-02-20'));
    setBridge(core);
    openCasePage(['gjenapning']);
    await screen.findByRole('heading', { level: 1, name: 'Gjenåpne saken' });
    const user = userEvent.setup();
    expect(screen.getByText('Saken ble avsluttet 15.02.2027. Årsak: Behovet er over.')).toBeTruthy();

    await save(user);
    const reason = screen.getByLabelText('Hvorfor saken gjenåpnes');
    await waitFor(() => expect(messageNextTo(reason)).toBe('Må fylles ut.'));
    expect(document.activeElement).toBe(reason);

    await user.type(reason, 'Ny søknad fra foreldrene.');
    await save(user);
    await waitFor(() => expect(core.changes('cases.recordStep')).toHaveLength(1));
    expect(core.changes('cases.recordStep')[0]).toMatchObject({
      step: { kind: 'reopening', date: '2027-02-20', reason: 'Ny søknad fra foreldrene.' },
    });
  });
});
