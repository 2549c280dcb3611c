import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { setBridge } from '@renderer/api/client';
import { parseHash } from '@renderer/app/router';
import { PrintRoute } from '@renderer/features/print/PrintRoute';

import { renderWithQueries } from '../coordinators/fakeCoordinators';
import { FakeReportsCore } from '../reports/fakeReports';

// The report's layout is a chunk that cannot be fetched (a file gone after an update).
vi.mock('@renderer/features/reports/ReportPrint', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

beforeEach(() => {
  setBridge(new FakeReportsCore());
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  setBridge(undefined);
  vi.restoreAllMocks();
});

describe('a print layout whose code could not be fetched', () => {
  it('says so on a page of its own and is never marked ready, so nothing is archived', async () => {
    const { container } = renderWithQueries(
      <PrintRoute
        route={parseHash('#/print/rapport?fra=2026-04-01&til=2026-06-30')}
        user={{ id: 2, username: 'lise', displayName: 'Lise Leder', role: 'leder' }}
      />,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Kunne ikke laste siden.');
    expect(alert.closest('main')?.id).toBe('main');
    expect(container.querySelector('[data-print-ready]')).toBeNull();
  });
});
