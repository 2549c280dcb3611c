import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import { CheckStep } from '@renderer/features/imports/CheckStep';
import type { ImportReport, ImportTarget, RowReport } from '@shared/api/imports';

import { counts, FakeCore, FILE_ID } from './fakeImports';

let core: FakeCore;
beforeEach(() => {
  core = new FakeCore();
  setBridge(core);
});
afterEach(() => setBridge(undefined));

const field = (key: string) => i18next.t(`importRows.field.${key.replaceAll('.', '_')}`);

function row(n: number, change: Partial<RowReport> = {}): RowReport {
  return {
    row: n,
    outcome: 'create',
    title: `Rad ${n}`,
    person: null,
    problems: [],
    notes: [],
    preview: { cells: [{ label: 'Navn', value: `Navn ${n}` }] },
    ...change,
  };
}

/** Step 5 alone, core answering the dry run with `report`. */
async function check(target: ImportTarget, report: ImportReport) {
  core.report = report;
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <CheckStep
        spec={{ fileId: FILE_ID, sheet: 0, headerRow: 1, target, columns: [], values: [] }}
        dataRows={report.rows.length}
        focusHeading={false}
        onBack={() => undefined}
        onCancel={() => undefined}
        onNext={() => undefined}
      />
    </QueryClientProvider>,
  );
  return screen.findByTestId('import-report');
}

describe('the check step', () => {
  it('names the field a problem is about where the field has a label, and gives the text alone where not', async () => {
    await check('cases', {
      counts: counts({ rows: 1, create: 0, error: 1 }),
      notices: [],
      rows: [
        row(2, {
          outcome: 'error',
          problems: [
            { field: 'person.nationalId', key: 'validation.nationalIdChecksum' },
            // Core's own check of a closing step, its field under the import field it came from.
            { field: 'case.closedDate.date', key: 'validation.beforeReceived' },
            // A field of a decision core checked on its own: no label in the import's words.
            { field: 'decisionDate', key: 'validation.beforeReceived' },
          ],
        }),
      ],
    });
    const problems = within(screen.getByTestId('import-row-2'))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(problems).toEqual([
      `Feil: ${field('person.nationalId')}: Kontrollsifrene stemmer ikke. Sjekk nummeret.`,
      `Feil: ${field('case.closedDate')}: Datoen kan ikke være før saken ble mottatt.`,
      'Feil: Datoen kan ikke være før saken ble mottatt.',
    ]);
  });

  it('says what a joined row is for each target, and leaves out the person for coordinators', async () => {
    const table = await check('coordinators', {
      counts: counts({ rows: 2, create: 1, join: 1, error: 0 }),
      notices: [],
      rows: [row(2), row(3, { outcome: 'join' })],
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Rad', 'Gjelder', 'Utfall', 'Feil og merknader']);
    expect(
      within(screen.getByTestId('import-row-3')).getByText('Legges til koordinator som finnes'),
    ).toBeTruthy();
    expect(screen.getByText('Legges til koordinator som finnes (nye kurs)')).toBeTruthy();
  });

  it('keeps the person column for cases, and counts the rows with errors against all', async () => {
    const table = await check('cases', {
      counts: counts({ rows: 3, create: 2, join: 0, error: 1 }),
      notices: [],
      rows: [row(2, { person: { kind: 'new' } }), row(3, { outcome: 'error' }), row(4)],
    });
    expect(within(table).getByRole('columnheader', { name: 'Person' })).toBeTruthy();
    expect(screen.getByText('Legges til en person som finnes')).toBeTruthy();
    expect(screen.getByTestId('import-report-count').textContent).toBe('Viser 3 av 3 rader.');
    await userEvent.setup().click(screen.getByRole('switch', { name: 'Vis bare rader med feil' }));
    await waitFor(() =>
      expect(screen.getByTestId('import-report-count').textContent).toBe('Viser 1 rad med feil av 3.'),
    );
  });
});
