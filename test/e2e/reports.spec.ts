import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { APIRequestContext, Page } from '@playwright/test';
import ExcelJS from 'exceljs';

import { nationalIdFor } from '@core/demo/syntheticIds';
import type { NewCaseInput } from '@shared/api/cases';

import { expect, expectAccessible, screenshotDir, test, visit, type Samordna } from './fixtures';
import { logIn, logOut, setUpRegister } from './helpers';
import { printedLayout, printedText, type PdfLayout, type PdfWord } from './pdf';

// Friday 15 January 2027, 10:00 in Oslo: the last full quarter is the fourth of 2026.
const NOW = new Date('2027-01-15T09:00:00Z');
test.use({ now: NOW });

interface Child {
  name: string;
  birthDate: string;
  nationalId: string;
}

/** Children with real-form fødselsnumre: none of their names or numbers may reach the report. */
function children(prefix: string, count: number, firstYear: number): Child[] {
  return Array.from({ length: count }, (_, i) => {
    const birthDate = `${firstYear + i}-0${(i % 9) + 1}-1${i % 10}`;
    return { name: `${prefix} Rapportbarn ${i + 1}`, birthDate, nationalId: nationalIdFor(birthDate) };
  });
}

/** One call to core through the host, as the logged-in administrator: quicker than 9 forms. */
async function callCore(request: APIRequestContext, samordna: Samordna, channel: string, input: unknown) {
  const response = await request.post(`${samordna.host.origin}/api/${channel}`, {
    headers: { authorization: `Bearer ${samordna.host.token}` },
    data: input,
  });
  const result = (await response.json()) as {
    ok: boolean;
    data?: { record: { id: number } };
    error?: unknown;
  };
  expect(result.ok, `${channel}: ${JSON.stringify(result.error)}`).toBe(true);
  return result.data!;
}

/**
 * The fourth quarter of 2026: seven children ask for a koordinator on the electronic form, six
 * of them granted in November; two ask for a barnekoordinator on paper (too few to show).
 */
async function fillRegister(page: Page, samordna: Samordna): Promise<Child[]> {
  const koordinator = children('Ola', 7, 2010);
  const barnekoordinator = children('Kari', 2, 2018);
  const create = (
    child: Child,
    day: number,
    channel: NewCaseInput['channel'],
    right: 'koordinator' | 'barnekoordinator',
  ) =>
    callCore(page.request, samordna, 'cases.create', {
      receivedDate: `2026-10-${String(day).padStart(2, '0')}`,
      channel,
      appliedBy: 'guardian',
      rightsRequested: [right],
      person: { name: child.name, nationalId: child.nationalId },
    } satisfies NewCaseInput);
  for (const [i, child] of koordinator.entries()) {
    const created = await create(child, 5 + i, 'electronicForm', 'koordinator');
    if (i < 6)
      await callCore(page.request, samordna, 'cases.recordStep', {
        caseId: created.record.id,
        step: {
          kind: 'decision',
          right: 'koordinator',
          outcome: 'granted',
          decisionDate: `2026-11-${String(2 + i).padStart(2, '0')}`,
          notifiedDate: `2026-11-${String(3 + i).padStart(2, '0')}`,
        },
      });
  }
  for (const [i, child] of barnekoordinator.entries())
    await create(child, 20 + i, 'paper', 'barnekoordinator');
  return [...koordinator, ...barnekoordinator];
}

/** The rows of a table section on screen, each as its cells' text. */
async function tableRows(page: Page, title: string): Promise<string[][]> {
  const table = page.getByRole('table', { name: title });
  await expect(table).toBeVisible();
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())),
    );
}

