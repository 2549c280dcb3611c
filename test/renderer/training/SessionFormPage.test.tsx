import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import { SessionFormPage } from '@renderer/features/training/SessionFormPage';

import {
  coordinator,
  course,
  daysFromToday,
  FakeTrainingCore,
  messageNextTo,
  renderWithQueries,
  today,
  typed,
} from './fakeTraining';

let core: FakeTrainingCore;

beforeEach(() => {
  core = new FakeTrainingCore();
  setBridge(core);
  window.location.hash = '#/opplaering/samling/ny';
});
afterEach(() => setBridge(undefined));

async function openForm(id: number | null = null) {
  const view = renderWithQueries(<SessionFormPage id={id} />);
  await screen.findByText('Deltakere', { selector: 'legend' });
  return { user: userEvent.setup(), ...view };
}

// Found by the legend, and rows by their label's text: role and label queries weigh every element
// against every label, which in jsdom takes minutes for a pool of a thousand.
const attendees = () => screen.getByText('Deltakere', { selector: 'legend' }).closest('fieldset')!;
/** The coordinators' checkboxes (not "Vis bare valgte" above them). */
const rows = () => [...attendees().querySelectorAll<HTMLInputElement>('.picker-list input[type="checkbox"]')];
function box(name: string): HTMLInputElement {
  const label = within(attendees()).getByText(name, { selector: 'label' }) as HTMLLabelElement;
  return document.getElementById(label.htmlFor) as HTMLInputElement;
}
const filter = () => within(attendees()).getByRole('searchbox');
const save = (user: ReturnType<typeof userEvent.setup>) =>
  user.click(screen.getByRole('button', { name: 'Lagre' }));

