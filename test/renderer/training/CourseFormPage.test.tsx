import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import { CourseFormPage } from '@renderer/features/training/CourseFormPage';

import { course, FakeTrainingCore, messageNextTo, renderWithQueries } from './fakeTraining';

let core: FakeTrainingCore;

beforeEach(() => {
  core = new FakeTrainingCore();
  setBridge(core);
  window.location.hash = '#/opplaering/kurs/ny';
});
afterEach(() => setBridge(undefined));

async function openForm(id: number | null = null) {
  renderWithQueries(<CourseFormPage id={id} />);
  await screen.findByLabelText('Navn på kurset');
  return userEvent.setup();
}

const field = {
  name: () => screen.getByLabelText('Navn på kurset'),
  provider: () => screen.getByLabelText(/^Tilbyder/),
  validity: () => screen.getByLabelText(/^Gyldighet i måneder/),
  required: () => screen.getByRole('checkbox', { name: 'Obligatorisk kurs' }) as HTMLInputElement,
  active: () => screen.getByRole('checkbox', { name: 'I bruk' }) as HTMLInputElement,
};
const save = (user: ReturnType<typeof userEvent.setup>) =>
  user.click(screen.getByRole('button', { name: 'Lagre' }));
const validityMessage =
  'Skriv et helt antall måneder fra 1 til 120, eller la feltet stå tomt hvis kurset ikke går ut.';

describe('a course in the catalogue', () => {
  it('asks for a name and a type', async () => {
    const user = await openForm();
    await save(user);
    await waitFor(() => expect(messageNextTo(field.name())).toBe('Må fylles ut.'));
    expect(messageNextTo(screen.getByRole('radio', { name: 'Grunnopplæring' }))).toBe('Må fylles ut.');
    expect(core.sent('training.saveCourse')).toEqual([]);
  });

  it.each(['0', '121', '12,5', 'to år', '1e2'])('refuses %s months, in Norwegian', async (typed) => {
    const user = await openForm();
    await user.type(field.name(), 'Grunnopplæring');
    await user.click(screen.getByRole('radio', { name: 'Grunnopplæring' }));
    await user.type(field.validity(), typed);
    await save(user);

    await waitFor(() => expect(messageNextTo(field.validity())).toBe(validityMessage));
    expect(core.sent('training.saveCourse')).toEqual([]);
  });

  it('explains what a required course means', async () => {
    await openForm();
    expect(field.required().getAttribute('aria-describedby')).toBeTruthy();
    expect(
      screen.getByText(
        'En koordinator som har en gyldig gjennomføring av et obligatorisk kurs, regnes som opplært.',
      ),
    ).toBeTruthy();
  });

  it('saves a course that does not expire when the validity is left empty', async () => {
    const user = await openForm();
    await user.type(field.name(), ' Introduksjon til koordinatorrollen ');
    await user.type(field.provider(), 'KS');
    await user.click(screen.getByRole('radio', { name: 'E-læring' }));
    await save(user);

    await waitFor(() => expect(core.sent('training.saveCourse')).toHaveLength(1));
    expect(core.sent('training.saveCourse')[0]).toEqual({
      name: 'Introduksjon til koordinatorrollen',
      provider: 'KS',
      type: 'elaering',
      validityMonths: null,
      required: false,
      active: true,
    });
    await waitFor(() => expect(window.location.hash).toBe('#/opplaering'));
  });

  it('opens a course from the catalogue, and retires it with its id', async () => {
    core.courses = [course(3, 'Grunnopplæring', { validityMonths: 24, required: true })];
    const user = await openForm(3);
    await waitFor(() => expect((field.name() as HTMLInputElement).value).toBe('Grunnopplæring'));
    expect((field.validity() as HTMLInputElement).value).toBe('24');
    expect((screen.getByRole('radio', { name: 'Grunnopplæring' }) as HTMLInputElement).checked).toBe(true);
    expect(field.required().checked).toBe(true);
    await user.click(field.active());
    await save(user);

    await waitFor(() => expect(core.sent('training.saveCourse')).toHaveLength(1));
    expect(core.sent('training.saveCourse')[0]).toMatchObject({ id: 3, validityMonths: 24, active: false });
  });
});