test('a leadership report for the last quarter shows its figures, hides small counts, exports and prints without a name', async ({
  page,
  samordna,
}) => {
  // Nine cases, two downloads, a PDF and three axe runs: longer than the usual two minutes on a
  // loaded build machine.
  test.slow();
  await page.clock.setFixedTime(NOW);
  await setUpRegister(page, samordna.host.url);
  const persons = await fillRegister(page, samordna);

  // Rapporter opens on the fourth quarter of 2026.
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Rapporter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rapporter' })).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Lederrapport for Testvik kommune, 01.10.2026–31.12.2026' }),
  ).toBeVisible();
  await expect(
    page.getByText('Rapporten er anonymisert: tall fra 1 til 4 vises som «<5».', { exact: false }),
  ).toBeVisible();

  // Six koordinator decisions granted: shown. Two barnekoordinator applications: hidden.
  const outcomes = await tableRows(page, 'Vedtak');
  expect(outcomes.find((row) => row[0] === 'Koordinator')?.slice(0, 2)).toEqual(['Koordinator', '6']);
  const applications = await tableRows(page, 'Søknader og meldinger');
  const bk = applications.find((row) => row[0] === 'Barnekoordinator')!;
  expect(bk.join(' ')).toContain('<5');
  await expect(page.getByText(/tall er skjult .* og er ikke tegnet i diagrammet/).first()).toBeVisible();
  await expect(page.locator('.report-chart svg.bar-chart').first()).toBeVisible();
  await expect(page.getByText('[object Object]')).toHaveCount(0);
  await expect(page.getByText(/reportTables\.|reports\./)).toHaveCount(0);
  await visit(page, '70-rapport');

  // Another period: the third quarter has no cases, so its figures are zeros.
  await page.getByLabel('Hvilket kvartal').selectOption('3');
  await page.getByRole('button', { name: 'Vis rapporten' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /01\.07\.2026–30\.09\.2026/ })).toBeVisible();
  expect(page.url()).toContain('#/rapporter?fra=2026-07-01&til=2026-09-30');
  // A custom period the wrong way round is refused beside the field.
  await page.getByRole('radio', { name: 'Egne datoer' }).check();
  await page.getByLabel('Fra og med').fill('01.12.2026');
  await page.getByLabel('Til og med').fill('01.10.2026');
  await page.getByRole('button', { name: 'Vis rapporten' }).click();
  await expect(page.getByText('Perioden må slutte samme dag eller etter at den begynner.')).toBeVisible();
  await expectAccessible(page, 'rapport med feil periode');
  await page.getByLabel('Fra og med').fill('01.10.2026');
  await page.getByLabel('Til og med').fill('31.12.2026');
  await page.getByRole('button', { name: 'Vis rapporten' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /01\.10\.2026–31\.12\.2026/ })).toBeVisible();

  // CSV: semicolons, a BOM, one row per figure, the hidden ones marked.
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Last ned CSV' }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toMatch(/2026-10-01.*2026-12-31.*\.csv$/);
  const csv = readFileSync((await csvDownload.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).split('\r\n');
  expect(lines[0]).toBe('Tabell;Rad;Kolonne;Verdi;Merknad');
  expect(lines).toContain('Vedtak;Koordinator;Innvilget;6;');
  expect(lines.some((line) => line.startsWith('Søknader og meldinger;Barnekoordinator;Papir;<5;'))).toBe(
    true,
  );
  await expect(page.getByText(/\.csv er lastet ned\./)).toBeVisible();

  // Excel: the same figure as a number.
  const [xlsxDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Last ned Excel' }).click(),
  ]);
  expect(xlsxDownload.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await xlsxDownload.path())!);
  const sheet = workbook.worksheets.find((s) => s.name.startsWith('Vedtak'));
  expect(sheet, 'a sheet for Vedtak').toBeDefined();
  const granted: unknown[] = [];
  let grantedColumn = 0;
  sheet!.eachRow((row) => {
    row.eachCell((cell, column) => {
      if (cell.value === 'Innvilget') grantedColumn = column;
    });
    if (row.getCell(1).value === 'Koordinator' && grantedColumn)
      granted.push(row.getCell(grantedColumn).value);
  });
  expect(granted).toEqual([6]);

  const secrets = persons.flatMap((p) => [p.name, p.nationalId, p.nationalId.slice(0, 6)]);
  for (const secret of secrets) expect(csv).not.toContain(secret);

  // Print: the same report on A4, with the anonymisation statement and no person in it.
  await page.getByRole('link', { name: 'Skriv ut / lagre som PDF' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Lederrapport for Testvik kommune, 01.10.2026–31.12.2026' }),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'Vedtak' })).toBeVisible();
  await visit(page, '71-rapport-utskrift');
  const pdf = await printedText(page);
  // Eleven tables with their charts: a few pages, not one per table.
  expect(pdf.pages).toBeLessThanOrEqual(11);
  const text = pdf.text.replace(/\s+/g, ' ');
  expect(text).toContain('Lederrapport for Testvik kommune, 01.10.2026–31.12.2026');
  expect(text).toContain('Rapporten er anonymisert: tall fra 1 til 4 vises som «<5»');
  expect(text).toContain('Søknader og meldinger');
  expect(text).toContain('Saksbehandlingstid');
  expect(text).toMatch(/Koordinator 6 /);
  expect(text).toContain('<5');
  expect(text).not.toMatch(/Taushetsbelagt/i);
  for (const secret of secrets) expect(text).not.toContain(secret);
  await page.getByRole('link', { name: 'Tilbake' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /01\.10\.2026–31\.12\.2026/ })).toBeVisible();

  // The threshold: never below 3. At 3 the two barnekoordinator applications are still hidden.
  await page
    .getByRole('navigation', { name: 'Hovedmeny' })
    .getByRole('link', { name: 'Innstillinger' })
    .click();
  await page
    .getByRole('navigation', { name: 'Innstillinger' })
    .getByRole('link', { name: 'Rapporter' })
    .click();
  const threshold = page.getByLabel('Terskel for skjuling av små tall');
  await expect(threshold).toHaveValue('5');
  await threshold.fill('2');
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(page.getByText('Terskelen må være et helt tall fra 3 til 20.')).toBeVisible();
  await expectAccessible(page, 'innstillinger-rapporter med feil');
  await threshold.fill('3');
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(page.getByText('Terskelen for rapporter er lagret.')).toBeVisible();
  await visit(page, '72-innstillinger-rapporter');
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Rapporter' }).click();
  await expect(
    page.getByText('Rapporten er anonymisert: tall fra 1 til 2 vises som «<3».', { exact: false }),
  ).toBeVisible();
  const atThree = await tableRows(page, 'Søknader og meldinger');
  expect(atThree.find((row) => row[0] === 'Barnekoordinator')!.join(' ')).toContain('<3');

  // A leder reads the same report: counts only, with no link to the cases behind them.
  await callCore(page.request, samordna, 'users.create', {
    username: 'lise',
    displayName: 'Lise Leder',
    role: 'leder',
    password: 'lederpassord 2026',
  });
  await logOut(page);
  await logIn(page, 'lise', 'lederpassord 2026');
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Rapporter' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /01\.10\.2026–31\.12\.2026/ })).toBeVisible();
  const forLeder = await tableRows(page, 'Vedtak');
  expect(forLeder.find((row) => row[0] === 'Koordinator')?.[1]).toBe('6');
  await expect(page.locator('#main a[href^="#/saker"]')).toHaveCount(0);
  await expectAccessible(page, 'rapport for leder');

  // At 200 % zoom on a laptop (683 px) the report reflows; wide tables scroll in their own box.
  await page.setViewportSize({ width: 683, height: 384 });
  await expect(page.getByRole('table', { name: 'Klager' })).toBeAttached();
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
    .toBeLessThanOrEqual(0);
  await visit(page, '73-rapport-200-prosent');
});

