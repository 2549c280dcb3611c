import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import { appointmentRoles, endReasons } from '@shared/domain/coordination';
import { trainingStates } from '@shared/domain/training';

import { completion, coordinator, coordinatorCase, FakeCore, openAt } from './fakeCoordinators';

let core: FakeCore;
const list = '#/koordinatorer?q=kari';
const pageAddress = `#/koordinatorer/5?fra=${encodeURIComponent(list)}`;

beforeEach(() => {
  core = new FakeCore();
  core.addDetail({
    coordinator: coordinator(5, {
      name: 'Kari Nordmann',
      serviceUnitName: 'PPT',
      position: 'Spesialpedagog',
      phone: '912 34 567',
      email: 'kari.nordmann@kommune.no',
      capacity: 2,
      caseload: 3,
      training: { state: 'expiresSoon', validUntil: '2026-12-01' },
    }),
    cases: [
      coordinatorCase(1, {
        caseId: 41,
        caseNumber: '2025-0041',
        personName: 'Ola Hansen',
        startDate: '2025-03-01',
        endDate: '2025-11-30',
        endReason: 'familyRequest',
        running: false,
      }),
      coordinatorCase(2, {
        caseId: 52,
        caseNumber: '2026-0052',
        personName: 'Emma Berg',
        role: 'barnekoordinator',
        startDate: '2026-02-01',
      }),
    ],
    completions: [
      completion(11, { courseName: 'Oppfriskningskurs', date: '2026-03-12', validUntil: null, sessionId: 8 }),
      completion(10, {
        courseName: 'E-læring: Koordinatorrollen',
        date: '2024-12-01',
        validUntil: '2026-12-01',
      }),
    ],
    guidance: [{ id: 3, date: '2026-04-20', topic: 'Samarbeid med skolen' }],
  });
});
afterEach(() => setBridge(undefined));

const section = (name: string) => screen.getByRole('region', { name });

describe('the coordinator page', () => {
  it('shows the record, the caseload against the capacity and the training status in words', async () => {
    openAt(pageAddress, core);
    expect(await screen.findByRole('heading', { level: 1, name: 'Kari Nordmann' })).toBeTruthy();
    const facts = screen.getByRole('heading', { level: 1 }).closest('.page')!.querySelector('dl')!;
    expect(within(facts).getByText('PPT')).toBeTruthy();
    expect(within(facts).getByText('912 34 567')).toBeTruthy();
    expect(within(facts).getByText('2 saker')).toBeTruthy();
    expect(within(facts).getByText('3 av 2 saker')).toBeTruthy();
    expect(within(facts).getByText('Over kapasitet')).toBeTruthy();
    expect(within(facts).getByText('Opplæringen går ut 01.12.2026')).toBeTruthy();
  });

  it('leads back to the case it was opened from, and that case back to its list', async () => {
    const casePage = `#/saker/12?fra=${encodeURIComponent('#/saker?status=open')}`;
    openAt(`#/koordinatorer/5?fra=${encodeURIComponent(casePage)}`, core);
    await screen.findByRole('heading', { level: 1, name: 'Kari Nordmann' });
    expect(screen.getByRole('link', { name: 'Tilbake til saken' }).getAttribute('href')).toBe(casePage);
    expect(screen.queryByRole('link', { name: /^Tilbake til koordinator/ })).toBeNull();
  });

  it('lists the running cases first, each linking to the case, with role, period and end reason', async () => {
    openAt(pageAddress, core);
    await screen.findByRole('heading', { level: 1, name: 'Kari Nordmann' });
    const rows = within(section('Saker')).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['2026-0052', 'Emma Berg', 'Barnekoordinator', 'fra 01.02.2026', '', 'Pågår'],
      [
        '2025-0041',
        'Ola Hansen',
        'Koordinator',
        '01.03.2025–30.11.2025',
        'Familien ønsket bytte',
        'Avsluttet',
      ],
    ]);
    expect(screen.getByRole('link', { name: '2026-0052' }).getAttribute('href')).toBe('#/saker/52');
  });

  it('shows the training history: valid until, a session or a single record', async () => {
    openAt(pageAddress, core);
    await screen.findByRole('heading', { level: 1, name: 'Kari Nordmann' });
    const training = section('Opplæring');
    const rows = within(training).getAllByRole('row').slice(1);
    expect(within(rows[0]!).getByText('Går ikke ut')).toBeTruthy();
    expect(
      within(rows[0]!)
        .getByRole('link', { name: 'Kurssamling: «Oppfriskningskurs» (12.03.2026)' })
        .getAttribute('href'),
    ).toBe('#/opplaering/samling/8');
    // A completion from a session is changed on the session, not here.
    expect(within(rows[0]!).queryByRole('button')).toBeNull();
    expect(within(rows[1]!).getByText('01.12.2026')).toBeTruthy();
    expect(within(rows[1]!).getByText('Enkeltregistrering')).toBeTruthy();
    expect(
      within(training).getByRole('link', { name: 'Registrer gjennomført kurs' }).getAttribute('href'),
    ).toBe(`#/koordinatorer/5/opplaering?fra=${encodeURIComponent(list)}`);
  });

  it('shows the guidance given, with date and topic', async () => {
    openAt(pageAddress, core);
    await screen.findByRole('heading', { level: 1, name: 'Kari Nordmann' });
    const row = within(section('Veiledning')).getAllByRole('row')[1]!;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['20.04.2026', 'Samarbeid med skolen']);
  });

  it('leads back to the filtered list and on to the edit form, keeping the way back', async () => {
    openAt(pageAddress, core);
    await screen.findByRole('heading', { level: 1, name: 'Kari Nordmann' });
    expect(screen.getByRole('link', { name: 'Tilbake til koordinatorer' }).getAttribute('href')).toBe(list);
    expect(screen.getByRole('link', { name: 'Rediger' }).getAttribute('href')).toBe(
      `#/koordinatorer/5/endre?fra=${encodeURIComponent(list)}`,
    );
  });

  it('has words for every role, end reason and training status core can send', () => {
    const keys = [
      ...appointmentRoles.map((r) => `coordinators.role.${r}`),
      ...endReasons.map((r) => `coordinators.endReason.${r}`),
      ...trainingStates.map((s) => `coordinators.trainingTag.${s}`),
      ...trainingStates.map((s) => `coordinators.trainingWords.${s}`),
    ];
    expect(keys.filter((key) => !i18next.exists(key))).toEqual([]);
  });

  it('ignores a way back that is neither the coordinator list nor a case', async () => {
    openAt(`#/koordinatorer/5?fra=${encodeURIComponent('#/saker/3/../../rapporter')}`, core);
    await screen.findByRole('heading', { level: 1, name: 'Kari Nordmann' });
    expect(screen.getByRole('link', { name: 'Tilbake til koordinatorer' }).getAttribute('href')).toBe(
      '#/koordinatorer',
    );
  });
});

