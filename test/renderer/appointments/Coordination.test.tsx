import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import type { Candidate } from '@shared/api/appointments';
import type { Decision } from '@shared/domain/case';
import type { Appointment } from '@shared/domain/coordination';

import {
  CASE_ID,
  detailOf,
  FakeCore,
  messageNextTo,
  openCasePage,
  personOf,
  recordOf,
} from '../casePage/fakeCase';

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
const kari: Appointment = {
  ...recorded,
  id: 7,
  caseId: CASE_ID,
  coordinatorId: 3,
  coordinatorName: 'Kari Lie',
  serviceUnitName: 'PPT',
  role: 'barnekoordinator',
  startDate: '2027-01-15',
  familyWish: 'followed',
  familyNotifiedDate: '2027-01-15',
  partnersNotifiedDate: null,
  endDate: null,
  endReason: null,
  endNote: '',
};
const candidate = (id: number, name: string, fields: Partial<Candidate> = {}): Candidate => ({
  id,
  name,
  serviceUnitId: 1,
  serviceUnitName: 'Helsestasjonen',
  position: '',
  caseload: 2,
  capacity: 5,
  training: { state: 'trained', validUntil: '2029-05-01' },
  inCaseServices: false,
  current: false,
  ...fields,
});

let core: FakeCore;
afterEach(() => setBridge(undefined));

function openWith(appointments: Appointment[], rest: string[], today = '2027-03-01') {
  core = new FakeCore(detailOf(recordOf({ steps: [granted] }), personOf({}), today, appointments));
  core.candidates = [
    candidate(4, 'Ola Dahl', { inCaseServices: true }),
    candidate(5, 'Siri Berg', { training: { state: 'never', validUntil: null }, caseload: 5 }),
    candidate(3, 'Kari Lie', { current: true }),
  ];
  setBridge(core);
  openCasePage(rest);
}

describe('the coordinator on the case page', () => {
  it('says that nobody coordinates a granted case yet, with the warning and the way to appoint', async () => {
    openWith([], []);
    await screen.findByRole('heading', { level: 2, name: 'Koordinator' });
    expect(screen.getByText('Ingen koordinator er oppnevnt. Retten ble innvilget 10.01.2027.')).toBeTruthy();
    // 10.01 to 01.03 is 50 days, over the 14 of the settings.
    expect(screen.getByText(/saken har vært uten koordinator siden 10\.01\.2027 \(50 dager\)/)).toBeTruthy();
    const links = screen.getAllByRole('link', { name: 'Oppnevn koordinator' });
    expect(links[0]!.getAttribute('href')).toContain(`#/saker/${CASE_ID}/koordinator/ny`);
  });

  it('shows the history with the days without a coordinator between two', async () => {
    const ended = { ...kari, endDate: '2027-02-10', endReason: 'coordinatorLeft' as const };
    const ola = {
      ...kari,
      id: 8,
      coordinatorId: 4,
      coordinatorName: 'Ola Dahl',
      startDate: '2027-02-17',
      endDate: null,
      familyNotifiedDate: null,
    };
    openWith([ended, ola], []);
    const history = await screen.findByRole('heading', { level: 3, name: 'Koordinatorer i saken' });
    const list = history.nextElementSibling as HTMLElement;
    const entries = within(list).getAllByRole('listitem');
    expect(entries).toHaveLength(2);
    expect(within(entries[0]!).getByText('Koordinatoren har sluttet')).toBeTruthy();
    expect(
      within(entries[1]!).getByText('Dager uten koordinator før oppstart').nextElementSibling?.textContent,
    ).toBe('7');
    expect(
      screen.getByText(/ikke registrert at familien ble informert da Ola Dahl tok over 17\.02\.2027/),
    ).toBeTruthy();
  });
});

