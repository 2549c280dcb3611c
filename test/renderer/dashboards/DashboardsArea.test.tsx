import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import { dashboardGroups, dashboardKeys, type DashboardKey } from '@shared/api/dashboards';

import { FakeCore, fakeDashboard, openArea } from './fakeDashboards';

const segments: Record<DashboardKey, string> = {
  deadlines: 'frister',
  training: 'opplaering',
  assignments: 'saksfordeling',
  changes: 'koordinatorbytter',
  plans: 'ip-fremdrift',
};
const titles: Record<DashboardKey, string> = {
  deadlines: 'Frister',
  training: 'Opplæringsstatus',
  assignments: 'Saksfordeling',
  changes: 'Koordinatorbytter',
  plans: 'IP-fremdrift',
};

let core: FakeCore;
beforeEach(() => {
  core = new FakeCore();
});
afterEach(() => setBridge(undefined));

/** The table of one group, found by its (hidden) caption, which is the group's heading. */
const groupTable = (title: string) => screen.getByRole('table', { name: title });
/** Each row of a group's table as [figure, count]. */
function tableFigures(title: string): string[][] {
  return within(groupTable(title))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [
      within(row).getByRole('rowheader').textContent ?? '',
      within(row).getByRole('cell').textContent ?? '',
    ]);
}

