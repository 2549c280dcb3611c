import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import { formatDay } from '@renderer/components/dates';
import { NewCasePage } from '@renderer/features/cases/NewCasePage';
import type { PersonMatch } from '@shared/api/persons';
import { addDays, addMonths, todayIso } from '@shared/domain/calendar';

import { FakeCore, messageNextTo, renderWithQueries } from './fakeCore';

const today = todayIso(new Date());
/** A synthetic (Tenor) fødselsnummer of a child born 15.03.2019, check digits right, and one digit off. */
const KNOWN_NUMBER = '15831950002';
const WRONG_CHECK_DIGIT = '15831950003';
/** A synthetic number of a child born 01.08.2020 that the register does not know. */
const VALID_UNKNOWN_NUMBER = '01882050005';

const ola: PersonMatch = {
  person: {
    id: 7,
    name: 'Ola Nordmann',
    nationalId: KNOWN_NUMBER,
    birthDate: '2019-03-15',
    dueDate: null,
    address: '',
    phone: '',
    email: '',
    interpreterNeeded: false,
    interpreterLanguage: '',
    relations: [],
  },
  cases: [{ id: 3, caseNumber: '2025-0003', receivedDate: '2025-01-10', closed: true }],
};

let core: FakeCore;

beforeEach(() => {
  core = new FakeCore();
  // A demo register: the tests type synthetic (Tenor) numbers, never a real person's.
  core.demo = true;
  core.persons.set(KNOWN_NUMBER, ola);
  setBridge(core);
  window.history.replaceState(null, '', '#/saker/ny');
});
afterEach(() => setBridge(undefined));

async function openForm() {
  renderWithQueries(<NewCasePage back="#/saker?q=nordmann" />);
  // The service units arrive from core before anyone can choose one.
  await screen.findAllByRole('heading', { name: 'Ny sak' });
  return userEvent.setup();
}

const field = {
  number: () => screen.getByRole('textbox', { name: 'Fødselsnummer eller D-nummer' }),
  unborn: () =>
    screen.getByRole('checkbox', { name: 'Barnet er ikke født ennå (registreres med termindato)' }),
  dueDate: () => screen.getByRole('textbox', { name: 'Termindato' }),
  name: () => screen.getByRole('textbox', { name: /^Navn/ }),
  birthDate: () => screen.getByRole('textbox', { name: /^Fødselsdato/ }),
  received: () => screen.getByRole('textbox', { name: 'Mottatt dato' }),
  channel: () => screen.getByRole('combobox', { name: 'Kom inn som' }),
  appliedBy: () => screen.getByRole('combobox', { name: 'Hvem søker' }),
  need: () => screen.getByRole('textbox', { name: /^Beskriv sykdommen/ }),
  right: (name: string) => screen.getByRole('checkbox', { name }),
};

const submit = (user: ReturnType<typeof userEvent.setup>) =>
  user.click(screen.getByRole('button', { name: 'Registrer saken' }));

