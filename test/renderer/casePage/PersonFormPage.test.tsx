import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import type { Relation } from '@shared/domain/case';

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

/** A valid fødselsnummer (check digits right) for a child born 12 January 2027. */
const NUMBER = '12812750001';

const mother: Relation = {
  id: 5,
  name: 'Kari Nordmann',
  relation: 'mother',
  parentalResponsibility: true,
  mayConsent: true,
  phone: '91234567',
  email: 'kari@example.no',
  address: 'Storgata 1, 1870 Ørje',
};

const unborn = personOf({
  name: 'Barn av Kari Nordmann',
  birthDate: null,
  dueDate: '2027-01-20',
  relations: [mother],
});

let core: FakeCore;

beforeEach(() => {
  core = new FakeCore(detailOf(recordOf(), unborn, '2027-02-01'));
  setBridge(core);
});
afterEach(() => setBridge(undefined));

async function openPersonForm() {
  openCasePage(['person']);
  await screen.findByRole('heading', { level: 1, name: 'Endre person' });
  return userEvent.setup();
}

const save = (user: ReturnType<typeof userEvent.setup>) =>
  user.click(screen.getByRole('button', { name: 'Lagre' }));

describe('recording the birth of a child registered before birth', () => {
  it('says the due date has passed and how to record the birth', async () => {
    await openPersonForm();
    expect(screen.getByText(/^Termindatoen 20\.01\.2027 er passert\. Når barnet er født/)).toBeTruthy();
    expect(
      (screen.getByRole('radio', { name: 'Barnet er ikke født ennå' }) as HTMLInputElement).checked,
    ).toBe(true);
    expect((screen.getByLabelText('Termindato') as HTMLInputElement).value).toBe('20.01.2027');
  });

  it('turns the unborn child into a born one with a fødselsnummer, keeping the due date and the relations', async () => {
    const user = await openPersonForm();
    await user.click(screen.getByRole('radio', { name: /^Barnet er født/ }));
    await user.type(screen.getByLabelText('Fødselsnummer eller D-nummer'), NUMBER);
    expect(screen.getByText('Fødselsdato etter nummeret: 12.01.2027.')).toBeTruthy();
    const name = screen.getByLabelText('Navn', { selector: '[name="name"]' });
    await user.clear(name);
    await user.type(name, 'Emma Nordmann');
    await save(user);

    await waitFor(() => expect(core.changes('persons.update')).toHaveLength(1));
    expect(core.changes('persons.update')[0]).toEqual({
      id: 3,
      name: 'Emma Nordmann',
      nationalId: NUMBER,
      birthDate: null,
      dueDate: '2027-01-20',
      address: 'Storgata 1, 1870 Ørje',
      phone: '91234567',
      email: '',
      interpreterNeeded: false,
      interpreterLanguage: '',
      relations: [{ ...mother, id: undefined }],
    });
    await waitFor(() =>
      expect(window.location.hash).toBe(`#/saker/${CASE_ID}?fra=${encodeURIComponent(LIST)}`),
    );
  });

  it('takes a birth date instead when the child has no number yet', async () => {
    const user = await openPersonForm();
    await user.click(screen.getByRole('radio', { name: /^Barnet er født/ }));
    await user.type(screen.getByLabelText('Fødselsdato'), '12.01.2027');
    await save(user);

    await waitFor(() => expect(core.changes('persons.update')).toHaveLength(1));
    expect(core.changes('persons.update')[0]).toMatchObject({
      nationalId: null,
      birthDate: '2027-01-12',
      dueDate: '2027-01-20',
    });
  });

  it('asks for the number or the birth date when "born" is chosen without either, and saves nothing', async () => {
    const user = await openPersonForm();
    await user.click(screen.getByRole('radio', { name: /^Barnet er født/ }));
    await save(user);

    const birthDate = screen.getByLabelText('Fødselsdato');
    await waitFor(() =>
      expect(messageNextTo(birthDate)).toBe(
        'Skriv fødselsnummeret, eller fødselsdatoen hvis barnet ikke har fått nummer ennå.',
      ),
    );
    expect(document.activeElement).toBe(birthDate);
    expect(core.changes('persons.update')).toEqual([]);
  });

  it('refuses a birth date in the future', async () => {
    const user = await openPersonForm();
    await user.click(screen.getByRole('radio', { name: /^Barnet er født/ }));
    await user.type(screen.getByLabelText('Fødselsdato'), '12.03.2027');
    await save(user);

    await waitFor(() =>
      expect(messageNextTo(screen.getByLabelText('Fødselsdato'))).toBe(
        'Fødselsdatoen kan ikke være frem i tid.',
      ),
    );
    expect(core.changes('persons.update')).toEqual([]);
  });

  it('points out a mistyped number as soon as all eleven digits are there', async () => {
    const user = await openPersonForm();
    await user.click(screen.getByRole('radio', { name: /^Barnet er født/ }));
    const number = screen.getByLabelText('Fødselsnummer eller D-nummer');
    await user.type(number, '12812750002');
    expect(messageNextTo(number)).toBe('Kontrollsifrene stemmer ikke. Sjekk nummeret.');
  });
});

describe('the relations of a person', () => {
  it('asks what a newly added person is to the child before saving', async () => {
    const user = await openPersonForm();
    await user.click(screen.getByRole('button', { name: 'Legg til foresatt eller pårørende' }));
    const added = screen.getByRole('group', { name: 'Person 2' });
    // The new row's first field has focus, ready to type.
    expect(document.activeElement).toBe(within(added).getByLabelText('Navn'));
    await user.type(within(added).getByLabelText('Navn'), 'Per Nordmann');
    await save(user);

    await waitFor(() =>
      expect(messageNextTo(within(added).getByLabelText('Forhold til personen'))).toBe('Må fylles ut.'),
    );
    expect(core.changes('persons.update')).toEqual([]);
  });
});