describe('the Oversikt area', () => {
  it('opens on Frister, marked as the current tab, with the five dashboards as links', async () => {
    openArea(core, '#/oversikt');
    await screen.findByRole('heading', { level: 2, name: 'Frister' });
    const nav = screen.getByRole('navigation', { name: 'Oversikter' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(Object.values(titles));
    expect(within(nav).getByRole('link', { name: 'Frister' }).getAttribute('aria-current')).toBe('page');
    expect(links.filter((l) => l.getAttribute('aria-current') !== null)).toHaveLength(1);
    expect(core.sent('dashboards.get')).toEqual([{ dashboard: 'deadlines' }]);
    expect(await screen.findByText('Tallene gjelder i dag, 10.03.2027.')).toBeTruthy();
  });

  it.each(dashboardKeys)(
    'renders every group of %s as a heading, a chart and a table of its figures',
    async (key) => {
      openArea(core, `#/oversikt/${segments[key]}`);
      await screen.findByRole('heading', { level: 2, name: titles[key] });
      const dashboard = fakeDashboard(key, null);
      const sections = await screen.findAllByRole('region');
      for (const group of dashboard.groups) {
        const heading = screen.getByRole('heading', { level: 3, name: groupTitleOf(sections, group.key) });
        const section = heading.closest('section')!;
        // The chart is SVG, hidden from screen readers: the table is the accessible version.
        const chart = section.querySelector('.dashboard-chart');
        expect(chart?.getAttribute('aria-hidden')).toBe('true');
        expect(chart?.querySelector('svg')).not.toBeNull();
        const rows = tableFigures(heading.textContent ?? '');
        expect(rows.map(([, count]) => count)).toEqual(group.figures.map((f) => String(f.value)));
        expect(rows.every(([label = '']) => label !== '' && !label.includes('dashboards.'))).toBe(true);
      }
      // Every group of the contract is on screen, in the contract's order.
      expect(sections.map((s) => s.dataset.testid).filter((id) => id?.startsWith('group-'))).toEqual(
        Object.keys(dashboardGroups[key]).map((g) => `group-${g}`),
      );
    },
  );

  it('names the figures in plain Norwegian and explains what each group counts', async () => {
    openArea(core, '#/oversikt/frister');
    await screen.findByRole('heading', { level: 3, name: 'Foreløpig svar' });
    expect(tableFigures('Foreløpig svar').map(([label]) => label)).toEqual([
      'Fristen er passert',
      'Fristen er snart',
      'Fristen er senere',
    ]);
    expect(screen.getByText(/Åpne saker der foreløpig svar skal sendes og ikke er sendt/)).toBeTruthy();
  });

  it('links each count to the list behind it', async () => {
    openArea(core, '#/oversikt/frister');
    await screen.findByRole('table', { name: 'Foreløpig svar' });
    const link = within(groupTable('Foreløpig svar')).getByRole('link', { name: '1: Fristen er passert' });
    expect(link.getAttribute('href')).toBe('#/oversikt/frister/interimReplies/overdue');
  });

  it('shows service units by the names core gives them', async () => {
    openArea(core, '#/oversikt/saksfordeling');
    await screen.findByRole('table', { name: 'Saker per tjenestested' });
    expect(tableFigures('Saker per tjenestested')).toEqual([
      ['Helsestasjonen', '7'],
      ['PPT', '0'],
    ]);
    expect(screen.getByRole('link', { name: '7: Helsestasjonen' }).getAttribute('href')).toBe(
      '#/oversikt/saksfordeling/serviceUnits/unit-1',
    );
  });

  it('carries the period core counted into every figure link', async () => {
    openArea(core, '#/oversikt/koordinatorbytter');
    await screen.findByRole('table', { name: 'Bytter etter årsak' });
    expect(core.sent('dashboards.get')).toEqual([{ dashboard: 'changes' }]);
    expect(screen.getByText('Tallene gjelder perioden 11.03.2026–10.03.2027.')).toBeTruthy();
    const link = screen.getByRole('link', { name: '1: Koordinatoren sluttet' });
    expect(link.getAttribute('href')).toBe(
      '#/oversikt/koordinatorbytter/reasons/coordinatorLeft?fra=2026-03-11&til=2027-03-10',
    );
  });

  it('asks for the period in the address and keeps it on the links and the tab to IP-fremdrift', async () => {
    openArea(core, '#/oversikt/ip-fremdrift?fra=2026-01-01&til=2026-06-30');
    await screen.findByRole('table', { name: 'Mål' });
    expect(core.sent('dashboards.get')).toEqual([
      { dashboard: 'plans', from: '2026-01-01', to: '2026-06-30' },
    ]);
    expect(screen.getByRole('link', { name: '11: Mål nådd i perioden' }).getAttribute('href')).toBe(
      '#/oversikt/ip-fremdrift/goals/achievedInPeriod?fra=2026-01-01&til=2026-06-30',
    );
    const nav = screen.getByRole('navigation', { name: 'Oversikter' });
    expect(within(nav).getByRole('link', { name: 'Koordinatorbytter' }).getAttribute('href')).toBe(
      '#/oversikt/koordinatorbytter?fra=2026-01-01&til=2026-06-30',
    );
    expect(within(nav).getByRole('link', { name: 'Frister' }).getAttribute('href')).toBe(
      '#/oversikt/frister',
    );
  });

  it('shows the next training sessions, each one click from Opplæring', async () => {
    openArea(core, '#/oversikt/opplaering');
    const table = await screen.findByRole('table', { name: 'Neste opplæringssamlinger' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['06.04.2027', 'Grunnkurs for koordinatorer', '12'],
      ['18.05.2027', 'Barnekoordinator i praksis', '3'],
    ]);
    expect(within(table).getByRole('link', { name: '06.04.2027' }).getAttribute('href')).toBe(
      '#/opplaering/samling/4',
    );
    expect(screen.getByRole('link', { name: 'Gå til Opplæring' }).getAttribute('href')).toBe('#/opplaering');
  });
});

describe('a leder', () => {
  it('sees the same figures as plain counts, with no link to any list and no way to names', async () => {
    openArea(core, '#/oversikt/frister', 'leder');
    await screen.findByRole('table', { name: 'Foreløpig svar' });
    expect(screen.getByTestId('counts-only').textContent).toContain('bare tallene');
    expect(tableFigures('Foreløpig svar').map(([, count]) => count)).toEqual(['1', '2', '3']);
    const main = screen.getByRole('heading', { level: 2, name: 'Frister' }).closest('section')!;
    const links = within(main)
      .getAllByRole('link')
      .filter((l) => !l.closest('nav'));
    expect(links).toEqual([]);
  });

  it('sees a small count as "<5" and one kept back as "skjult", with the rule said once', async () => {
    core.adjust = (d) => ({
      ...d,
      threshold: 5,
      groups: d.groups.map((g, i) =>
        i > 0
          ? g
          : {
              ...g,
              figures: g.figures.map((f, j) =>
                j === 0
                  ? { ...f, value: null, hidden: 'small' as const }
                  : j === 1
                    ? { ...f, value: null, hidden: 'hidden' as const }
                    : f,
              ),
            },
      ),
    });
    openArea(core, '#/oversikt/frister', 'leder');
    await screen.findByRole('table', { name: 'Foreløpig svar' });
    expect(tableFigures('Foreløpig svar').map(([, count]) => count)).toEqual([
      '<5skjult, under 5',
      'skjult',
      '3',
    ]);
    expect(screen.getByTestId('suppression-note').textContent).toContain('«<5»');
  });

  it('sees the sessions without links to Opplæring', async () => {
    openArea(core, '#/oversikt/opplaering', 'leder');
    const table = await screen.findByRole('table', { name: 'Neste opplæringssamlinger' });
    expect(within(table).queryAllByRole('link')).toEqual([]);
    expect(screen.queryByRole('link', { name: 'Gå til Opplæring' })).toBeNull();
  });

  it('who types the address of a list gets the dashboard, and the list is never asked for', async () => {
    openArea(core, '#/oversikt/frister/interimReplies/overdue', 'leder');
    await screen.findByRole('table', { name: 'Foreløpig svar' });
    expect(screen.getByText(/Listene bak tallene viser navn/)).toBeTruthy();
    expect(core.sent('dashboards.figure')).toEqual([]);
  });
});

/** The group heading whose section holds the group's test id. */
function groupTitleOf(sections: HTMLElement[], group: string): string {
  const section = sections.find((s) => s.dataset.testid === `group-${group}`);
  if (!section) throw new Error(`no section for ${group}`);
  return within(section).getByRole('heading', { level: 3 }).textContent ?? '';
}
