import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';

import { course, coordinator, FakeCore, messageNextTo, openAt } from './fakeCoordinators';

let core: FakeCore;
const list = '#/koordinatorer?opplaering=utlopt';
const formAddress = `#/koordinatorer/5/opplaering?fra=${encodeURIComponent(list)}`;

beforeEach(() => {
  core = new FakeCore();
  core.courses = [
    course(1, { name: 'Grunnopplæring for koordinatorer' }),
    course(2, { name: 'E-læring: Koordinatorrollen', required: false }),
    course(3, { name: 'Gammelt kurs', active: false }),
  ];
  core.addDetail({ coordinator: coordinator(5, { name: 'Kari Nordmann' }) });
});
afterEach(() => setBridge(undefined));

async function openForm() {
  openAt(formAddress, core);
  await screen.findByRole('heading', { level: 1, name: 'Registrer gjennomført kurs' });
  return userEvent.setup();
}

const courseField = () => screen.getByLabelText('Kurs');
const dateField = () => screen.getByRole('textbox', { name: 'Dato gjennomført' });
const save = (user: ReturnType<typeof userEvent.setup>) =>
  user.click(screen.getByRole('button', { name: 'Registrer' }));

describe('recording a completed course', () => {
  it('offers the active courses only, and says which are required', async () => {
    await openForm();
    const options = [...(courseField() as HTMLSelectElement).options].map((o) => o.textContent);
    expect(options).toEqual([
      'Velg kurs',
      'E-læring: Koordinatorrollen',
      'Grunnopplæring for koordinatorer (obligatorisk)',
    ]);
  });

  it('sends the course and the date as ISO, then goes back to the coordinator page', async () => {
    const user = await openForm();
    await user.selectOptions(courseField(), 'Grunnopplæring for koordinatorer (obligatorisk)');
    await user.clear(dateField());
    await user.type(dateField(), '12.03.2026');
    await user.type(screen.getByRole('textbox', { name: 'Merknad' }), 'Tatt hos Statsforvalteren');
    await save(user);

    await waitFor(() => expect(core.sent('training.recordCompletion')).toHaveLength(1));
    expect(core.sent('training.recordCompletion')[0]).toEqual({
      coordinatorId: 5,
      courseId: 1,
      date: '2026-03-12',
      note: 'Tatt hos Statsforvalteren',
    });
    await waitFor(() =>
      expect(window.location.hash).toBe(`#/koordinatorer/5?fra=${encodeURIComponent(list)}`),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Kari Nordmann' })).toBeTruthy();
  });

  it('asks for a course, and refuses a date in the future, before sending anything', async () => {
    const user = await openForm();
    await user.clear(dateField());
    await user.type(dateField(), '01.01.2099');
    await save(user);

    await waitFor(() => expect(messageNextTo(courseField())).toBe('Må fylles ut.'));
    await user.selectOptions(courseField(), 'E-læring: Koordinatorrollen');
    await save(user);
    await waitFor(() => expect(messageNextTo(dateField())).toBe('Datoen kan ikke være frem i tid.'));
    expect(core.sent('training.recordCompletion')).toEqual([]);
  });

  it('shows core’s refusal next to the field it concerns', async () => {
    core.failWith.set('training.recordCompletion', {
      code: 'VALIDATION',
      message: 'Noen felt er ikke riktig fylt ut.',
      fields: { courseId: 'validation.courseRetired' },
    });
    const user = await openForm();
    await user.selectOptions(courseField(), 'E-læring: Koordinatorrollen');
    await save(user);

    await waitFor(() =>
      expect(messageNextTo(courseField())).toBe(
        'Kurset er tatt ut av bruk. Velg et annet kurs, eller ta det i bruk igjen i kurskatalogen.',
      ),
    );
    expect(window.location.hash).toBe(formAddress);
  });
});
