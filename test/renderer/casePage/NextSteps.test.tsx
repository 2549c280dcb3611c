import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import { nextStepHref } from '@renderer/features/cases/casePage/overview/nextStepLinks';
import type { CaseStep, Decision, Right } from '@shared/domain/case';
import { coordinationOverview, type Appointment, type CoordinatorFacts } from '@shared/domain/coordination';
import { defaultCoordinationRules } from '@shared/domain/coordinationRules';

import { detailOf, FakeCore, LIST, openCasePage, personOf, recordOf } from './fakeCase';

afterEach(() => setBridge(undefined));

const TODAY = '2027-04-10';
const fra = `fra=${encodeURIComponent(LIST)}`;

const decided = (id: number, right: Decision['right']): Decision => ({
  id,
  kind: 'decision',
  right,
  outcome: 'granted',
  reasons: '',
  legalBasis: '',
  decisionDate: '2027-02-10',
  notifiedDate: '2027-02-11',
  recordedBy: 'kari.ke',
  recordedAt: '2027-02-10T10:00:00.000Z',
});

const appointed = (
  id: number,
  coordinatorId: number,
  name: string,
  more: Partial<Appointment>,
): Appointment => ({
  id,
  caseId: 12,
  coordinatorId,
  coordinatorName: name,
  serviceUnitName: 'PPT',
  role: 'barnekoordinator',
  startDate: '2027-02-15',
  familyWish: 'noWish',
  familyNotifiedDate: '2027-02-15',
  partnersNotifiedDate: '2027-02-15',
  endDate: null,
  endReason: null,
  endNote: '',
  recordedBy: 'kari.ke',
  recordedAt: '2027-02-15T10:00:00.000Z',
  ...more,
});

const recorded = { recordedBy: 'kari.ke', recordedAt: '2027-01-10T10:00:00.000Z' };

/** Mapped with the child, consent given, assessed and granted, and the family sent the decisions. */
function workedThrough(rights: Right[]): CaseStep[] {
  return [
    {
      id: 21,
      kind: 'mapping',
      date: '2027-01-10',
      form: 'homeVisit',
      participants: '',
      childParticipated: true,
      childViews: '',
      ...recorded,
    },
    {
      id: 22,
      kind: 'consent',
      type: 'process',
      givenBy: 'guardian',
      givenByName: 'Kari Nordmann',
      date: '2027-01-10',
      validUntil: null,
      scope: '',
      withdrawnDate: null,
      ...recorded,
    },
    ...rights.map((right, i): CaseStep => ({
      id: 23 + i,
      kind: 'assessment',
      right,
      date: '2027-02-10',
      conditions: [],
      ...recorded,
    })),
    ...rights.map((right, i) => decided(31 + i, right)),
  ];
}

/**
 * The case the new user found: barnekoordinator and individual plan granted and sent; Siri Berg
 * took over from Per Hansen on 1 April without the family being told, and has no valid training;
 * no plan is recorded.
 */
function foundCase() {
  const record = recordOf({
    rightsRequested: ['barnekoordinator', 'individuellPlan'],
    steps: workedThrough(['barnekoordinator', 'individuellPlan']),
  });
  const appointments = [
    appointed(41, 5, 'Per Hansen', { endDate: '2027-04-01', endReason: 'coordinatorLeft' }),
    appointed(42, 6, 'Siri Berg', {
      startDate: '2027-04-01',
      familyNotifiedDate: null,
      partnersNotifiedDate: null,
    }),
  ];
  const facts = new Map<number, CoordinatorFacts>([
    [6, { training: { state: 'never', validUntil: null }, caseload: 3, capacity: null }],
  ]);
  const detail = detailOf(record, personOf(), TODAY, appointments);
  return {
    ...detail,
    coordination: coordinationOverview(record, appointments, facts, defaultCoordinationRules, TODAY),
  };
}

