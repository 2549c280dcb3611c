import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import { parseHash } from '@renderer/app/router';
import { TrainingArea } from '@renderer/features/training/TrainingArea';

import { course, daysFromToday, FakeTrainingCore, renderWithQueries, typed } from './fakeTraining';

let core: FakeTrainingCore;

beforeEach(() => {
  core = new FakeTrainingCore();
  setBridge(core);
  window.location.hash = '#/opplaering';
});
afterEach(() => setBridge(undefined));

function openArea(hash = '#/opplaering') {
  renderWithQueries(<TrainingArea route={parseHash(hash)} />);
  return userEvent.setup();
}

const section = (name: string) => screen.findByRole('region', { name });
const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);
const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('the Opplæring overview', () => {
  beforeEach(() => {
    core.courses = [
      course(1, 'Grunnopplæring for koordinatorer'),
      course(2, 'Årlig oppfriskning', {
        type: 'oppfriskning',
        validityMonths: 12,
        provider: 'Statsforvalteren',
      }),
      course(3, 'Eldre e-kurs', { type: 'elaering', validityMonths: null, required: false, active: false }),
      course(4, 'Barnekoordinator i praksis', { type: 'elaering', validityMonths: 1, required: false }),
    ];
    core.sessions = [
      {
        id: 8,
        courseId: 2,
        courseName: 'Årlig oppfriskning',
        courseType: 'oppfriskning',
        date: daysFromToday(20),
        place: 'Rådhuset',
        note: '',
        attendeeIds: [],
        attendeeCount: 0,
      },
      {
        id: 7,
        courseId: 1,
        courseName: 'Grunnopplæring for koordinatorer',
        courseType: 'grunnopplaering',
        date: daysFromToday(-10),
        place: 'Helsestasjonen',
        note: '',
        attendeeIds: [11, 12, 13],
        attendeeCount: 3,
      },
    ];
    core.guidance = [
      {
        id: 4,
        date: daysFromToday(-3),
        topic: 'Samarbeid med skolen',
        note: '',
        coordinatorIds: [13, 11],
        coordinatorNames: ['Åse Berg', 'Kari Nordmann'],
      },
    ];
  });

  it('lists the sessions, marks the planned one, and links each to its form', async () => {
    openArea();
    expect(screen.getByRole('heading', { level: 1, name: 'Opplæring og veiledning' })).toBeTruthy();
    const table = within(await section('Kurssamlinger')).getByRole('table', { name: /^Kurssamlinger/ });
    const [planned, held] = bodyRows(table);

    expect(cells(planned!)).toEqual([
      `${typed(daysFromToday(20))} Planlagt`,
      'Årlig oppfriskning',
      'Rådhuset',
      '0',
      'Rediger',
    ]);
    expect(cells(held!)).toEqual([
      typed(daysFromToday(-10)),
      'Grunnopplæring for koordinatorer',
      'Helsestasjonen',
      '3',
      'Rediger',
    ]);
    const edit = within(held!).getByRole('link', {
      name: `Rediger samlingen Grunnopplæring for koordinatorer ${typed(daysFromToday(-10))}`,
    });
    expect(edit.getAttribute('href')).toBe('#/opplaering/samling/7');
  });

  it('lists guidance with the coordinators’ names in Norwegian order', async () => {
    openArea();
    const table = within(await section('Veiledning')).getByRole('table');
    const [row] = bodyRows(table);
    expect(cells(row!)).toEqual([
      typed(daysFromToday(-3)),
      'Samarbeid med skolen',
      'Kari Nordmann, Åse Berg',
      'Rediger',
    ]);
    expect(within(row!).getByRole('link').getAttribute('href')).toBe('#/opplaering/veiledning/4');
  });

  it('shows the catalogue with type, validity, required and status, courses in use first', async () => {
    openArea();
    const table = await within(await screen.findByRole('region', { name: 'Kurskatalog' })).findByRole(
      'table',
    );
    expect(bodyRows(table).map(cells)).toEqual([
      ['Barnekoordinator i praksis', 'Marker kommune', 'E-læring', '1 måned', 'Nei', 'I bruk', 'Rediger'],
      [
        'Grunnopplæring for koordinatorer',
        'Marker kommune',
        'Grunnopplæring',
        '24 måneder',
        'Ja',
        'I bruk',
        'Rediger',
      ],
      ['Årlig oppfriskning', 'Statsforvalteren', 'Oppfriskning', '12 måneder', 'Ja', 'I bruk', 'Rediger'],
      ['Eldre e-kurs', 'Marker kommune', 'E-læring', 'Går ikke ut', 'Nei', 'Tatt ut av bruk', 'Rediger'],
    ]);
  });

  it('opens the forms from its buttons', async () => {
    const user = openArea();
    await user.click(await screen.findByRole('button', { name: 'Registrer kurssamling' }));
    expect(window.location.hash).toBe('#/opplaering/samling/ny');
    await user.click(screen.getByRole('button', { name: 'Registrer veiledning' }));
    expect(window.location.hash).toBe('#/opplaering/veiledning/ny');
    await user.click(screen.getByRole('button', { name: 'Nytt kurs' }));
    expect(window.location.hash).toBe('#/opplaering/kurs/ny');
  });
});

describe('an empty register', () => {
  it('says in words what to do first', async () => {
    core.courses = [];
    openArea();
    expect(
      await screen.findByText(
        'Ingen kurssamlinger er registrert ennå. Legg først inn et kurs med «Nytt kurs» i kurskatalogen nedenfor.',
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(
        'Ingen veiledning er registrert ennå. Velg «Registrer veiledning» etter et veiledningsmøte med en eller flere koordinatorer.',
      ),
    ).toBeTruthy();
    expect(
      screen.getByText('Kurskatalogen er tom. Legg inn kursene koordinatorene skal ta, med «Nytt kurs».'),
    ).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});

describe('the routes of the area', () => {
  it.each([
    ['#/opplaering/samling/ny', 'Registrer kurssamling'],
    ['#/opplaering/veiledning/ny', 'Registrer veiledning'],
    ['#/opplaering/kurs/ny', 'Nytt kurs'],
    ['#/opplaering/kurs/1', 'Rediger kurs'],
    ['#/opplaering/noe-annet', 'Opplæring og veiledning'],
  ])('%s shows “%s”', async (hash, heading) => {
    openArea(hash);
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeTruthy();
  });

  it('says so when a session does not exist', async () => {
    openArea('#/opplaering/samling/999');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Fant ikke det du ba om. Det kan være slettet eller endret av en annen.',
    );
  });
});