describe('appointing a coordinator', () => {
  it('lists the pool with caseload and training, and sends the choice with ISO dates', async () => {
    openWith([], ['koordinator', 'ny']);
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Oppnevn koordinator' });
    const ola = await screen.findByRole('radio', { name: 'Ola Dahl' });
    const siriRow = screen.getByRole('radio', { name: 'Siri Berg' }).closest('tr')!;
    expect(within(siriRow).getByText('Ikke opplært')).toBeTruthy();
    expect(within(siriRow).getByText(/5 av 5/).textContent).toContain('ingen ledig kapasitet');

    await user.click(ola);
    await user.click(screen.getByRole('radio', { name: 'Familiens ønske ble fulgt' }));
    await user.type(screen.getByLabelText('Dato familien ble informert'), '20.02.2027');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));

    expect(core.changes('appointments.appoint')).toEqual([
      {
        caseId: CASE_ID,
        coordinatorId: 4,
        role: 'barnekoordinator',
        startDate: '2027-03-01',
        familyWish: 'followed',
        familyNotifiedDate: '2027-02-20',
        partnersNotifiedDate: null,
      },
    ]);
  });

  it('refuses a start before the decision beside the field, without calling core', async () => {
    openWith([], ['koordinator', 'ny']);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Ola Dahl' }));
    await user.click(screen.getByRole('radio', { name: 'Familien hadde ikke noe ønske' }));
    const start = screen.getByLabelText('Startdato');
    await user.clear(start);
    await user.type(start, '05.01.2027');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(messageNextTo(start)).toBe('Oppnevningen kan ikke starte før vedtaket ble fattet.');
    expect(core.changes('appointments.appoint')).toEqual([]);
  });

  it('says so when no coordinator was chosen', async () => {
    openWith([], ['koordinator', 'ny']);
    const user = userEvent.setup();
    await screen.findByRole('radio', { name: 'Ola Dahl' });
    await user.click(screen.getByRole('radio', { name: 'Familien hadde ikke noe ønske' }));
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(await screen.findByText('Velg en koordinator.')).toBeTruthy();
    expect(core.changes('appointments.appoint')).toEqual([]);
  });

  it('shows core refusing a second coordinator for the person beside the start date', async () => {
    openWith([], ['koordinator', 'ny']);
    core.failWith = {
      code: 'VALIDATION',
      message: 'Noe må rettes.',
      fields: { startDate: 'validation.personHasCoordinator' },
    };
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Ola Dahl' }));
    await user.click(screen.getByRole('radio', { name: 'Familien hadde ikke noe ønske' }));
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(await screen.findByText(/Personen har allerede en koordinator i denne perioden/)).toBeTruthy();
    expect(messageNextTo(screen.getByLabelText('Startdato'))).toMatch(
      /^Personen har allerede en koordinator/,
    );
  });
});