describe('Neste steg on the case overview', () => {
  it('lists what the warnings ask for in the case the new user found, instead of "nothing waits"', async () => {
    setBridge(new FakeCore(foundCase()));
    openCasePage();

    const next = await screen.findByRole('region', { name: 'Neste steg' });
    expect(within(next).queryByText(/Ingen steg venter/)).toBeNull();
    // The warnings the page shows are still there, beside the steps that answer them.
    expect(
      screen.getByText('Siri Berg er koordinator i saken, men har ikke gyldig påkrevd opplæring.'),
    ).toBeTruthy();
    expect(
      screen.getByText('Det er ikke registrert at familien ble informert da Siri Berg tok over 01.04.2027.'),
    ).toBeTruthy();

    const first = within(next).getByRole('link', {
      name: 'Informer familien om at Siri Berg er ny koordinator, og registrer datoen',
    });
    expect(first.getAttribute('href')).toBe(`#/saker/12/koordinator/42?${fra}`);

    const more = within(next).getByRole('list', { name: 'Dette venter også:' });
    const links = within(more).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      [
        'Sørg for at Siri Berg får påkrevd opplæring, eller oppnevn en annen koordinator',
        `#/koordinatorer/6?fra=${encodeURIComponent(`#/saker/12?${fra}`)}`,
      ],
      ['Start arbeidet med individuell plan', '#/planer/12/endre'],
    ]);
  });

  it('says that nothing waits only when nothing does', async () => {
    const record = recordOf({ steps: workedThrough(['barnekoordinator']) });
    const appointments = [appointed(41, 5, 'Per Hansen', {})];
    const detail = detailOf(record, personOf(), TODAY, appointments);
    setBridge(new FakeCore(detail));
    openCasePage();

    const next = await screen.findByRole('region', { name: 'Neste steg' });
    expect(within(next).getByText(/Ingen steg venter akkurat nå/)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Må følges opp' })).toBeNull();
  });

  it('asks to send a decision the family has not been told of, even while another right waits', async () => {
    const unsent = { ...decided(32, 'individuellPlan'), notifiedDate: null };
    const record = recordOf({
      rightsRequested: ['barnekoordinator', 'individuellPlan'],
      steps: [unsent],
    });
    setBridge(new FakeCore(detailOf(record, personOf(), TODAY)));
    openCasePage();

    const next = await screen.findByRole('region', { name: 'Neste steg' });
    const link = within(next).getByRole('link', {
      name: 'Send vedtaket om individuell plan til familien, og registrer når de fikk det',
    });
    expect(link.getAttribute('href')).toBe(`#/saker/12/vedtak/32?${fra}`);
  });
});

describe('Neste steg in a closed case', () => {
  const closing: CaseStep = {
    id: 40,
    kind: 'closing',
    date: '2027-03-01',
    reason: 'needEnded',
    note: '',
    ...recorded,
  };

  it('asks to reopen the case first, and says what waits once it is reopened, without links core refuses', async () => {
    const unsent = { ...decided(31, 'barnekoordinator'), notifiedDate: null };
    const record = recordOf({ steps: [unsent, closing] });
    setBridge(new FakeCore(detailOf(record, personOf(), TODAY)));
    openCasePage();

    const next = await screen.findByRole('region', { name: 'Neste steg' });
    const first = within(next).getAllByRole('link')[0]!;
    expect(first.textContent).toBe('Gjenåpne saken');
    expect(first.getAttribute('href')).toBe(`#/saker/12/gjenapning?${fra}`);
    const waiting = within(next).getByRole('list', {
      name: 'Saken er avsluttet. Når den er gjenåpnet, venter dette:',
    });
    expect(within(waiting).getByRole('listitem').textContent).toBe(
      'Send vedtaket om barnekoordinator til familien, og registrer når de fikk det',
    );
    expect(within(waiting).queryAllByRole('link')).toEqual([]);
  });

  it('says that nothing waits when nothing does', async () => {
    const record = recordOf({ steps: [...workedThrough(['barnekoordinator']), closing] });
    setBridge(new FakeCore(detailOf(record, personOf(), TODAY)));
    openCasePage();

    const next = await screen.findByRole('region', { name: 'Neste steg' });
    expect(within(next).getByText(/Ingen steg venter akkurat nå/)).toBeTruthy();
    expect(within(next).queryByRole('link', { name: 'Gjenåpne saken' })).toBeNull();
    expect(within(next).getByRole('link', { name: 'Gjenåpning' })).toBeTruthy();
  });
});

describe('where each step of the plan leads', () => {
  it('opens the plan form, the new meeting, or the plan page at its goals and measures', () => {
    const detail = detailOf(recordOf({ steps: workedThrough(['individuellPlan']) }), personOf(), TODAY);
    const hrefs = (
      ['startPlan', 'revisePlan', 'evaluatePlan', 'planMeeting', 'followUpMeasures'] as const
    ).map((kind) => [kind, nextStepHref(detail, { kind }, LIST)]);
    expect(hrefs).toEqual([
      ['startPlan', '#/planer/12/endre'],
      ['revisePlan', '#/planer/12/endre'],
      ['evaluatePlan', '#/planer/12/endre'],
      ['planMeeting', '#/planer/12/mote/ny'],
      // The plan page has no `mal` page: the goals are a section of it.
      ['followUpMeasures', '#/planer/12?vis=mal'],
    ]);
  });
});