describe('registering a new case', () => {
  it('starts with today’s date and an oral inquiry, as for a phone call', async () => {
    await openForm();
    expect(field.received()).toHaveProperty('value', formatDay(today));
    expect(field.channel()).toHaveProperty('value', 'oral');
  });

  it('registers a child not yet born with the due date, a parent and a service', async () => {
    const user = await openForm();
    const due = addMonths(today, 3);
    await user.click(field.unborn());
    expect(screen.queryByRole('textbox', { name: 'Fødselsnummer eller D-nummer' })).toBeNull();
    await user.type(field.dueDate(), formatDay(due));
    await user.type(field.name(), 'Barn av Kari Nordmann');

    await user.click(screen.getByRole('button', { name: 'Legg til foresatt eller pårørende' }));
    const parent = screen.getByRole('group', { name: 'Person 1' });
    await user.type(within(parent).getByRole('textbox', { name: 'Navn' }), 'Kari Nordmann');
    await user.selectOptions(
      within(parent).getByRole('combobox', { name: 'Forhold til personen' }),
      'mother',
    );
    await user.click(within(parent).getByRole('checkbox', { name: 'Har foreldreansvar' }));
    await user.click(within(parent).getByRole('checkbox', { name: 'Kan samtykke' }));

    await user.selectOptions(field.appliedBy(), 'guardian');
    await user.click(field.right('Barnekoordinator'));
    await user.click(field.right('Individuell plan'));
    await user.type(field.need(), 'Hjertefeil sett på ultralyd');
    await user.click(screen.getByRole('button', { name: 'Legg til tjeneste' }));
    const service = screen.getByRole('group', { name: 'Tjeneste 1' });
    await user.type(within(service).getByRole('textbox', { name: /^Annen tjenesteyter/ }), 'Jordmor');
    await user.selectOptions(
      within(service).getByRole('combobox', { name: 'Mottar nå eller trenger' }),
      'receives',
    );
    // A row added and left empty is dropped, not refused.
    await user.click(screen.getByRole('button', { name: 'Legg til tjeneste' }));
    await submit(user);

    await waitFor(() => expect(core.sent('cases.create')).toHaveLength(1));
    expect(core.sent('cases.create')[0]).toEqual({
      receivedDate: today,
      channel: 'oral',
      appliedBy: 'guardian',
      appliedByName: '',
      rightsRequested: ['individuellPlan', 'barnekoordinator'],
      needDescription: 'Hjertefeil sett på ultralyd',
      services: [{ serviceUnitId: null, provider: 'Jordmor', contact: '', status: 'receives' }],
      person: {
        name: 'Barn av Kari Nordmann',
        nationalId: null,
        birthDate: null,
        dueDate: due,
        address: '',
        phone: '',
        email: '',
        interpreterNeeded: false,
        interpreterLanguage: '',
        relations: [
          {
            name: 'Kari Nordmann',
            relation: 'mother',
            parentalResponsibility: true,
            mayConsent: true,
            phone: '',
            email: '',
            address: '',
          },
        ],
      },
    });
    // The new case opens, with the way back to the list the user came from.
    await waitFor(() => expect(window.location.hash).toBe('#/saker/99?fra=%23%2Fsaker%3Fq%3Dnordmann'));
  });

  it('asks for the due date of a child not yet born', async () => {
    const user = await openForm();
    await user.click(field.unborn());
    await user.type(field.name(), 'Barn av Kari Nordmann');
    await user.selectOptions(field.appliedBy(), 'guardian');
    await user.click(field.right('Barnekoordinator'));
    await submit(user);

    await waitFor(() => expect(messageNextTo(field.dueDate())).toBe('Må fylles ut.'));
    expect(document.activeElement).toBe(field.dueDate());
    expect(core.sent('cases.create')).toEqual([]);
  });

  it('offers the person already registered with the number, and registers the case on them', async () => {
    const user = await openForm();
    await user.type(field.number(), '158319 50002');

    const offer = await screen.findByRole('region', { name: 'Registrert fra før: Ola Nordmann' });
    expect(core.lastSent('persons.findByNationalId')).toEqual({ nationalId: KNOWN_NUMBER });
    expect(within(offer).getByRole('link', { name: '2025-0003' })).toBeTruthy();
    expect(within(offer).getByText('mottatt 10.01.2025, avsluttet')).toBeTruthy();
    // The fields for a new person are not offered: the same person is never registered twice.
    expect(screen.queryByRole('textbox', { name: /^Navn/ })).toBeNull();

    await user.click(within(offer).getByRole('button', { name: 'Bruk denne personen' }));
    expect(screen.getByText('Saken registreres på Ola Nordmann, født 15.03.2019.')).toBeTruthy();
    expect(document.activeElement).toBe(field.received());

    await user.selectOptions(field.appliedBy(), 'guardian');
    await user.click(field.right('Koordinator'));
    await submit(user);

    await waitFor(() => expect(core.sent('cases.create')).toHaveLength(1));
    const sent = core.sent('cases.create')[0]!;
    expect(sent).toMatchObject({ personId: 7, rightsRequested: ['koordinator'], appliedBy: 'guardian' });
    expect(sent).not.toHaveProperty('person');
  });

  it('will not register a second person with a number already in the register', async () => {
    const user = await openForm();
    await user.type(field.number(), KNOWN_NUMBER);
    await screen.findByRole('button', { name: 'Bruk denne personen' });
    await user.selectOptions(field.appliedBy(), 'guardian');
    await user.click(field.right('Koordinator'));
    await submit(user);

    await waitFor(() =>
      expect(messageNextTo(field.number())).toBe(
        'Personen er allerede registrert. Velg «Bruk denne personen» nedenfor.',
      ),
    );
    expect(core.sent('cases.create')).toEqual([]);
  });

  it('shows a birth date and a due date as understood when the field is left', async () => {
    const user = await openForm();
    await user.type(field.birthDate(), '1.5.15');
    await user.tab();
    expect(field.birthDate()).toHaveProperty('value', '01.05.2015');
    await user.click(field.unborn());
    const due = formatDay(addMonths(today, 3));
    await user.type(field.dueDate(), due.replace(/\./g, '').replace(/^(\d{4})\d\d(\d\d)$/, '$1$2'));
    await user.tab();
    expect(field.dueDate()).toHaveProperty('value', due);
  });

  it('says beside the field that a received date in the future cannot be right', async () => {
    const user = await openForm();
    await user.type(field.name(), 'Kari Nordmann');
    await user.type(field.birthDate(), '01.05.2015');
    await user.clear(field.received());
    await user.type(field.received(), formatDay(addDays(today, 1)));
    await user.selectOptions(field.appliedBy(), 'person');
    await user.click(field.right('Koordinator'));
    await submit(user);

    await waitFor(() => expect(messageNextTo(field.received())).toBe('Datoen kan ikke være frem i tid.'));
    expect(field.received().getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field.received());
    expect(core.sent('cases.create')).toEqual([]);
  });

  it('says at once when the check digits of a number are wrong, and sends nothing', async () => {
    const user = await openForm();
    await user.type(field.number(), WRONG_CHECK_DIGIT);
    expect(messageNextTo(field.number())).toBe('Kontrollsifrene stemmer ikke. Sjekk nummeret.');

    await user.type(field.name(), 'Kari Nordmann');
    await user.selectOptions(field.appliedBy(), 'person');
    await user.click(field.right('Koordinator'));
    await submit(user);
    await waitFor(() => expect(field.number().getAttribute('aria-invalid')).toBe('true'));
    expect(messageNextTo(field.number())).toBe('Kontrollsifrene stemmer ikke. Sjekk nummeret.');
    expect(core.sent('cases.create')).toEqual([]);
  });

  it('shows only the check-digit message for an invalid number, not that it is unregistered', async () => {
    const user = await openForm();
    await user.type(field.number(), WRONG_CHECK_DIGIT);
    // The register has been asked and found nothing: the hint to fill in the person must still stay away.
    await waitFor(() => expect(core.sent('persons.findByNationalId')).toHaveLength(1));
    await waitFor(() => expect(screen.queryByText('Søker i registeret …')).toBeNull());
    expect(messageNextTo(field.number())).toBe('Kontrollsifrene stemmer ikke. Sjekk nummeret.');
    expect(screen.queryByText(/Nummeret er ikke registrert fra før/)).toBeNull();
  });

  it('tells that a valid number is not registered, so the person is filled in', async () => {
    const user = await openForm();
    await user.type(field.number(), VALID_UNKNOWN_NUMBER);
    expect(await screen.findByText(/Nummeret er ikke registrert fra før/)).toBeTruthy();
    expect(field.number().getAttribute('aria-invalid')).not.toBe('true');
  });

  it('asks for what is required when the form is sent empty', async () => {
    const user = await openForm();
    await submit(user);

    await waitFor(() => expect(messageNextTo(field.appliedBy())).toBe('Må fylles ut.'));
    expect(screen.getByText('Velg minst én rettighet.')).toBeTruthy();
    expect(core.sent('cases.create')).toEqual([]);
  });

  it('shows core’s objection beside the field it concerns, and saves once it is put right', async () => {
    core.failWith = {
      code: 'VALIDATION',
      message: 'Noen felt er ikke riktig fylt ut.',
      fields: { 'services.0.serviceUnitId': 'validation.serviceUnitUnknown' },
    };
    const user = await openForm();
    await user.type(field.name(), 'Kari Nordmann');
    await user.type(field.birthDate(), '01.05.2015');
    await user.selectOptions(field.appliedBy(), 'person');
    await user.click(field.right('Koordinator'));
    await user.click(screen.getByRole('button', { name: 'Legg til tjeneste' }));
    const unit = () => screen.getByRole('combobox', { name: 'Tjenestested' });
    await screen.findByRole('option', { name: 'PPT' });
    await user.selectOptions(unit(), 'PPT');
    await submit(user);

    await waitFor(() =>
      expect(messageNextTo(unit())).toBe('Tjenestestedet finnes ikke lenger. Velg et annet.'),
    );
    expect(screen.getByRole('alert').textContent).toBe(
      'Noen felt er ikke riktig fylt ut. Se meldingene ved feltene.',
    );
    expect(core.sent('cases.create')[0]).toMatchObject({
      services: [{ serviceUnitId: 7, provider: '', contact: '', status: 'receives' }],
      person: { name: 'Kari Nordmann', birthDate: '2015-05-01', nationalId: null, dueDate: null },
    });

    core.failWith = null;
    await user.selectOptions(unit(), 'Helsestasjonen');
    await submit(user);
    await waitFor(() => expect(core.sent('cases.create')).toHaveLength(2));
    expect(core.sent('cases.create')[1]).toMatchObject({ services: [{ serviceUnitId: 1 }] });
  });

  it('keeps what was typed as a draft in core, brings it back, and lets it go once registered', async () => {
    const user = await openForm();
    await user.type(field.need(), 'Trenger hjelp etter hjerneslag');
    await waitFor(
      () =>
        expect(core.draft?.data).toMatchObject({
          values: { needDescription: 'Trenger hjelp etter hjerneslag' },
        }),
      {
        timeout: 3000,
      },
    );
    expect(core.sent('drafts.save').length).toBeLessThan(5);

    // The window is closed and the form opened again: the text is back, and it says so.
    cleanup();
    await openForm();
    await waitFor(() => expect(field.need()).toHaveProperty('value', 'Trenger hjelp etter hjerneslag'));
    expect(
      screen.getByText(/Skjemaet er fylt ut slik du forlot det .* Det er ikke registrert ennå\./),
    ).toBeTruthy();

    // Starting again empties the form and the draft.
    await user.click(screen.getByRole('button', { name: 'Begynn på nytt' }));
    expect(field.need()).toHaveProperty('value', '');
    await waitFor(() => expect(core.draft).toBeNull());
  });

  it('discards the draft when the case is registered', async () => {
    core.draft = {
      // Only part of the form, as a draft from an older version of it would be; the rest is default.
      data: { needDescription: 'Fra utkastet', person: { name: 42 } },
      savedAt: '2026-03-02T09:15:00.000Z',
    };
    const user = await openForm();
    await waitFor(() => expect(field.need()).toHaveProperty('value', 'Fra utkastet'));
    expect(core.draft).not.toBeNull();
    await user.click(field.unborn());
    await user.type(field.name(), 'Barn av Kari');
    await user.type(field.dueDate(), formatDay(addMonths(today, 2)));
    await user.selectOptions(field.appliedBy(), 'guardian');
    await user.click(field.right('Individuell plan'));
    await submit(user);
    await waitFor(() => expect(core.sent('cases.create')).toHaveLength(1));
    await waitFor(() => expect(core.draft).toBeNull());
    expect(core.lastSent('cases.create')).toMatchObject({ needDescription: 'Fra utkastet' });
  });
});
