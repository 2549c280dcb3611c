import { expect, test, visit } from './fixtures';
import { ADMIN, core, setUpRegister } from './helpers';
import { printedText } from './pdf';

// Wednesday 10 March 2027, 10:00 in Oslo. Core and the page share this clock.
const NOW = new Date('2027-03-10T09:00:00Z');
test.use({ now: NOW });

const MARKING =
  'Taushetsbelagt, jf. offentleglova § 13, jf. forvaltningsloven § 13 første ledd nr. 1 og helse- og omsorgstjenesteloven § 12-1';

test('an administrator sees who has looked at a case, and prints the person’s Innsyn i logg', async ({
  page,
  samordna,
}) => {
  await page.clock.setFixedTime(NOW);
  await setUpRegister(page, samordna.host.url);
  const created = await core<{ record: { id: number; caseNumber: string } }>(page, 'cases.create', {
    receivedDate: '2027-03-01',
    channel: 'paper',
    appliedBy: 'guardian',
    rightsRequested: ['koordinator'],
    person: { name: 'Emil Venter', birthDate: '2012-09-30' },
  });
  const { id, caseNumber } = created.record;

  await page.goto(`${samordna.host.url.split('?')[0]}#/saker/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Emil Venter' })).toBeVisible();
  await page.getByRole('link', { name: 'Hvem har sett saken' }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: `Hvem har sett sak ${caseNumber}` }),
  ).toBeVisible();
  const table = page.getByRole('table', { name: 'Logg over hendelser' });
  const opened = table
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: 'Åpnet saken', exact: true }) });
  await expect(opened.first()).toBeVisible();
  await expect(opened.first().getByRole('cell', { name: `${ADMIN.name} (${ADMIN.username})` })).toBeVisible();
  await expect(table.getByRole('cell', { name: 'Registrerte saken', exact: true })).toBeVisible();
  // No raw codes or ids on the screen.
  await expect(table).not.toContainText('person:');
  await expect(table).not.toContainText('step_create');
  await visit(page, '90-logg-hvem-har-sett-saken');

  await page.getByRole('link', { name: 'Innsyn i logg (utskrift)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Innsyn i logg for Emil Venter' })).toBeVisible();
  const paper = page.getByRole('table');
  await expect(paper.getByRole('cell', { name: 'Åpnet saken', exact: true }).first()).toBeVisible();
  await visit(page, '91-innsyn-i-logg');

  const pdf = await printedText(page);
  const text = pdf.text.replace(/\s+/g, ' ');
  for (const expected of [
    'Innsyn i logg for Emil Venter',
    'Registrerte saken',
    'Åpnet saken',
    'Så i loggen',
    ADMIN.name,
    caseNumber,
    MARKING,
  ]) {
    expect(text, expected).toContain(expected);
  }
  expect(text.split(MARKING).length - 1).toBeGreaterThanOrEqual(pdf.pages);

  // The print itself is in the log, naming the person.
  const prints = await core<{ rows: { action: string; fields: string[] }[] }>(page, 'audit.list', {
    action: 'print',
  });
  expect(prints.rows[0]).toMatchObject({
    action: 'print',
    fields: ['accessLog', expect.stringMatching(/^person:\d+$/)],
  });

  // Tilbake returns to the case's log.
  await page.getByRole('link', { name: 'Tilbake' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Hvem har sett sak ${caseNumber}` }),
  ).toBeVisible();
});
