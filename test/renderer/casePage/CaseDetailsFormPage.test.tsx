import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import type { Decision } from '@shared/domain/case';

import { CASE_ID, detailOf, FakeCore, messageNextTo, openCasePage, personOf, recordOf } from './fakeCase';

const decision: Decision = {
  id: 31,
  kind: 'decision',
  right: 'barnekoordinator',
  outcome: 'granted',
  reasons: '',
  legalBasis: '',
  decisionDate: '2027-02-10',
  notifiedDate: '2027-02-11',
  recordedBy: 'kari.ke',
  recordedAt: '2027-02-10T10:00:00.000Z',
};

let core: FakeCore;

beforeEach(() => {
  const record = recordOf({
    rightsRequested: ['barnekoordinator', 'individuellPlan'],
    services: [{ serviceUnitId: 1, provider: '', contact: 'Helsesykepleier Anne', status: 'receives' }],
    steps: [decision],
  });
  core = new FakeCore(detailOf(record, personOf(), '2027-02-20'));
  // The unit recorded on the case has since been deactivated: it must stay as recorded.
  core.serviceUnits = [
    { id: 1, name: 'Helsestasjonen', active: false, coordinatorCount: 0 },
    { id: 2, name: 'PPT', active: true, coordinatorCount: 1 },
  ];
  setBridge(core);
});
afterEach(() => setBridge(undefined));

async function openDetailsForm() {
  openCasePage(['detaljer']);
  await screen.findByRole('heading', { level: 1, name: 'Endre opplysningene fra mottak' });
  await screen.findByLabelText('Tjenestested');
  return userEvent.setup();
}

const save = (user: ReturnType<typeof userEvent.setup>) =>
  user.click(screen.getByRole('button', { name: 'Lagre' }));

describe('changing what was recorded on receipt', () => {
  it('saves a new service and leaves out a row added and left empty, keeping a deactivated unit as recorded', async () => {
    const user = await openDetailsForm();
    expect((screen.getByLabelText('Tjenestested') as HTMLSelectElement).value).toBe('1');

    await user.click(screen.getByRole('button', { name: 'Legg til tjeneste' }));
    const second = screen.getByRole('group', { name: 'Tjeneste 2' });
    await user.type(within(second).getByLabelText('Annen tjenesteyter'), 'Fastlege');
    await user.selectOptions(within(second).getByLabelText('Mottar nå eller trenger'), 'Trenger');
    await user.click(screen.getByRole('button', { name: 'Legg til tjeneste' }));
    await save(user);

    await waitFor(() => expect(core.changes('cases.update')).toHaveLength(1));
    expect(core.changes('cases.update')[0]).toEqual({
      id: CASE_ID,
      receivedDate: '2027-01-04',
      channel: 'oral',
      appliedBy: 'guardian',
      appliedByName: 'Kari Nordmann',
      rightsRequested: ['barnekoordinator', 'individuellPlan'],
      needDescription: 'Cerebral parese.',
      services: [
        { serviceUnitId: 1, provider: '', contact: 'Helsesykepleier Anne', status: 'receives' },
        { serviceUnitId: null, provider: 'Fastlege', contact: '', status: 'needs' },
      ],
    });
  });

  it('refuses a received date before the person was born or a mistyped year, as core would', async () => {
    core.detail = { ...core.detail, person: personOf({ birthDate: '2020-06-01' }) };
    const user = await openDetailsForm();
    const received = screen.getByLabelText('Mottatt dato');
    await user.clear(received);
    await user.type(received, '01.05.2020');
    await save(user);
    expect(messageNextTo(received)).toBe(
      'Mottatt dato er før barnet ble født. Et barn som ikke var født da saken kom inn, registreres med termindato.',
    );
    await user.clear(received);
    await user.type(received, '04.01.1997');
    await save(user);
    expect(messageNextTo(received)).toBe('Mottatt dato er mer enn ti år tilbake. Sjekk årstallet.');
    expect(core.changes('cases.update')).toHaveLength(0);
  });

  it('asks for at least one right before saving', async () => {
    const user = await openDetailsForm();
    await user.click(screen.getByRole('checkbox', { name: /^Barnekoordinator/ }));
    await user.click(screen.getByRole('checkbox', { name: /^Individuell plan/ }));
    await save(user);

    const rights = screen.getByRole('group', { name: /^Det er søkt om/ });
    await waitFor(() => expect(within(rights).getByText('Velg minst én rettighet.')).toBeTruthy());
    expect(core.changes('cases.update')).toEqual([]);
  });

  it('shows core’s refusal to drop a right that has a decision beside the rights', async () => {
    core.failWith = {
      code: 'VALIDATION',
      message: 'Noen felt er ikke riktig fylt ut.',
      fields: { rightsRequested: 'validation.rightHasSteps' },
    };
    const user = await openDetailsForm();
    const childCoordinator = screen.getByRole('checkbox', { name: /^Barnekoordinator/ });
    expect(messageNextTo(childCoordinator)).toBe('');
    expect(childCoordinator.closest('ds-field')?.textContent).toContain('Har vurdering eller vedtak');
    await user.click(childCoordinator);
    await save(user);

    const rights = screen.getByRole('group', { name: /^Det er søkt om/ });
    await waitFor(() =>
      expect(
        within(rights).getByText(
          'Det er registrert vurdering eller vedtak for en rettighet du tok bort. Fjern dem først.',
        ),
      ).toBeTruthy(),
    );
    expect(screen.getByRole('alert').textContent).toBe(
      'Noen felt er ikke riktig fylt ut. Se meldingene ved feltene.',
    );
  });
});
