import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import { ImportWizard } from '@renderer/features/imports/ImportWizard';

import { caseLayout, FakeCore, FILE_ID, importFile, messageNextTo, openApp, PATH } from './fakeImports';

let core: FakeCore;

beforeEach(() => {
  core = new FakeCore();
});
afterEach(() => setBridge(undefined));

const WIZARD = '#/innstillinger/import/ny';
const field = (label: string) => i18next.t(`importRows.field.${label.replaceAll('.', '_')}`);
const stepHeading = (name: string) => screen.findByRole('heading', { level: 2, name });
const button = (name: string) => screen.getByRole('button', { name });
/** The focus is on the step's heading, where a screen reader and Tab start. */
const expectFocusOn = async (name: string) =>
  waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name })));

async function readFile(user: ReturnType<typeof openApp>['user']) {
  await user.type(await screen.findByRole('textbox', { name: 'Filsti' }), PATH);
  await user.click(button('Les filen'));
  return screen.findByTestId('import-file-ready');
}

/** From the first step to the Kolonner step with the right header row. */
async function toColumns(user: ReturnType<typeof openApp>['user']) {
  await readFile(user);
  await user.click(button('Neste'));
  await stepHeading('Ark og overskriftsrad');
  await user.click(await screen.findByRole('radio', { name: 'Overskriftene står på rad 2' }));
  await waitFor(() =>
    expect(core.sent('imports.layout')).toContainEqual({ fileId: FILE_ID, sheet: 1, headerRow: 2 }),
  );
  await screen.findByText(/Under den er det 3 rader med innhold/);
  await user.click(button('Neste'));
  await stepHeading('Kolonner');
}

