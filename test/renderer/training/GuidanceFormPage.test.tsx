import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import { GuidanceFormPage } from '@renderer/features/training/GuidanceFormPage';

import {
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
  window.location.hash = '#/opplaering/veiledning/ny';
});
afterEach(() => setBridge(undefined));

async function openForm(id: number | null = null) {
  const view = renderWithQueries(<GuidanceFormPage id={id} />);
  await screen.findByText('Koordinatorer', { selector: 'legend' });
  return { user: userEvent.setup(), ...view };
}

const coordinators = () => screen.getByText('Koordinatorer', { selector: 'legend' }).closest('fieldset')!;
const box = (name: string) => within(coordinators()).getByRole('checkbox', { name }) as HTMLInputElement;
const save = (user: ReturnType<typeof userEvent.setup>) =>
  user.click(screen.getByRole('button', { name: 'Lagre' }));

describe('registering guidance', () => {
  it('asks for a topic and at least one coordinator, and saves nothing', async () => {
    const { user } = await openForm();
    await save(user);

    await waitFor(() => expect(messageNextTo(screen.getByLabelText('Tema'))).toBe('Må fylles ut.'));
    expect(messageNextTo(box('Kari Nordmann'))).toBe('Velg en koordinator.');
    expect(box('Kari Nordmann').getAttribute('aria-invalid')).toBe('true');
    expect(core.sent('training.saveGuidance')).toEqual([]);
  });

  it('saves the date, topic and the coordinators ticked, and tells the coordinator screens', async () => {
    const { user, queryClient } = await openForm();
    queryClient.setQueryData(['coordinators.get', 12], { stale: false });
    await user.type(screen.getByLabelText('Tema'), 'Samarbeid med skolen');
    await user.type(within(coordinators()).getByRole('searchbox'), 'ppt');
    await user.click(screen.getByRole('button', { name: 'Velg alle som vises' }));
    expect(screen.getByText('2 valgt')).toBeTruthy();
    await save(user);

    await waitFor(() => expect(core.sent('training.saveGuidance')).toHaveLength(1));
    expect(core.sent('training.saveGuidance')[0]).toEqual({
      date: today,
      topic: 'Samarbeid med skolen',
      note: '',
      coordinatorIds: [12, 13],
    });
    await waitFor(() => expect(window.location.hash).toBe('#/opplaering'));
    expect(queryClient.getQueryState(['coordinators.get', 12])?.isInvalidated).toBe(true);
  });

  it('opens existing guidance with its coordinators ticked and saves it with its id', async () => {
    core.guidance = [
      {
        id: 4,
        date: daysFromToday(-3),
        topic: 'Vanskelige samtaler',
        note: 'Gjennomgang av to situasjoner.',
        coordinatorIds: [11, 15],
        coordinatorNames: ['Kari Nordmann', 'Nils Gammel'],
      },
    ];
    const { user } = await openForm(4);
    expect((screen.getByLabelText(/^Dato/) as HTMLInputElement).value).toBe(typed(daysFromToday(-3)));
    expect(box('Kari Nordmann').checked).toBe(true);
    expect(box('Nils Gammel').checked).toBe(true);
    await user.click(box('Nils Gammel'));
    await save(user);

    await waitFor(() => expect(core.sent('training.saveGuidance')).toHaveLength(1));
    expect(core.sent('training.saveGuidance')[0]).toMatchObject({ id: 4, coordinatorIds: [11] });
  });
});
