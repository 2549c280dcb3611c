import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import type { PlanSummary } from '@shared/api/plans';
import type { CaseStep, Closing, Decision, Right } from '@shared/domain/case';

import { CASE_ID, detailOf, FakeCore, openCasePage, personOf, recordOf } from '../casePage/fakeCase';

const recorded = { recordedBy: 'kari.ke', recordedAt: '2027-01-10T10:00:00.000Z' };
const decision = (outcome: Decision['outcome']): Decision => ({
  ...recorded,
  id: 31,
  kind: 'decision',
  right: 'individuellPlan',
  outcome,
  reasons: '',
  legalBasis: '',
  decisionDate: '2027-01-10',
  notifiedDate: '2027-01-11',
});
const closing: Closing = {
  ...recorded,
  id: 40,
  kind: 'closing',
  date: '2027-02-15',
  reason: 'needEnded',
  note: '',
};
const summary: PlanSummary = {
  status: 'active',
  progress: { goals: 2, goalsAchieved: 1, measures: 2, measuresDone: 1, percent: 50 },
  nextRevisionDate: '2027-09-01',
  warnings: [
    { kind: 'fewMeetings', params: { count: 1, minimum: 2 } },
    { kind: 'planConsentMissing', params: { type: 'informationSharing' } },
  ],
};

afterEach(() => setBridge(undefined));

function openWith({
  rights = ['individuellPlan'],
  steps = [],
  plan = null,
}: {
  rights?: Right[];
  steps?: CaseStep[];
  plan?: PlanSummary | null;
}) {
  const record = recordOf({ rightsRequested: rights, steps });
  setBridge(new FakeCore(detailOf(record, personOf(), '2027-03-01', [], plan)));
  openCasePage();
}

const section = async () =>
  (await screen.findByRole('heading', { level: 2, name: 'Individuell plan' })).closest('section')!;

describe('the individual plan on the case page', () => {
  it('offers to start the plan once the right is granted on an open case', async () => {
    openWith({ steps: [decision('granted')] });
    const plan = await section();
    expect(within(plan).getByText(/innvilget, men planen er ikke registrert ennå/)).toBeTruthy();
    const start = within(plan).getByRole('link', { name: 'Start individuell plan' });
    expect(start.getAttribute('href')).toBe(`#/planer/${CASE_ID}/endre`);
  });

  it('offers it after a partly granted right too', async () => {
    openWith({ steps: [decision('partlyGranted')] });
    expect(within(await section()).getByRole('link', { name: 'Start individuell plan' })).toBeTruthy();
  });

  it('explains that a plan waits for the decision while the right is only asked for', async () => {
    openWith({});
    const plan = await section();
    expect(
      within(plan).getByText(/kan registreres når retten til individuell plan er innvilget/),
    ).toBeTruthy();
    expect(within(plan).queryByRole('link')).toBeNull();
  });

  it('offers no plan after a refusal', async () => {
    openWith({ steps: [decision('refused')] });
    expect(within(await section()).queryByRole('link', { name: 'Start individuell plan' })).toBeNull();
  });

  it('offers no new plan on a closed case', async () => {
    openWith({ steps: [decision('granted'), closing] });
    const plan = await section();
    expect(within(plan).getByText('Det er ikke registrert noen individuell plan i saken.')).toBeTruthy();
    expect(within(plan).queryByRole('link')).toBeNull();
  });

  it('sums up a started plan: status, progress, next revision and what needs follow-up', async () => {
    openWith({ steps: [decision('granted')], plan: summary });
    const plan = await section();
    expect(within(plan).getByText('Aktiv')).toBeTruthy();
    expect(within(plan).getByText('1 av 2 mål nådd (50 %) · 1 av 2 tiltak gjennomført')).toBeTruthy();
    expect(within(plan).getByText('01.09.2027')).toBeTruthy();
    expect(
      within(plan).getByText('Ansvarsgruppen har hatt 1 møte de siste 12 månedene, men skulle hatt minst 2.'),
    ).toBeTruthy();
    expect(
      within(plan).getByText(
        'Det er ikke registrert samtykke til deling av opplysninger, som planen bygger på.',
      ),
    ).toBeTruthy();
    expect(within(plan).getByRole('link', { name: 'Åpne planen' }).getAttribute('href')).toBe(
      `#/planer/${CASE_ID}`,
    );
    expect(within(plan).queryByRole('link', { name: 'Start individuell plan' })).toBeNull();
  });

  it('shows no revision ahead for a closed plan', async () => {
    openWith({ steps: [decision('granted')], plan: { ...summary, status: 'closed', warnings: [] } });
    const plan = await section();
    expect(within(plan).getByText('Avsluttet')).toBeTruthy();
    expect(within(plan).queryByText('01.09.2027')).toBeNull();
    expect(within(plan).getByText('1 av 2 mål nådd (50 %) · 1 av 2 tiltak gjennomført')).toBeTruthy();
  });

  it('is not shown on a case that never asked for an individual plan', async () => {
    openWith({ rights: ['barnekoordinator'] });
    await screen.findByRole('heading', { level: 2, name: 'Koordinator' });
    expect(screen.queryByRole('heading', { level: 2, name: 'Individuell plan' })).toBeNull();
  });
});