/** The print layout's side margins (features/print/pageMargins.ts: 15 mm), in PDF points. */
const SIDE_MARGIN_PT = (15 / 25.4) * 72;
const VERTICAL_MARGIN_PT = (16 / 25.4) * 72;

/** No word of the print lies in a side margin or past the paper's edge: no table is cut. */
function expectInsideMargins(layout: PdfLayout) {
  const outside = layout.words.filter((w) => {
    const { width, height } = layout.pages[w.page - 1]!;
    // The page counter and the marking stand in the top and bottom margins' boxes.
    const inPageArea = w.yMin > VERTICAL_MARGIN_PT && w.yMax < height - VERTICAL_MARGIN_PT;
    return inPageArea && (w.xMin < SIDE_MARGIN_PT - 1 || w.xMax > width - SIDE_MARGIN_PT + 1);
  });
  expect(
    outside.map((w) => `${w.text} (page ${w.page}, ${w.xMin.toFixed(0)}–${w.xMax.toFixed(0)} pt)`),
    'words outside the printable width',
  ).toEqual([]);
}

/** The words on the same printed line as `word`, left to right. */
function lineOf(layout: PdfLayout, word: PdfWord): PdfWord[] {
  return layout.words
    .filter((w) => w.page === word.page && Math.abs(w.yMin - word.yMin) < 2)
    .sort((a, b) => a.xMin - b.xMin);
}