describe('changing the coordinator', () => {
  it('ends the current one and starts the next in one call, showing the gap as the dates are typed', async () => {
    openWith([kari], ['koordinator', 'bytt']);
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Bytt koordinator' });
    expect(screen.getByRole('heading', { level: 2, name: 'Kari Lie slutter' })).toBeTruthy();
    const end = screen.getByLabelText('Sluttdato');
    await user.clear(end);
    await user.type(end, '20.02.2027');
    await user.selectOptions(screen.getByLabelText('Årsak'), 'familyRequest');
    await user.click(await screen.findByRole('radio', { name: 'Ola Dahl' }));
    await user.click(screen.getByRole('radio', { name: 'Familiens ønske ble fulgt' }));
    const start = screen.getByLabelText('Startdato');
    await user.clear(start);
    await user.type(start, '23.02.2027');
    expect(screen.getByText('Saken blir 3 dager uten koordinator.')).toBeTruthy();
    await user.type(screen.getByLabelText('Dato familien ble informert'), '18.02.2027');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));

    expect(core.changes('appointments.change')).toEqual([
      {
        caseId: CASE_ID,
        appointmentId: 7,
        endDate: '2027-02-20',
        endReason: 'familyRequest',
        endNote: '',
        next: {
          coordinatorId: 4,
          role: 'barnekoordinator',
          startDate: '2027-02-23',
          familyWish: 'followed',
          familyNotifiedDate: '2027-02-18',
          partnersNotifiedDate: null,
        },
      },
    ]);
  });

  it('refuses a next start before the end, and can end with nobody taking over yet', async () => {
    openWith([kari], ['koordinator', 'bytt']);
    const user = userEvent.setup();
    await screen.findByRole('radio', { name: 'Ola Dahl' });
    await user.selectOptions(screen.getByLabelText('Årsak'), 'coordinatorLeft');
    await user.click(screen.getByRole('radio', { name: 'Ola Dahl' }));
    await user.click(screen.getByRole('radio', { name: 'Familien hadde ikke noe ønske' }));
    const start = screen.getByLabelText('Startdato');
    await user.clear(start);
    await user.type(start, '28.02.2027');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(messageNextTo(start)).toBe('Den nye koordinatoren kan ikke starte før den forrige sluttet.');
    expect(core.changes('appointments.change')).toEqual([]);

    await user.click(screen.getByRole('radio', { name: /^Ingen ny koordinator ennå/ }));
    expect(screen.queryByRole('radio', { name: 'Ola Dahl' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(core.changes('appointments.end')).toEqual([
      { caseId: CASE_ID, appointmentId: 7, endDate: '2027-03-01', endReason: 'coordinatorLeft', endNote: '' },
    ]);
  });
});

describe('correcting an appointment', () => {
  it('records the date the partners were told later, keeping the coordinator', async () => {
    openWith([kari], ['koordinator', '7']);
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Endre oppnevning' });
    await user.type(screen.getByLabelText('Dato samarbeidspartnerne ble informert'), '20.01.2027');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(core.changes('appointments.correct')).toEqual([
      {
        caseId: CASE_ID,
        appointmentId: 7,
        role: 'barnekoordinator',
        startDate: '2027-01-15',
        familyWish: 'followed',
        familyNotifiedDate: '2027-01-15',
        partnersNotifiedDate: '2027-01-20',
        endDate: null,
        endReason: null,
        endNote: '',
      },
    ]);
  });

  it('asks before removing an appointment recorded by mistake', async () => {
    openWith([kari], ['koordinator', '7']);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Fjern oppnevningen' }));
    const dialog = screen.getByRole('alertdialog');
    expect(within(dialog).getByText('Vil du fjerne oppnevningen av Kari Lie?')).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Avbryt');
    await user.click(within(dialog).getByRole('button', { name: 'Ja, fjern oppnevningen' }));
    expect(core.changes('appointments.remove')).toEqual([{ caseId: CASE_ID, appointmentId: 7 }]);
  });
});

/** A pool of ten: core's order, the best first; Siri untrained and full, Tor at PPT far down. */
function openPool(appointments: Appointment[], rest: string[]) {
  core = new FakeCore(detailOf(recordOf({ steps: [granted] }), personOf({}), '2027-03-01', appointments));
  core.candidates = [
    candidate(4, 'Ola Dahl', { inCaseServices: true }),
    candidate(6, 'Anne Holm'),
    candidate(8, 'Berit Moe'),
    candidate(9, 'Cato Lund'),
    candidate(10, 'Dina Rud'),
    candidate(11, 'Eva Sand'),
    candidate(12, 'Finn Aas', { capacity: null }),
    candidate(13, 'Tor Nes', { serviceUnitName: 'PPT', position: 'Spesialpedagog' }),
    candidate(5, 'Siri Berg', { training: { state: 'never', validUntil: null }, caseload: 5 }),
    candidate(3, 'Kari Lie', { current: true }),
  ];
  setBridge(core);
  openCasePage(rest);
}

const searchBox = () =>
  screen.getByRole('searchbox', { name: 'Søk etter navn, tjenestested eller stilling' });
const picker = () => screen.getByRole('group', { name: /^Velg koordinator/ });
const names = () =>
  within(picker())
    .getAllByRole('radio')
    .map((r) => (r as HTMLInputElement).labels?.[0]?.textContent);
const countLine = () => within(picker()).getByRole('status').textContent;
/** The warnings about the choice: the one part of the choice read out as it changes. */
const choiceWarningsRegion = () => picker().querySelector<HTMLElement>('[aria-live="polite"]')!;
/** Inside a live region, so read out again whenever anything in it changes. */
const live = (el: Element) => el.closest('[role="status"], [aria-live]') !== null;
const before = (a: Element, b: Element) =>
  !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

describe('the coordinator picker', () => {
  it('comes after the role, the dates and the family fields, with the search before the list', async () => {
    openPool([], ['koordinator', 'ny']);
    await screen.findByRole('radio', { name: 'Ola Dahl' });
    const search = searchBox();
    const firstCandidate = within(picker()).getAllByRole('radio')[0]!;
    for (const field of [
      screen.getByRole('group', { name: 'Rolle' }),
      screen.getByLabelText('Startdato'),
      screen.getByRole('group', { name: 'Ble familiens ønske om koordinator fulgt?' }),
      screen.getByLabelText('Dato familien ble informert'),
      screen.getByLabelText('Dato samarbeidspartnerne ble informert'),
    ])
      expect(before(field, search), field.textContent ?? '').toBe(true);
    expect(before(search, firstCandidate)).toBe(true);
    // Nothing takes the focus as the form opens: the page's heading gets it (the shell's job).
    expect(document.activeElement).toBe(document.body);
  });

  it('shows only the best suggestions at first, and the whole pool on request', async () => {
    openPool([], ['koordinator', 'ny']);
    const user = userEvent.setup();
    await screen.findByRole('radio', { name: 'Ola Dahl' });
    expect(names()).toEqual(['Ola Dahl', 'Anne Holm', 'Berit Moe', 'Cato Lund', 'Dina Rud', 'Eva Sand']);
    expect(countLine()).toBe('6 forslag av 10 aktive koordinatorer');

    await user.click(screen.getByRole('button', { name: 'Vis alle (10)' }));
    expect(names()).toHaveLength(10);
    expect(countLine()).toBe('Viser alle 10 aktive koordinatorer');
    await user.click(screen.getByRole('button', { name: 'Vis bare forslagene' }));
    expect(names()).toHaveLength(6);
  });

  it('filters the whole pool by name, service unit or position as one types, with the count said politely', async () => {
    openPool([], ['koordinator', 'ny']);
    const user = userEvent.setup();
    await screen.findByRole('radio', { name: 'Ola Dahl' });
    const search = searchBox();
    const status = within(picker()).getByRole('status');
    expect(status.tagName).toBe('P');

    await user.type(search, 'ppt');
    expect(names()).toEqual(['Tor Nes']);
    expect(status.textContent).toBe('1 treff');
    await user.clear(search);
    await user.type(search, 'spesialped');
    expect(names()).toEqual(['Tor Nes']);
    await user.clear(search);
    await user.type(search, 'siri');
    expect(names()).toEqual(['Siri Berg']);
    await user.clear(search);
    await user.type(search, 'e');
    expect(status.textContent).toMatch(/^\d+ treff$/);
    expect(screen.queryByRole('button', { name: /^Vis alle/ })).toBeNull();

    // Hostile text is only text: no pattern, no crash, and Enter does not send the form.
    await user.clear(search);
    await user.type(search, '(.*[[{{}]\\ <script>{Enter}');
    expect(status.textContent).toBe('0 treff');
    expect(screen.getByText('Ingen aktive koordinatorer passer med søket.')).toBeTruthy();
    expect(core.changes('appointments.appoint')).toEqual([]);
  });

  it('keeps the chosen coordinator in the list while a search leaves them out', async () => {
    openPool([], ['koordinator', 'ny']);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Ola Dahl' }));
    await user.type(searchBox(), 'ppt');
    expect(names()).toEqual(['Tor Nes', 'Ola Dahl']);
    expect((screen.getByRole('radio', { name: 'Ola Dahl' }) as HTMLInputElement).checked).toBe(true);
  });

  it('warns at once, before any save, when the chosen one is untrained and full', async () => {
    openPool([], ['koordinator', 'ny']);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Ola Dahl' }));
    expect(within(picker()).getByText('Valgt: Ola Dahl, Helsestasjonen')).toBeTruthy();
    const choice = choiceWarningsRegion();
    expect(choice.textContent).toBe('');

    await user.type(searchBox(), 'siri');
    await user.click(screen.getByRole('radio', { name: 'Siri Berg' }));
    // The case page's own texts: Siri's five cases become six, over her capacity of five.
    expect(
      within(choice).getByText('Siri Berg er koordinator i saken, men har ikke gyldig påkrevd opplæring.'),
    ).toBeTruthy();
    expect(within(choice).getByText('Siri Berg har 6 saker, mer enn kapasiteten på 5.')).toBeTruthy();
    expect(core.changes('appointments.appoint')).toEqual([]);

    // The family's wish not followed is said beside the choice too.
    await user.click(screen.getByRole('radio', { name: 'Familiens ønske ble ikke fulgt' }));
    expect(within(choice).getByText(/^Familiens ønske blir ikke fulgt\./)).toBeTruthy();

    // Choosing a trained one with room takes the warnings away.
    await user.clear(searchBox());
    await user.click(screen.getByRole('radio', { name: 'Anne Holm' }));
    expect(within(choice).queryByText(/opplæring|kapasiteten/)).toBeNull();
  });

  it('warns the same way in the change form, with the fields of the one taking over first', async () => {
    openPool([kari], ['koordinator', 'bytt']);
    const user = userEvent.setup();
    await screen.findByRole('radio', { name: 'Ola Dahl' });
    const search = searchBox();
    expect(before(screen.getByLabelText('Startdato'), search)).toBe(true);
    expect(before(screen.getByLabelText('Sluttdato'), search)).toBe(true);
    await user.type(search, 'siri');
    await user.click(screen.getByRole('radio', { name: 'Siri Berg' }));
    expect(
      screen.getByText('Siri Berg er koordinator i saken, men har ikke gyldig påkrevd opplæring.'),
    ).toBeTruthy();
    expect(core.changes('appointments.change')).toEqual([]);
  });

  it('reads out only the count line and the warnings as they change, not the whole choice', async () => {
    openPool([], ['koordinator', 'ny']);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Ola Dahl' }));
    // The count is one short line, said politely; the choice's name is said by the radio itself.
    expect(
      within(picker())
        .getAllByRole('status')
        .map((s) => s.textContent),
    ).toEqual(['6 forslag av 10 aktive koordinatorer']);
    expect(live(within(picker()).getByText('Valgt: Ola Dahl, Helsestasjonen'))).toBe(false);

    await user.type(searchBox(), 'siri');
    await user.click(screen.getByRole('radio', { name: 'Siri Berg' }));
    const warning = within(picker()).getByText(
      'Siri Berg er koordinator i saken, men har ikke gyldig påkrevd opplæring.',
    );
    expect(choiceWarningsRegion().getAttribute('aria-live')).toBe('polite');
    expect(choiceWarningsRegion().contains(warning)).toBe(true);
    expect(live(within(picker()).getByText('Valgt: Siri Berg, Helsestasjonen'))).toBe(false);
  });

  it('says the case warns from the start date when the appointment starts later', async () => {
    openPool([], ['koordinator', 'ny']);
    const user = userEvent.setup();
    await screen.findByRole('radio', { name: 'Ola Dahl' });
    const start = screen.getByLabelText('Startdato');
    await user.clear(start);
    await user.type(start, '01.04.2027');
    await user.type(searchBox(), 'siri');
    await user.click(screen.getByRole('radio', { name: 'Siri Berg' }));
    expect(
      within(choiceWarningsRegion()).getByText('Fra 01.04.2027 vil saken varsle om dette:'),
    ).toBeTruthy();
    expect(within(picker()).queryByText(/^Når du lagrer/)).toBeNull();

    // Starting today, the case warns as soon as it is saved.
    await user.clear(start);
    await user.type(start, '01.03.2027');
    expect(
      within(choiceWarningsRegion()).getByText('Når du lagrer, vil saken varsle om dette:'),
    ).toBeTruthy();
  });

  it('moves the choice with the arrow keys, the list reached by Tab', async () => {
    openPool([], ['koordinator', 'ny']);
    const user = userEvent.setup();
    await screen.findByRole('radio', { name: 'Ola Dahl' });
    searchBox().focus();
    await user.tab(); // "Vis alle (10)"
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Ola Dahl' }));
    await user.keyboard('{ArrowDown}');
    expect((screen.getByRole('radio', { name: 'Anne Holm' }) as HTMLInputElement).checked).toBe(true);
    expect(within(picker()).getByText('Valgt: Anne Holm, Helsestasjonen')).toBeTruthy();
  });
});
