import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';

import {
  CASE_ID,
  detailOf,
  FakeCore,
  goalOf,
  measureOf,
  mother,
  openPlanPage,
  planOf,
  type PlanParts,
} from './fakePlan';

let core: FakeCore;
afterEach(() => setBridge(undefined));

function openWith(parts: PlanParts, segments: string[] = []) {
  core = new FakeCore(detailOf(parts));
  setBridge(core);
  return openPlanPage(segments);
}

/** One goal achieved, one running with an overdue measure, one not started with a cancelled one. */
const threeGoals = [
  goalOf(1, {
    text: 'Gå på skolen hver dag',
    status: 'achieved',
    achievedDate: '2027-02-20',
    measures: [measureOf(11, 1, { text: 'Skoleskyss', status: 'done' })],
  }),
  goalOf(2, {
    text: 'Sove hele natten',
    area: 'dailyLiving',
    measures: [
      measureOf(21, 2, { text: 'Søvnkartlegging', dueDate: '2027-02-15', status: 'inProgress' }),
      measureOf(22, 2, { text: 'Avlastning', serviceUnitId: null, serviceUnitName: null }),
    ],
  }),
  goalOf(3, {
    text: 'Svømme med klassen',
    area: 'leisure',
    status: 'notStarted',
    measures: [measureOf(31, 3, { text: 'Svømmekurs', status: 'cancelled' })],
  }),
];

const sevenPoints = {
  goalsResourcesNeeds: 'Side 2',
  participants: '',
  coordinator: '',
  contributions: '',
  measures: '',
  implementation: '',
  periodRevision: '',
};