/**
 * Appeals received in the fourth quarter of 2026 against refusals of every right, one in each of
 * the Klager table's eight columns per right: the table's widest form.
 */
async function fillAppeals(page: Page, samordna: Samordna) {
  const stages: Record<string, unknown>[] = [
    { reassessment: 'upheld', reassessmentDate: '2026-11-10' },
    ...(['upheld', 'partlyUpheld', 'notUpheld', 'quashed', 'dismissed'] as const).map((outcome) => ({
      reassessment: 'notUpheld',
      reassessmentDate: '2026-11-10',
      forwardedDate: '2026-11-12',
      governorOutcome: outcome,
      governorOutcomeDate: '2026-12-10',
    })),
    {},
    { reassessment: 'notUpheld', reassessmentDate: '2026-11-10', forwardedDate: '2026-11-12' },
  ];
  const rights = ['individuellPlan', 'koordinator', 'barnekoordinator'] as const;
  for (const [r, right] of rights.entries()) {
    for (const [i, child] of children(`Klage${r}`, stages.length, 2009 + r).entries()) {
      const created = await callCore(page.request, samordna, 'cases.create', {
        receivedDate: `2026-10-0${1 + (i % 5)}`,
        channel: 'paper',
        appliedBy: 'guardian',
        rightsRequested: [right],
        person: { name: child.name, nationalId: child.nationalId },
      } satisfies NewCaseInput);
      const decided = (await callCore(page.request, samordna, 'cases.recordStep', {
        caseId: created.record.id,
        step: {
          kind: 'decision',
          right,
          outcome: 'refused',
          decisionDate: '2026-10-20',
          notifiedDate: '2026-10-21',
        },
      })) as unknown as { record: { steps: { id: number; kind: string }[] } };
      const decision = decided.record.steps.find((s) => s.kind === 'decision')!;
      await callCore(page.request, samordna, 'cases.recordStep', {
        caseId: created.record.id,
        step: { kind: 'appeal', decisionId: decision.id, receivedDate: '2026-11-02', ...stages[i] },
      });
    }
  }
}

test('the report print keeps every table inside the A4 margins, the Klager table with its Sum column', async ({
  page,
  samordna,
}) => {
  test.slow();
  await page.clock.setFixedTime(NOW);
  await setUpRegister(page, samordna.host.url);
  await fillAppeals(page, samordna);
  await page.goto(`${samordna.host.origin}/#/print/rapport?fra=2026-10-01&til=2026-12-31`);
  await expect(page.getByRole('table', { name: 'Klager' })).toBeVisible();
  await visit(page, '74-rapport-utskrift-klager');

  const layout = await printedLayout(page, path.join(screenshotDir, '74-rapport-utskrift-klager.pdf'));
  expectInsideMargins(layout);
  // The Klager table: after its explanation, the header's Sum, then one line per right and the
  // totals, each ending in its sum right under the header's Sum (the column is right-aligned).
  const words = layout.words;
  const start = words.findIndex(
    (w, i) => w.text === 'Klager' && words[i + 1]?.text === 'mottatt' && words[i + 2]?.text === 'i',
  );
  expect(start, 'the Klager section in the PDF').toBeGreaterThan(-1);
  const next = words.findIndex((w, i) => i > start && w.text === 'Aktive' && words[i + 1]?.text === 'saker');
  const headerIndex = words.findIndex((w, i) => i > start && w.text === 'Sum');
  expect(headerIndex, "the Klager table's Sum header").toBeGreaterThan(start);
  expect(headerIndex, "the Klager table's Sum header, before the next section").toBeLessThan(next);
  const header = words[headerIndex]!;
  let from = headerIndex;
  for (const label of ['Individuell', 'Koordinator', 'Barnekoordinator', 'Sum']) {
    const index = words.findIndex((w, i) => i > from && w.text === label);
    expect(index, `the Klager row ${label}`).toBeGreaterThan(-1);
    const line = lineOf(layout, words[index]!);
    const sum = line.at(-1)!;
    expect(sum.text, `the sum of ${label}`).toMatch(/^(\d+|<5|skjult|–)$/);
    expect(sum.page).toBe(header.page);
    expect(Math.abs(sum.xMax - header.xMax), `${label}'s sum under the Sum header`).toBeLessThan(3);
    from = index;
  }
});