describe('the import wizard', () => {
  it('walks from a workbook to an imported batch, every step on the contract', async () => {
    const { user } = openApp(core, WIZARD);
    expect(await screen.findByRole('heading', { level: 1, name: 'Importer fra Excel' })).toBeTruthy();
    expect(await stepHeading('Velg fil')).toBeTruthy();
    expect(screen.getByText(/opptil 20 MB, og hvert ark kan ha opptil 50\s000 rader/)).toBeTruthy();
    expect(
      screen.getByText('Ingenting skrives i registeret før du velger «Importer» i siste steg.'),
    ).toBeTruthy();
    // In the host the path is typed: there is no file dialog to offer.
    expect(screen.queryByRole('button', { name: 'Bla gjennom …' })).toBeNull();

    // 1. The file is read while the wizard follows how far core has come.
    await user.type(screen.getByRole('textbox', { name: 'Filsti' }), PATH);
    await user.click(button('Les filen'));
    expect(await screen.findByText(/Leser filen … \(1\s000 av 2\s000\)/)).toBeTruthy();
    const ready = await screen.findByTestId('import-file-ready');
    expect(ready.textContent).toBe('KE-register.xlsx er lest. Filen har 2 ark.');
    expect(ready.closest('[aria-live="polite"]')).toBeTruthy();
    expect(core.sent('imports.open')).toEqual([{ path: PATH }]);
    expect(core.sent('imports.file').length).toBeGreaterThanOrEqual(2);
    expect(screen.getByText(i18next.t('importFile.notice.macrosIgnored'))).toBeTruthy();

    // 2. The first visible sheet; core suggests row 1, the headers stand on row 2.
    await user.click(button('Neste'));
    await expectFocusOn('Ark og overskriftsrad');
    const sheet = screen.getByRole('radio', { name: /Saker 2026/ });
    expect(sheet).toHaveProperty('checked', true);
    expect(screen.getByRole('radio', { name: 'Hjelpeliste skjult' })).toHaveProperty('checked', false);
    expect(await screen.findByRole('radio', { name: 'Overskriftene står på rad 1' })).toHaveProperty(
      'checked',
      true,
    );
    expect(core.sent('imports.layout')).toEqual([{ fileId: FILE_ID, sheet: 1 }]);
    expect(screen.getByRole('cell', { name: 'KE-register Testvik' })).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'Overskriftene står på rad 2' }));
    await waitFor(() =>
      expect(screen.getByTestId('import-header-choice').textContent).toContain('3 rader med innhold'),
    );
    expect(core.sent('imports.layout')).toContainEqual({ fileId: FILE_ID, sheet: 1, headerRow: 2 });

    // 3. The mapping saved by the import before is filled in.
    await user.click(button('Neste'));
    await expectFocusOn('Kolonner');
    expect(screen.getByTestId('import-saved-mapping').textContent).toBe(
      'Koblingen fra forrige import er fylt inn. Se over den før du går videre.',
    );
    expect(screen.getByRole('radio', { name: 'Saker (én rad per sak eller person)' })).toHaveProperty(
      'checked',
      true,
    );
    expect(screen.getByRole('combobox', { name: 'Kolonne B (Fnr) blir til' })).toHaveProperty(
      'value',
      'person.nationalId',
    );
    expect(screen.getByRole('combobox', { name: 'Kolonne D (Vedtak) blir til' })).toHaveProperty(
      'value',
      'decision.outcome',
    );
    const hiddenColumn = screen.getByRole('rowheader', { name: 'C' }).closest('tr')!;
    expect(within(hiddenColumn).getByText('skjult kolonne')).toBeTruthy();
    expect(within(hiddenColumn).getByText('03.01.2026')).toBeTruthy();

    // 4. Values: suggested, saved, and one the user decides to leave out.
    await user.click(button('Neste'));
    await expectFocusOn('Verdier');
    const spec = { fileId: FILE_ID, sheet: 1, headerRow: 2, target: 'cases' };
    expect(core.sent('imports.values')).toEqual([
      {
        ...spec,
        columns: [
          { column: 0, field: 'person.name' },
          { column: 1, field: 'person.nationalId' },
          { column: 2, field: 'case.receivedDate' },
          { column: 3, field: 'decision.outcome' },
        ],
        // The saved mapping's values go along, for core to match and suggest back.
        values: [{ field: 'decision.outcome', raw: 'avsl', to: 'refused' }],
      },
    ]);
    expect(screen.getByRole('heading', { level: 3, name: field('decision.outcome') })).toBeTruthy();
    const outcome = (raw: string) =>
      screen.getByRole('combobox', { name: `«${raw}» (${field('decision.outcome')}) blir til` });
    expect(outcome('innv.')).toHaveProperty('value', 'granted');
    expect(outcome('avsl')).toHaveProperty('value', 'refused');
    expect(outcome('ukjent')).toHaveProperty('value', '');
    expect(screen.getByTestId('import-unchosen').textContent).toContain('Én verdi er ikke koblet.');
    expect(within(outcome('ukjent').closest('tr')!).getByText('Ikke koblet')).toBeTruthy();
    await user.selectOptions(outcome('ukjent'), 'Ikke importer verdien');
    expect(screen.queryByTestId('import-unchosen')).toBeNull();

    // 5. The dry run: the counts, the first rows as registered, and every row's fate.
    await user.click(button('Neste'));
    await expectFocusOn('Forhåndsvisning og kontroll');
    await screen.findByTestId('import-count-create');
    expect(core.sent('imports.check')[0]!.values).toEqual([
      { field: 'decision.outcome', raw: 'innv.', to: 'granted' },
      { field: 'decision.outcome', raw: 'avsl', to: 'refused' },
      { field: 'decision.outcome', raw: 'ukjent', to: 'ignore' },
    ]);
    expect(screen.getByText('Kontrollen er ferdig. Ingenting er skrevet i registeret ennå.')).toBeTruthy();
    expect(screen.getByTestId('import-count-create').textContent).toBe('2');
    expect(screen.getByTestId('import-count-error').textContent).toBe('1');
    expect(screen.getByTestId('import-count-made').textContent).toBe('2 saker, 2 personer, 2 vedtak');
    expect(screen.getByTestId('import-check-notices').textContent).toContain(
      i18next.t('importRows.notice.channelDefault'),
    );
    // The preview: a card per row to be registered, label beside value, only what the row holds.
    const preview = screen.getByTestId('import-preview');
    const card = (row: number) =>
      [...within(screen.getByTestId(`import-preview-${row}`)).getAllByRole('term')].map(
        (dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`,
      );
    expect(
      within(preview)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['Rad 3', 'Rad 4']);
    expect(card(3)).toEqual(['Navn: Kari Nordmann', 'Fødselsnummer: 010170 12345', 'Mottatt: 03.01.2026']);
    expect(card(4)).toEqual(['Navn: Ola Nordmann', 'Mottatt: 04.01.2026', 'Vedtak: Avslått']);
    expect(within(preview).queryByText('Per Feil')).toBeNull();
    const errorRow = screen.getByTestId('import-row-5');
    expect(errorRow.textContent).toContain('Feil');
    expect(errorRow.textContent).toContain(
      `${field('person.nationalId')}: Kontrollsifrene stemmer ikke. Sjekk nummeret.`,
    );
    expect(screen.getByTestId('import-row-4').textContent).toContain('Finnes i registeret');
    await user.click(screen.getByRole('switch', { name: 'Vis bare rader med feil' }));
    expect(screen.queryByTestId('import-row-3')).toBeNull();
    expect(screen.getByTestId('import-report-count').textContent).toBe('Viser 1 rad med feil av 3.');

    // 6. The import, in one go; the file is then closed.
    await user.click(button('Neste'));
    await expectFocusOn('Importer');
    expect(screen.getByTestId('import-run-summary').textContent).toBe(
      '2 rader blir importert: 2 saker, 2 personer, 2 vedtak.',
    );
    expect(screen.getByText('Én rad har feil og blir utelatt.')).toBeTruthy();
    expect(screen.getByText(/enten blir alle radene importert, eller ingen av dem/)).toBeTruthy();
    expect(core.sent('imports.run')).toEqual([]);
    await user.click(button('Importer 2 rader'));
    const done = await screen.findByTestId('import-done');
    expect(core.sent('imports.run')).toEqual([core.sent('imports.check')[0]]);
    expect(done.textContent).toContain(
      'Fra KE-register.xlsx er dette registrert: 2 saker, 2 personer, 2 vedtak.',
    );
    expect(document.activeElement?.textContent).toBe('Importen er ferdig');
    expect(screen.getByRole('link', { name: 'Gå til Saker' }).getAttribute('href')).toBe('#/saker');
    expect(screen.getByRole('link', { name: 'Gå til Koordinatorer' }).getAttribute('href')).toBe(
      '#/koordinatorer',
    );
    await waitFor(() => expect(core.sent('imports.close')).toEqual([{ fileId: FILE_ID }]));
    expect(screen.queryByRole('button', { name: 'Avbryt' })).toBeNull();
  }, 20_000);

  it('shows why core refuses a file, beside the path', async () => {
    core.failWith.set('imports.open', {
      code: 'IMPORT_REFUSED',
      message: 'Filen kan ikke importeres.',
      fields: { file: 'importFile.refused.tooLarge' },
    });
    const { user } = openApp(core, WIZARD);
    await user.click(await screen.findByRole('button', { name: 'Les filen' }));
    const path = screen.getByRole('textbox', { name: 'Filsti' });
    expect(messageNextTo(path)).toBe('Må fylles ut.');
    expect(core.sent('imports.open')).toEqual([]);

    await user.type(path, 'C:\\Users\\kari\\Documents\\stor.xlsx');
    await user.click(button('Les filen'));
    expect((await screen.findByRole('alert')).textContent).toBe('Filen kan ikke importeres.');
    expect(messageNextTo(path)).toBe(i18next.t('importFile.refused.tooLarge', { maxMb: '20' }));
    expect(messageNextTo(path)).toContain('over 20 MB');
    // Read and refused: not a file to read again, but another file to choose; the reason stays.
    await user.click(button('Neste'));
    expect(messageNextTo(path)).toBe(
      `${i18next.t('importFile.refused.tooLarge', { maxMb: '20' })} Denne filen kan ikke importeres. Velg en annen fil.`,
    );
    expect(screen.queryByRole('heading', { name: 'Ark og overskriftsrad' })).toBeNull();
  });

  it('asks for the file to be read before going on, when none is', async () => {
    const { user } = openApp(core, WIZARD);
    await user.type(await screen.findByRole('textbox', { name: 'Filsti' }), PATH);
    await user.click(button('Neste'));
    expect(messageNextTo(screen.getByRole('textbox', { name: 'Filsti' }))).toBe(
      'Les filen før du går videre.',
    );
    expect(core.sent('imports.open')).toEqual([]);
  });

  it('marks the step the user is on among the six, for the eye and for screen readers', async () => {
    const { user } = openApp(core, WIZARD);
    const steps = await screen.findByRole('list', { name: 'Steg i importen' });
    const current = () =>
      within(steps)
        .getAllByRole('listitem')
        .filter((li) => li.getAttribute('aria-current'));
    expect(
      within(steps)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Velg fil',
      'Ark og overskriftsrad',
      'Kolonner',
      'Verdier',
      'Forhåndsvisning og kontroll',
      'Importer',
    ]);
    expect(current().map((li) => [li.textContent, li.getAttribute('aria-current')])).toEqual([
      ['Velg fil', 'step'],
    ]);
    await readFile(user);
    await user.click(button('Neste'));
    await stepHeading('Ark og overskriftsrad');
    expect(current().map((li) => li.textContent)).toEqual(['Ark og overskriftsrad']);
  });

  it('shows why a file failed while it was read', async () => {
    core.reads = [
      importFile({
        state: 'failed',
        sheets: [],
        notices: [],
        error: { key: 'importFile.refused.tooManyRows', values: { sheet: 'Saker', max: '50 000' } },
      }),
    ];
    const { user } = openApp(core, WIZARD);
    await user.type(await screen.findByRole('textbox', { name: 'Filsti' }), PATH);
    await user.click(button('Les filen'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('KE-register.xlsx kan ikke leses');
    expect(alert.textContent).toContain('Arket «Saker» har flere enn 50 000 rader.');
    await user.click(button('Neste'));
    expect(messageNextTo(screen.getByRole('textbox', { name: 'Filsti' }))).toBe(
      'Denne filen kan ikke importeres. Velg en annen fil.',
    );
  });

  it('marks a field chosen twice beside the second column, and goes no further', async () => {
    const { user } = openApp(core, WIZARD);
    await toColumns(user);
    const columnA = screen.getByRole('combobox', { name: 'Kolonne A (Navn) blir til' });
    await user.selectOptions(columnA, field('person.nationalId'));
    const columnB = screen.getByRole('combobox', { name: 'Kolonne B (Fnr) blir til' });
    const duplicate = `«${field('person.nationalId')}» er allerede valgt for kolonne A.`;
    expect(messageNextTo(columnB)).toBe(duplicate);
    expect(messageNextTo(columnA)).toBe('');
    expect(columnB.getAttribute('aria-invalid')).toBe('true');

    await user.click(button('Neste'));
    const summary = await screen.findByTestId('import-column-problems');
    expect(within(summary).getByRole('link', { name: duplicate })).toBeTruthy();
    await user.click(within(summary).getByRole('link', { name: duplicate }));
    expect(document.activeElement).toBe(columnB);
    expect(core.sent('imports.values')).toEqual([]);

    await user.selectOptions(columnB, 'Ikke importer');
    expect(messageNextTo(columnB)).toBe('');
    await user.click(button('Neste'));
    await expectFocusOn('Verdier');
  }, 20_000);

  it('asks which course a column of training dates is for, unless its header names one', async () => {
    const column = (
      index: number,
      header: string,
      suggested: string,
      suggestedCourseId: number | null = null,
    ) => ({
      index,
      letter: 'ABC'[index]!,
      header,
      hidden: false,
      samples: ['01.02.2025'],
      suggested,
      suggestedCourseId,
    });
    core.layout = () => ({
      ...caseLayout(2),
      columns: [
        column(0, 'Navn', 'pool.name'),
        column(1, 'Kurs 2', 'training.date'),
        column(2, 'Grunnkurs', 'training.date', 4),
      ],
      suggestedTarget: 'coordinators',
      saved: null,
    });
    core.values = [];
    const { user } = openApp(core, WIZARD);
    await readFile(user);
    await user.click(button('Neste'));
    await stepHeading('Ark og overskriftsrad');
    await screen.findByTestId('import-header-choice');
    await user.click(button('Neste'));
    await expectFocusOn('Kolonner');
    expect(screen.queryByTestId('import-saved-mapping')).toBeNull();
    expect(screen.getByRole('radio', { name: 'Koordinatorer og opplæring' })).toHaveProperty('checked', true);
    const courseOf = (letter: string) =>
      screen.getByRole('combobox', { name: `Kurset datoene i kolonne ${letter} gjelder` });
    await waitFor(() => expect(within(courseOf('B')).getAllByRole('option')).toHaveLength(3));
    expect(within(courseOf('B')).queryByText('Gammelt kurs')).toBeNull();
    expect(courseOf('B')).toHaveProperty('value', '');
    expect(courseOf('C')).toHaveProperty('value', '4');

    await user.click(button('Neste'));
    expect(messageNextTo(courseOf('B'))).toBe('Velg hvilket kurs datoene gjelder.');
    expect(core.sent('imports.values')).toEqual([]);
    // The same course twice is one column too many.
    await user.selectOptions(courseOf('B'), 'Grunnkurs for koordinatorer');
    expect(messageNextTo(screen.getByRole('combobox', { name: 'Kolonne C (Grunnkurs) blir til' }))).toBe(
      `«${field('training.date')}» er allerede valgt for kolonne B.`,
    );
    await user.selectOptions(courseOf('B'), 'Oppfriskningskurs');
    await user.click(button('Neste'));
    await expectFocusOn('Verdier');
    expect(core.sent('imports.values')[0]!.columns).toEqual([
      { column: 0, field: 'pool.name' },
      { column: 1, field: 'training.date', courseId: 6 },
      { column: 2, field: 'training.date', courseId: 4 },
    ]);
    expect(screen.getByTestId('import-no-values').textContent).toContain('Gå videre til kontrollen.');
  }, 20_000);

  it('keeps the choices on the way back, the focus on each heading reached', async () => {
    const { user } = openApp(core, WIZARD);
    await toColumns(user);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Kolonne C (Mottatt) blir til' }),
      'Ikke importer',
    );
    await user.click(button('Tilbake'));
    await expectFocusOn('Ark og overskriftsrad');
    expect(screen.getByRole('radio', { name: 'Overskriftene står på rad 2' })).toHaveProperty(
      'checked',
      true,
    );
    await user.click(button('Tilbake'));
    await expectFocusOn('Velg fil');
    expect(screen.getByRole('textbox', { name: 'Filsti' })).toHaveProperty('value', PATH);
    await user.click(button('Neste'));
    await expectFocusOn('Ark og overskriftsrad');
    await user.click(button('Neste'));
    await expectFocusOn('Kolonner');
    expect(screen.getByRole('combobox', { name: 'Kolonne C (Mottatt) blir til' })).toHaveProperty(
      'value',
      '',
    );
    // Only the step's own buttons: the whole way is walkable by keyboard.
    await user.keyboard('{Tab}');
    expect(document.activeElement).toBe(
      screen.getByRole('radio', { name: 'Saker (én rad per sak eller person)' }),
    );
  }, 20_000);

  it('closes the file and returns to Innstillinger on "Avbryt"', async () => {
    const { user } = openApp(core, WIZARD);
    await readFile(user);
    await user.click(button('Avbryt'));
    await waitFor(() => expect(core.sent('imports.close')).toEqual([{ fileId: FILE_ID }]));
    expect(window.location.hash).toBe('#/innstillinger/import');
    expect(await screen.findByRole('link', { name: 'Importer fra Excel' })).toBeTruthy();
  });

  it('closes the file when the wizard is left another way', async () => {
    const { user, unmount } = openApp(core, WIZARD);
    await readFile(user);
    unmount();
    await waitFor(() => expect(core.sent('imports.close')).toEqual([{ fileId: FILE_ID }]));
  });

  it('closes the first file when another is read', async () => {
    const { user } = openApp(core, WIZARD);
    await readFile(user);
    core.reads = [importFile()];
    await user.type(screen.getByRole('textbox', { name: 'Filsti' }), 'x');
    expect(screen.queryByTestId('import-file-ready')).toBeNull();
    await waitFor(() => expect(core.sent('imports.close')).toEqual([{ fileId: FILE_ID }]));
  });

  it("reads the file chosen in the desktop app's open dialog", async () => {
    setBridge(core);
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={queryClient}>
        <ImportWizard browse={async () => 'D:\\Flytting\\KE.xlsx'} />
      </QueryClientProvider>,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Bla gjennom …' }));
    await screen.findByTestId('import-file-ready');
    expect(screen.getByRole('textbox', { name: 'Filsti' })).toHaveProperty('value', 'D:\\Flytting\\KE.xlsx');
    expect(core.sent('imports.open')).toEqual([{ path: 'D:\\Flytting\\KE.xlsx' }]);
  });
});