describe('registering a training session', () => {
  it('offers the active courses and the active coordinators, sorted in Norwegian order', async () => {
    core.courses = [course(1, 'Grunnopplæring'), course(2, 'Gammelt kurs', { active: false })];
    await openForm();

    const options = within(screen.getByLabelText('Kurs')).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Velg kurs', 'Grunnopplæring']);
    const names = rows().map((c) => c.labels?.[0]?.textContent);
    expect(names).toEqual(['Kari Nordmann', 'Ola Hansen', 'Per Ås', 'Åse Berg']);
  });

  it('sends one save with the course, the date and the three attendees ticked, then goes back to the overview', async () => {
    const { user } = await openForm();
    await user.type(screen.getByLabelText('Sted'), 'Kommunestyresalen');
    await user.click(box('Kari Nordmann'));
    await user.click(box('Ola Hansen'));
    await user.click(box('Åse Berg'));
    expect(screen.getByText('3 valgt')).toBeTruthy();
    await save(user);

    await waitFor(() => expect(core.sent('training.saveSession')).toHaveLength(1));
    expect(core.sent('training.saveSession')[0]).toEqual({
      courseId: 1,
      date: today,
      place: 'Kommunestyresalen',
      note: '',
      attendeeIds: [11, 12, 13],
    });
    await waitFor(() => expect(window.location.hash).toBe('#/opplaering'));
  });

  it('keeps the ticks of coordinators the filter hides, and saves them', async () => {
    const { user } = await openForm();
    await user.click(box('Kari Nordmann'));
    await user.type(filter(), 'ppt');

    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(screen.getByText('1 valgt')).toBeTruthy();
    expect(screen.getByText('(1 av dem vises ikke nå)')).toBeTruthy();
    await user.click(box('Ola Hansen'));
    await user.clear(filter());

    await waitFor(() => expect(rows()).toHaveLength(4));
    expect(box('Kari Nordmann').checked).toBe(true);
    expect(box('Ola Hansen').checked).toBe(true);
    await save(user);
    await waitFor(() => expect(core.sent('training.saveSession')).toHaveLength(1));
    expect(core.sent('training.saveSession')[0]!.attendeeIds).toEqual([11, 12]);
  });

  it('filters on the service unit too, and can tick everyone shown at once', async () => {
    const { user } = await openForm();
    await user.type(filter(), 'hjemme');
    await waitFor(() => expect(rows()).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Velg alle som vises' }));
    expect(box('Per Ås').checked).toBe(true);
    expect(screen.getByText('1 valgt')).toBeTruthy();
  });

  it('does not save the form when Enter is pressed in the filter', async () => {
    const { user } = await openForm();
    await user.type(filter(), 'Kari{Enter}');
    expect(core.sent('training.saveSession')).toEqual([]);
  });

  it('shows core’s refusal of the attendees beside the list', async () => {
    core.failWith = {
      code: 'VALIDATION',
      message: 'Noen felt er ikke riktig fylt ut.',
      fields: { attendeeIds: 'validation.attendanceInFuture' },
    };
    const { user } = await openForm();
    await user.click(box('Kari Nordmann'));
    await save(user);

    await waitFor(() =>
      expect(messageNextTo(box('Kari Nordmann'))).toBe(
        'Kurset er ikke holdt ennå. Registrer deltakerne når det er holdt.',
      ),
    );
    expect(screen.getByRole('alert').textContent).toBe(
      'Noen felt er ikke riktig fylt ut. Se meldingene ved feltene.',
    );
    expect(window.location.hash).toBe('#/opplaering/samling/ny');
  });

  it('says that a planned session gets its attendees once held, and refuses ticks on one', async () => {
    const { user } = await openForm();
    const date = screen.getByLabelText('Dato');
    await user.clear(date);
    await user.type(date, typed(daysFromToday(14)));

    expect(
      within(attendees()).getByText(
        'Samlingen er planlagt. Deltakerne registreres når samlingen er holdt: åpne den igjen da, og kryss av for dem som var med.',
      ),
    ).toBeTruthy();
    await user.click(box('Kari Nordmann'));
    await save(user);
    await waitFor(() =>
      expect(messageNextTo(box('Kari Nordmann'))).toBe(
        'Kurset er ikke holdt ennå. Registrer deltakerne når det er holdt.',
      ),
    );
    expect(core.sent('training.saveSession')).toEqual([]);

    await user.click(box('Kari Nordmann'));
    await save(user);
    await waitFor(() => expect(core.sent('training.saveSession')).toHaveLength(1));
    expect(core.sent('training.saveSession')[0]).toMatchObject({ date: daysFromToday(14), attendeeIds: [] });
  });

  it('asks for a course and a readable date', async () => {
    core.courses = [course(1, 'Grunnopplæring'), course(2, 'Oppfriskning', { type: 'oppfriskning' })];
    const { user } = await openForm();
    const date = screen.getByLabelText('Dato');
    await user.clear(date);
    await user.type(date, '31.02.2026');
    await save(user);

    await waitFor(() => expect(messageNextTo(screen.getByLabelText('Kurs'))).toBe('Må fylles ut.'));
    expect(messageNextTo(date)).toBe('Datoen finnes ikke: februar 2026 har 28 dager.');
    expect(core.sent('training.saveSession')).toEqual([]);
  });
});

describe('the attendee list by keyboard', () => {
  it('reaches the checkboxes with Tab from the top of the form and ticks with Space', async () => {
    const { user } = await openForm();
    screen.getByLabelText('Kurs').focus();
    // Kurs, Dato, its calendar button, Sted, Notat, the filter, "Vis bare valgte", then the first coordinator.
    for (let i = 0; i < 7; i += 1) await user.tab();
    expect(document.activeElement).toBe(
      screen.getByRole('checkbox', { name: 'Kari Nordmann', description: 'Helsestasjonen' }),
    );
    await user.keyboard(' ');
    await user.tab();
    expect(document.activeElement).toBe(box('Ola Hansen'));
    await user.keyboard(' ');

    expect(screen.getByText('2 valgt')).toBeTruthy();
    expect(box('Kari Nordmann').checked).toBe(true);
  });

  it('announces the count politely as ticks change', async () => {
    const { user } = await openForm();
    await user.click(box('Per Ås'));
    const count = screen.getByText('1 valgt').closest('[aria-live]');
    expect(count?.getAttribute('aria-live')).toBe('polite');
  });
});

describe('a pool of a thousand coordinators', () => {
  it('filters down to one and keeps every tick made before', async () => {
    core.coordinators = Array.from({ length: 1000 }, (_, i) =>
      coordinator(1000 + i, `Koordinator ${String(i).padStart(4, '0')}`, {
        serviceUnitName: i % 2 ? 'PPT' : 'Skolen',
      }),
    );
    const { user } = await openForm();
    expect(rows()).toHaveLength(1000);
    await user.click(box('Koordinator 0001'));
    await user.click(box('Koordinator 0500'));
    await user.type(filter(), '0999');

    await waitFor(() => expect(rows()).toHaveLength(1));
    await user.click(box('Koordinator 0999'));
    expect(screen.getByText('3 valgt')).toBeTruthy();
    await save(user);
    await waitFor(() => expect(core.sent('training.saveSession')).toHaveLength(1));
    expect(core.sent('training.saveSession')[0]!.attendeeIds).toEqual([1001, 1500, 1999]);
  }, 30_000);
});

describe('correcting a session', () => {
  beforeEach(() => {
    core.courses = [course(1, 'Grunnopplæring'), course(2, 'Gammelt kurs', { active: false })];
    core.sessions = [
      {
        id: 5,
        courseId: 2,
        courseName: 'Gammelt kurs',
        courseType: 'grunnopplaering',
        date: daysFromToday(-30),
        place: 'Rådhuset',
        note: '',
        attendeeIds: [11, 15],
        attendeeCount: 2,
      },
    ];
    window.location.hash = '#/opplaering/samling/5';
  });

  it('shows the session’s own retired course and its inactive attendee, ticked', async () => {
    await openForm(5);
    expect((screen.getByLabelText('Kurs') as HTMLSelectElement).value).toBe('2');
    expect(screen.getByRole('option', { name: 'Gammelt kurs (tatt ut av bruk)' })).toBeTruthy();
    expect(box('Nils Gammel').checked).toBe(true);
    expect(screen.getByText('Helsestasjonen · ikke lenger aktiv')).toBeTruthy();
    expect(screen.getByText('2 valgt')).toBeTruthy();
  });

  it('saves with its id', async () => {
    const { user } = await openForm(5);
    await user.click(box('Ola Hansen'));
    await save(user);
    await waitFor(() => expect(core.sent('training.saveSession')).toHaveLength(1));
    expect(core.sent('training.saveSession')[0]).toMatchObject({
      id: 5,
      courseId: 2,
      attendeeIds: [11, 15, 12],
    });
  });

  it('deletes the session only after the question is confirmed', async () => {
    const { user } = await openForm(5);
    await user.click(screen.getByRole('button', { name: 'Slett samlingen' }));

    const dialog = screen.getByRole('alertdialog');
    expect(
      within(dialog).getByText(`Vil du slette kurssamlingen Gammelt kurs ${typed(daysFromToday(-30))}?`),
    ).toBeTruthy();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Avbryt' }));
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(core.sent('training.removeSession')).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Slett samlingen' }));
    await user.click(screen.getByRole('button', { name: 'Ja, slett samlingen' }));
    await waitFor(() => expect(core.sent('training.removeSession')).toEqual([{ id: 5 }]));
    await waitFor(() => expect(window.location.hash).toBe('#/opplaering'));
  });
});