describe('removing a completion recorded by mistake', () => {
  const removeButton = () =>
    screen.getByRole('button', { name: 'Fjern «E-læring: Koordinatorrollen» (01.12.2024)' });

  it('asks first, and removes nothing when the user cancels', async () => {
    openAt(pageAddress, core);
    await screen.findByRole('heading', { level: 1, name: 'Kari Nordmann' });
    const user = userEvent.setup();
    await user.click(removeButton());

    const question = screen.getByRole('alertdialog');
    expect(question.textContent).toContain(
      'Fjerne «E-læring: Koordinatorrollen» (01.12.2024) fra opplæringen til koordinatoren?',
    );
    // Focus starts on "Avbryt": an Enter out of habit removes nothing.
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Avbryt' }));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(core.sent('training.removeCompletion')).toEqual([]);
  });

  it('removes it once confirmed, and the page shows the history without it', async () => {
    openAt(pageAddress, core);
    await screen.findByRole('heading', { level: 1, name: 'Kari Nordmann' });
    const user = userEvent.setup();
    await user.click(removeButton());
    await user.click(screen.getByRole('button', { name: 'Ja, fjern' }));

    await waitFor(() => expect(core.sent('training.removeCompletion')).toEqual([{ id: 10 }]));
    expect(await screen.findByText('«E-læring: Koordinatorrollen» (01.12.2024) er fjernet.')).toBeTruthy();
    expect(within(section('Opplæring')).queryByText('E-læring: Koordinatorrollen')).toBeNull();
  });

  it('shows core’s reason when it refuses', async () => {
    core.failWith.set('training.removeCompletion', {
      code: 'VALIDATION',
      message: 'Noen felt er ikke riktig fylt ut.',
      fields: { id: 'validation.completionFromSession' },
    });
    openAt(pageAddress, core);
    await screen.findByRole('heading', { level: 1, name: 'Kari Nordmann' });
    const user = userEvent.setup();
    await user.click(removeButton());
    await user.click(screen.getByRole('button', { name: 'Ja, fjern' }));

    expect(
      await screen.findByText('Gjennomføringen er registrert på en kurssamling. Endre den på samlingen.'),
    ).toBeTruthy();
  });
});
