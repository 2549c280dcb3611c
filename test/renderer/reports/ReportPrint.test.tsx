import { screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import { parseHash } from '@renderer/app/router';
import { ReportPrint } from '@renderer/features/reports/ReportPrint';

import { renderWithQueries } from '../coordinators/fakeCoordinators';
import { FakeReportsCore } from './fakeReports';

let core: FakeReportsCore;

beforeEach(() => {
  core = new FakeReportsCore();
  setBridge(core);
});
afterEach(() => setBridge(undefined));

describe('the report’s print layout', () => {
  it('prints the period’s report with its heading, threshold, charts and tables, and no confidentiality marking', async () => {
    const { container } = renderWithQueries(
      <ReportPrint route={parseHash('#/print/rapport?fra=2026-04-01&til=2026-06-30')} />,
    );
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Lederrapport for Testvik kommune, 01.04.2026–30.06.2026',
      }),
    ).toBeTruthy();
    expect(core.sent('reports.leadership')).toEqual([{ from: '2026-04-01', to: '2026-06-30' }]);
    expect(screen.getByText(/Rapporten er anonymisert: tall fra 1 til 4 vises som «<5»/)).toBeTruthy();
    // Each table is a section under the report's heading, with its explanation, chart and figures.
    const title = i18next.t('reportTables.applications.title');
    expect(screen.getByRole('heading', { level: 2, name: title })).toBeTruthy();
    expect(screen.getByText(i18next.t('reportTables.applications.explanation'))).toBeTruthy();
    const table = screen.getByRole('table', { name: title });
    expect(within(table).getAllByText('<5')).toHaveLength(2);
    // Charts are drawn as SVG at a width that fits A4.
    const svg = container.querySelector('.report-chart svg.bar-chart');
    expect(svg?.getAttribute('width')).toBe('620');
    expect(screen.queryByText(new RegExp(i18next.t('print.confidential')))).toBeNull();
    // "Tilbake" returns to the same period on screen.
    expect(screen.getByRole('link', { name: i18next.t('print.back') }).getAttribute('href')).toBe(
      '#/rapporter?fra=2026-04-01&til=2026-06-30',
    );
    expect(document.title).toBe('lederrapport-2026-04-01-2026-06-30');
  });

  it('cannot be printed or archived while the report loads, nor when it failed', async () => {
    let release: (() => void) | null = null;
    const answer = core.invoke;
    core.invoke = (async (channel: string, input: Record<string, unknown>) => {
      if (channel === 'reports.leadership') await new Promise<void>((resolve) => (release = resolve));
      return answer(channel as never, input as never);
    }) as typeof core.invoke;
    const { container, unmount } = renderWithQueries(
      <ReportPrint route={parseHash('#/print/rapport?fra=2026-04-01&til=2026-06-30')} />,
    );
    const print = screen.getByRole('button', { name: i18next.t('print.print') });
    await waitFor(() => expect(release).not.toBeNull());
    expect(print.hasAttribute('disabled')).toBe(true);
    expect(container.querySelector('[data-print-ready]')).toBeNull();

    release!();
    await screen.findByRole('heading', { level: 2, name: i18next.t('reportTables.applications.title') });
    expect(print.hasAttribute('disabled')).toBe(false);
    expect(container.querySelector('[data-print-ready="true"]')).not.toBeNull();
    unmount();

    core.invoke = answer;
    core.failWith.set('reports.leadership', { code: 'INTERNAL', message: 'Feil.' });
    const failed = renderWithQueries(
      <ReportPrint route={parseHash('#/print/rapport?fra=2026-04-01&til=2026-06-30')} />,
    );
    await screen.findByRole('alert');
    expect(screen.getByRole('button', { name: i18next.t('print.print') }).hasAttribute('disabled')).toBe(
      true,
    );
    expect(failed.container.querySelector('[data-print-ready]')).toBeNull();
  });
});