describe('the plan page', () => {
  it('shows the status, progress, dates, consents and warnings of a plan due for evaluation', async () => {
    openWith({ plan: planOf({ nextRevisionDate: '2027-03-15' }), goals: threeGoals, covered: sevenPoints });
    await screen.findByRole('heading', { level: 1, name: 'Individuell plan' });
    expect(screen.getByText('Sak 2027-0012 · Ola Nordmann')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Tilbake til saken' }).getAttribute('href')).toBe(
      `#/saker/${CASE_ID}`,
    );
    // Revision on 15.03 is within the 30 days' notice of 01.03.
    expect(screen.getByText('Til evaluering')).toBeTruthy();
    // The cancelled measure does not count; no goal is discontinued.
    expect(screen.getByText('1 av 3 mål nådd (33 %) · 1 av 3 tiltak gjennomført')).toBeTruthy();
    expect(screen.getByText('01.02.2027 – 31.01.2028')).toBeTruthy();
    expect(screen.getByText('15.03.2027')).toBeTruthy();
    expect(screen.getByText('SamPro: SP-2027-44')).toBeTruthy();

    const warnings = screen.getByRole('heading', { name: 'Dette må følges opp' })
      .nextElementSibling as HTMLElement;
    const sentences = within(warnings)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    // The wording is the case page's (case.warning.*); the facts in it are the plan's.
    expect(sentences).toHaveLength(2);
    expect(sentences[0]).toMatch(/tiltak.*15\.02\.2027/);
    expect(sentences[1]).toMatch(/samtykke til deling av opplysninger/);

    const consents = screen.getByRole('region', { name: 'Samtykker planen bygger på' });
    const [plan, sharing] = within(consents).getAllByRole('listitem');
    expect(within(plan!).getByText('Gyldig')).toBeTruthy();
    expect(within(plan!).getByText('Gitt 12.01.2027 av Kari Nordmann')).toBeTruthy();
    expect(within(sharing!).getByText('Mangler')).toBeTruthy();
    expect(
      within(consents).getByRole('link', { name: 'Registrer samtykke i saken' }).getAttribute('href'),
    ).toBe(`#/saker/${CASE_ID}/samtykke`);
  });

  it('says plainly which of the nine points are missing', async () => {
    openWith({ covered: sevenPoints });
    const points = await screen.findByRole('region', { name: 'Ni punkter i planen' });
    expect(within(points).getByText('Planen mangler 2 av de ni punktene:')).toBeTruthy();
    const missing = within(points).getByText('Planen mangler 2 av de ni punktene:').nextElementSibling!;
    expect([...missing.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Samtykke',
      'Samarbeid med andre tjenester',
    ]);
    expect(within(points).getByText(': Side 2', { exact: false })).toBeTruthy();
  });

  it('does not warn about missing points in a closed plan, but still shows the checklist', async () => {
    openWith({ plan: planOf({ closedDate: '2027-02-20' }), covered: sevenPoints });
    await screen.findAllByText('Avsluttet');
    const points = await screen.findByRole('region', { name: 'Ni punkter i planen' });
    expect(within(points).queryByText(/Planen mangler/)).toBeNull();
    expect(within(points).queryByText(/Ingen av de ni punktene/)).toBeNull();
    expect(within(points).getAllByText('Mangler')).toHaveLength(2);
    expect(within(points).getAllByText('Dekket')).toHaveLength(7);
  });

  it('shows no revision or meeting ahead for a closed plan, and when it closed', async () => {
    openWith({ plan: planOf({ closedDate: '2027-02-20', closedNote: 'Målene er nådd' }) });
    expect(await screen.findByText('20.02.2027: Målene er nådd')).toBeTruthy();
    expect(screen.queryByText('Neste revisjon')).toBeNull();
    expect(screen.queryByText('Neste møte')).toBeNull();
    expect(screen.getByText('Siste evaluering')).toBeTruthy();
  });

  it('says in one sentence that no point is ticked yet, instead of listing all nine twice', async () => {
    openWith({});
    const points = await screen.findByRole('region', { name: 'Ni punkter i planen' });
    expect(
      within(points).getByText('Ingen av de ni punktene forskriften krever, er krysset av som dekket ennå.'),
    ).toBeTruthy();
    expect(within(points).getAllByText('Mangler')).toHaveLength(9);
  });

  it('shows only the choice for a plan the family does not want', async () => {
    openWith({ plan: planOf({ wanted: false }) });
    await screen.findByText('Familien ønsker ikke individuell plan.', { exact: false });
    expect(screen.getByText('Ikke ønsket')).toBeTruthy();
    expect(screen.queryByText('Fremdrift')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Ni punkter i planen' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Mål og tiltak' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Endre planen' })).toBeTruthy();
  });

  it('shows goals in order with their measures, marking the one past its due date', async () => {
    openWith({ goals: threeGoals });
    const goals = await screen.findByRole('region', { name: 'Mål og tiltak' });
    const headings = within(goals).getAllByRole('heading', { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual([
      'Gå på skolen hver dag Nådd',
      'Sove hele natten Pågår',
      'Svømme med klassen Ikke startet',
    ]);
    const overdue = within(goals).getByText('Søvnkartlegging').closest('li')!;
    expect(within(overdue).getByText('Forfalt')).toBeTruthy();
    expect(within(overdue).getByText('15.02.2027')).toBeTruthy();
    const noUnit = within(goals).getByText('Avlastning').closest('li')!;
    expect(within(noUnit).getByText('Ingen tjeneste angitt')).toBeTruthy();
    expect(within(noUnit).queryByText('Forfalt')).toBeNull();
    expect(within(goals).getByText('Svømmekurs').closest('li')!.textContent).toContain('Avbrutt');
  });

  it('marks no measure overdue under a goal achieved or discontinued, as the warnings do', async () => {
    openWith({
      goals: [
        goalOf(1, {
          status: 'achieved',
          achievedDate: '2027-02-20',
          measures: [measureOf(11, 1, { text: 'Skoleskyss', dueDate: '2027-02-10' })],
        }),
        goalOf(2, {
          status: 'discontinued',
          measures: [measureOf(21, 2, { text: 'Svømmekurs', dueDate: '2027-02-10', status: 'inProgress' })],
        }),
      ],
    });
    const goals = await screen.findByRole('region', { name: 'Mål og tiltak' });
    expect(within(goals).getByText('Skoleskyss').closest('li')!.textContent).toContain('Planlagt');
    expect(within(goals).queryByText('Forfalt')).toBeNull();
    expect(screen.queryByText(/har passert fristen/)).toBeNull();
  });

  it('marks no measure overdue in a closed plan, as the warnings do', async () => {
    openWith({ plan: planOf({ closedDate: '2027-02-20' }), goals: threeGoals });
    const goals = await screen.findByRole('region', { name: 'Mål og tiltak' });
    expect(within(goals).getByText('Søvnkartlegging')).toBeTruthy();
    expect(within(goals).queryByText('Forfalt')).toBeNull();
  });

  it('moves a goal with buttons named after it, the first without "up" and the last without "down"', async () => {
    openWith({ goals: threeGoals });
    const user = userEvent.setup();
    await screen.findByRole('region', { name: 'Mål og tiltak' });
    expect(screen.queryByRole('button', { name: 'Flytt opp målet «Gå på skolen hver dag»' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Flytt ned målet «Svømme med klassen»' })).toBeNull();
    core.after = detailOf({ goals: [threeGoals[1]!, threeGoals[0]!, threeGoals[2]!] });
    await user.click(screen.getByRole('button', { name: 'Flytt ned målet «Gå på skolen hver dag»' }));
    // Drawn again in its new place, the goal keeps the focus on the button pressed.
    const down = await screen.findByRole('button', { name: 'Flytt ned målet «Gå på skolen hver dag»' });
    await waitFor(() => expect(document.activeElement).toBe(down));
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings[1]).toMatch(/^Gå på skolen hver dag/);
    core.after = null;
    await user.click(screen.getByRole('button', { name: 'Flytt opp målet «Svømme med klassen»' }));
    expect(core.changes('plans.moveGoal')).toEqual([
      { caseId: CASE_ID, goalId: 1, direction: 'down' },
      { caseId: CASE_ID, goalId: 3, direction: 'up' },
    ]);
  });

  it('moves a measure within its goal', async () => {
    openWith({ goals: threeGoals });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Flytt ned tiltaket «Søvnkartlegging»' }));
    expect(screen.queryByRole('button', { name: /Flytt (opp|ned) tiltaket «Skoleskyss»/ })).toBeNull();
    expect(core.changes('plans.moveMeasure')).toEqual([
      { caseId: CASE_ID, measureId: 21, direction: 'down' },
    ]);
  });

  it('asks before removing a goal, with the focus on cancel, and removes it once confirmed', async () => {
    openWith({ goals: threeGoals });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Fjern målet «Sove hele natten»' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Vil du fjerne målet «Sove hele natten»?' });
    expect(
      within(dialog).getByText('Målet og de 2 tiltakene under det blir fjernet fra registeret.'),
    ).toBeTruthy();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(core.changes('plans.removeGoal')).toEqual([]);
    core.after = detailOf({ goals: [threeGoals[0]!, threeGoals[2]!] });
    await user.click(within(dialog).getByRole('button', { name: 'Fjern målet' }));
    expect(core.changes('plans.removeGoal')).toEqual([{ caseId: CASE_ID, goalId: 2 }]);
    // The entry and its question are gone: the focus is on the section's heading, not lost.
    await waitFor(() => expect(screen.queryByText('Sove hele natten')).toBeNull());
    const heading = screen.getByRole('heading', { level: 2, name: 'Mål og tiltak' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('gives the focus back to the button that asked when removing a goal is cancelled', async () => {
    openWith({ goals: threeGoals });
    const user = userEvent.setup();
    const opener = await screen.findByRole('button', { name: 'Fjern målet «Sove hele natten»' });
    await user.click(opener);
    const dialog = screen.getByRole('alertdialog', { name: 'Vil du fjerne målet «Sove hele natten»?' });
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(core.changes('plans.removeGoal')).toEqual([]);
    expect(document.activeElement).toBe(opener);
  });

  it('offers to start a plan when the right is granted and no plan exists', async () => {
    openWith({ plan: null });
    await screen.findByText('Det er ikke startet noen individuell plan i denne saken.');
    expect(screen.getByText('Retten til individuell plan ble innvilget 10.01.2027.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Start individuell plan' }).getAttribute('href')).toBe(
      `#/planer/${CASE_ID}/endre`,
    );
    expect(screen.queryByRole('region', { name: 'Mål og tiltak' })).toBeNull();
  });

  it('explains why no plan can be started when the right is not granted', async () => {
    openWith({ plan: null, steps: [] });
    await screen.findByText(/Det er ikke registrert noe slikt vedtak/);
    expect(screen.queryByRole('link', { name: 'Start individuell plan' })).toBeNull();
  });

  it('shows a closed case read only: no buttons, no ways to change', async () => {
    openWith({ goals: threeGoals, caseClosed: true, covered: sevenPoints });
    await screen.findByText('Saken er avsluttet. Planen kan leses, men ikke endres.');
    expect(screen.getByRole('region', { name: 'Mål og tiltak' })).toBeTruthy();
    expect(screen.queryAllByRole('button')).toEqual([]);
    const links = screen.getAllByRole('link').map((a) => a.textContent);
    expect(links).toEqual(['Tilbake til saken']);
  });

  it('shows an anonymised case calmly: the notice, where the plan stood, no emptied parts, no ways to change', async () => {
    const emptied = threeGoals.map((g) => ({
      ...g,
      text: '',
      measures: g.measures.map((m) => ({ ...m, text: '' })),
    }));
    openWith({
      goals: emptied,
      members: [{ ...mother, name: '', role: '' }],
      caseClosed: true,
      anonymisedAt: '2026-07-01T08:00:00.000Z',
    });
    await screen.findByText(/Saken ble anonymisert 01\.07\.2026 etter slettefristen/);
    expect(screen.getByText(/Saken kan ikke endres eller gjenåpnes/)).toBeTruthy();
    expect(screen.queryByText('Saken er avsluttet. Planen kan leses, men ikke endres.')).toBeNull();
    expect(screen.getByText('Status')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Mål og tiltak' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Ansvarsgruppe' })).toBeNull();
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual(['Tilbake til saken']);
  });

  it.each([[['endre']], [['mal', 'ny']], [['mal', '1']], [['medlem', 'ny']]])(
    'refuses the form %j of an anonymised case with its notice',
    async (segments) => {
      openWith({ goals: threeGoals, caseClosed: true, anonymisedAt: '2026-07-01T08:00:00.000Z' }, segments);
      await screen.findByText(/Saken ble anonymisert 01\.07\.2026/);
      expect(screen.queryByRole('button', { name: 'Lagre' })).toBeNull();
      expect(screen.queryByRole('textbox')).toBeNull();
    },
  );

  it('refuses a form of a closed case', async () => {
    openWith({ goals: threeGoals, caseClosed: true }, ['mal', 'ny']);
    await screen.findByText('Saken er avsluttet. Planen kan leses, men ikke endres.');
    expect(screen.queryByRole('button', { name: 'Lagre' })).toBeNull();
  });
});
