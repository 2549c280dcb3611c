import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import type { FigureList } from '@shared/api/dashboards';

import { FakeCore, openArea } from './fakeDashboards';

let core: FakeCore;
beforeEach(() => {
  core = new FakeCore();
});
afterEach(() => setBridge(undefined));

const overdue: FigureList = {
  kind: 'cases',
  dashboard: 'deadlines',
  group: 'interimReplies',
  figure: 'overdue',
  period: null,
  detail: 'dueDate',
  rows: [
    {
      caseId: 12,
      caseNumber: '2027-0012',
      personName: 'Kari Nordmann',
      status: 'received',
      coordinatorName: null,
      detail: '2027-02-20',
    },
    {
      caseId: 7,
      caseNumber: '2026-0007',
      personName: 'Ola Hansen',
      status: 'inProgress',
      coordinatorName: 'Siri Koordinator',
      detail: '2027-03-01',
    },
  ],
};

const rowsOf = () =>
  within(screen.getByTestId('figure-rows'))
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    );

describe('the list behind a figure', () => {
  it('names the figure with the number of rows, and shows each case with the figure’s detail', async () => {
    core.lists.set('deadlines/interimReplies/overdue', overdue);
    openArea(core, '#/oversikt/frister/interimReplies/overdue');
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).toBe('Fristen er passert: 2');
    expect(screen.getByText('Frister – Foreløpig svar')).toBeTruthy();
    const headers = within(screen.getByTestId('figure-rows'))
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Saksnummer', 'Navn', 'Saksstatus', 'Koordinator', 'Frist']);
    expect(rowsOf()).toEqual([
      ['2027-0012', 'Kari Nordmann', 'Mottatt', 'Ingen', '20.02.2027'],
      ['2026-0007', 'Ola Hansen', 'Under behandling', 'Siri Koordinator', '01.03.2027'],
    ]);
    expect(screen.getByRole('link', { name: '2027-0012' }).getAttribute('href')).toBe('#/saker/12');
    expect(core.sent('dashboards.figure')).toEqual([
      { dashboard: 'deadlines', group: 'interimReplies', figure: 'overdue' },
    ]);
  });

  it('asks for the period in the address, says it, and goes back to the dashboard with it', async () => {
    core.lists.set('changes/followUp/casesWithTwoOrMore', {
      kind: 'cases',
      dashboard: 'changes',
      group: 'followUp',
      figure: 'casesWithTwoOrMore',
      period: { from: '2026-01-01', to: '2026-12-31' },
      detail: 'changes',
      rows: [
        {
          caseId: 3,
          caseNumber: '2025-0003',
          personName: 'Per Berg',
          status: 'decided',
          coordinatorName: 'Siri Koordinator',
          detail: 3,
        },
      ],
    });
    openArea(core, '#/oversikt/koordinatorbytter/followUp/casesWithTwoOrMore?fra=2026-01-01&til=2026-12-31');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(
      'Saker med to eller flere bytter: 1',
    );
    expect(core.sent('dashboards.figure')).toEqual([
      {
        dashboard: 'changes',
        group: 'followUp',
        figure: 'casesWithTwoOrMore',
        from: '2026-01-01',
        to: '2026-12-31',
      },
    ]);
    expect(screen.getByText('Tallene gjelder perioden 01.01.2026–31.12.2026.')).toBeTruthy();
    expect(rowsOf()).toEqual([['2025-0003', 'Per Berg', 'Vedtak fattet', 'Siri Koordinator', '3']]);
    expect(screen.getByRole('link', { name: 'Tilbake til Koordinatorbytter' }).getAttribute('href')).toBe(
      '#/oversikt/koordinatorbytter?fra=2026-01-01&til=2026-12-31',
    );
  });

  it('shows a plan status in words', async () => {
    core.lists.set('plans/overdue/revisionOverdue', {
      kind: 'cases',
      dashboard: 'plans',
      group: 'overdue',
      figure: 'revisionOverdue',
      period: null,
      detail: 'planStatus',
      rows: [
        {
          caseId: 5,
          caseNumber: '2026-0005',
          personName: 'Eva Li',
          status: 'decided',
          coordinatorName: null,
          detail: 'forEvaluation',
        },
      ],
    });
    openArea(core, '#/oversikt/ip-fremdrift/overdue/revisionOverdue');
    await screen.findByTestId('figure-rows');
    expect(rowsOf()).toEqual([['2026-0005', 'Eva Li', 'Vedtak fattet', 'Ingen', 'Til evaluering']]);
  });

  it('lists coordinators with caseload, capacity and training, each one click from the coordinator', async () => {
    core.lists.set('assignments/capacity/over', {
      kind: 'coordinators',
      dashboard: 'assignments',
      group: 'capacity',
      figure: 'over',
      period: null,
      rows: [
        {
          coordinatorId: 8,
          name: 'Siri Koordinator',
          serviceUnit: 'PPT',
          cases: 9,
          capacity: 6,
          training: 'expired',
        },
        {
          coordinatorId: 2,
          name: 'Anne Aas',
          serviceUnit: 'Helsestasjonen',
          cases: 4,
          capacity: null,
          training: 'trained',
        },
      ],
    });
    openArea(core, '#/oversikt/saksfordeling/capacity/over');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Over kapasiteten: 2');
    expect(rowsOf()).toEqual([
      ['Siri Koordinator', 'PPT', '9', '6', 'Opplæringen er utløpt'],
      ['Anne Aas', 'Helsestasjonen', '4', 'Ikke satt', 'Opplært'],
    ]);
    expect(screen.getByRole('link', { name: 'Siri Koordinator' }).getAttribute('href')).toBe(
      '#/koordinatorer/8',
    );
  });

  it('names a service unit by the label core sends', async () => {
    core.lists.set('assignments/serviceUnits/unit-1', {
      kind: 'cases',
      dashboard: 'assignments',
      group: 'serviceUnits',
      figure: 'unit-1',
      label: 'Helsestasjonen',
      period: null,
      detail: null,
      rows: [
        {
          caseId: 1,
          caseNumber: '2026-0001',
          personName: 'Eva Li',
          status: 'decided',
          coordinatorName: 'Anne Aas',
          detail: null,
        },
      ],
    });
    openArea(core, '#/oversikt/saksfordeling/serviceUnits/unit-1');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Helsestasjonen: 1');
    expect(within(screen.getByTestId('figure-rows')).getAllByRole('columnheader')).toHaveLength(4);
  });

  it('says so when nothing belongs to the figure', async () => {
    core.lists.set('deadlines/youth/turning18', {
      ...overdue,
      group: 'youth',
      figure: 'turning18',
      detail: 'birthday18',
      rows: [],
    });
    openArea(core, '#/oversikt/frister/youth/turning18');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Fyller 18 år snart: 0');
    expect(screen.getByText('Ingen saker hører til dette tallet nå.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says plainly when core knows no such figure', async () => {
    openArea(core, '#/oversikt/frister/interimReplies/nonsense');
    expect((await screen.findByRole('alert')).textContent).toContain('Fant ikke det du ba om');
    expect(screen.getByRole('link', { name: 'Tilbake til Frister' }).getAttribute('href')).toBe(
      '#/oversikt/frister',
    );
  });

  it('asks nothing for a period it cannot read', async () => {
    openArea(core, '#/oversikt/koordinatorbytter/reasons/other?fra=2026-13-01&til=2026-12-31');
    expect(await screen.findByText(/Perioden i adressen kan ikke leses/)).toBeTruthy();
    expect(core.sent('dashboards.figure')).toEqual([]);
  });
});
