import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { parse } from 'csv-parse/sync';

import { expect, test, visit } from './fixtures';
import { core, setUpRegister } from './helpers';
import { inspectPdfA } from './pdfA';

// Wednesday 10 March 2027, 10:00 in Oslo. Core and the page share this clock.
const NOW = new Date('2027-03-10T09:00:00Z');
test.use({ now: NOW });

interface AuditRow {
  action: string;
  entity: string;
  entityId: string | null;
  fields: string[];
}

test('Lag arkivkopi makes the overview and the letter as PDF/A and the events as CSV, and the case shows it', async ({
  page,
  samordna,
}) => {
  await page.clock.setFixedTime(NOW);
  await setUpRegister(page, samordna.host.url);
  const base = samordna.host.url.split('?')[0];
  const created = await core<{ record: { id: number; caseNumber: string } }>(page, 'cases.create', {
    receivedDate: '2027-01-11',
    channel: 'electronicForm',
    appliedBy: 'guardian',
    rightsRequested: ['barnekoordinator'],
    person: { name: 'Sofie Testbarn', birthDate: '2016-04-12', address: 'Storgata 1\n1870 Ørje' },
  });
  const { id: caseId, caseNumber } = created.record;
  const decided = await core<{ record: { steps: { id: number; kind: string }[] } }>(
    page,
    'cases.recordStep',
    {
      caseId,
      step: {
        kind: 'decision',
        right: 'barnekoordinator',
        outcome: 'refused',
        reasons: 'Vilkårene er ikke oppfylt, jf. "vurderingen", side 2.',
        legalBasis: '',
        decisionDate: '2027-03-01',
        notifiedDate: null,
      },
    },
  );
  const decisionId = decided.record.steps.find((s) => s.kind === 'decision')!.id;
  const draft = await core<{ text: string }>(page, 'letters.draft', {
    caseId,
    kind: 'decision',
    decisionId,
    date: '2027-03-02',
  });
  await core(page, 'letters.record', {
    caseId,
    kind: 'decision',
    decisionId,
    date: '2027-03-02',
    text: draft.text,
    markNotified: true,
  });
  await core(page, 'cases.recordStep', {
    caseId,
    step: {
      kind: 'closing',
      date: '2027-03-09',
      reason: 'needEnded',
      note: '=SUM(A1) ble skrevet i notatet',
    },
  });

  await page.goto(`${base}#/saker/${caseId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sofie Testbarn' })).toBeVisible();
  const section = page.getByRole('region', { name: 'Arkivkopi' });
  await expect(section.getByText('Saken er avsluttet. Lag arkivkopien')).toBeVisible();
  await expect(section.getByText('Det er ikke laget noen arkivkopi av saken.')).toBeVisible();

  // The page's own script cannot mark the case as copied without a package run: the record wants
  // the ticket that reading the contents gives, for this case and its documents, once.
  await expect(
    core(page, 'archive.record', { caseId, documents: 2, ticket: 'laget-i-siden' }),
  ).rejects.toThrow(/ARCHIVE_NOT_MADE/);

  const parent = mkdtempSync(path.join(tmpdir(), 'samordna-arkiv-'));
  try {
    // A network share is refused by the demo as the desktop refuses it for the register.
    await section.getByLabel('Mappe arkivkopien skal lagres i').fill('//filserver/arkiv');
    await section.getByRole('button', { name: 'Lag arkivkopi' }).click();
    await expect(section.getByRole('status')).toHaveText(/^Mappen ligger på et nettverksområde/);
    await expect(section.getByText('Det er ikke laget noen arkivkopi av saken.')).toBeVisible();

    // A folder that does not exist is refused, and nothing is made.
    await section.getByLabel('Mappe arkivkopien skal lagres i').fill(path.join(parent, 'finnes-ikke'));
    await section.getByRole('button', { name: 'Lag arkivkopi' }).click();
    await expect(section.getByRole('status')).toHaveText('Mappen finnes ikke. Velg en mappe som finnes.');

    await section.getByLabel('Mappe arkivkopien skal lagres i').fill(parent);
    await visit(page, '90-arkivkopi');
    await section.getByRole('button', { name: 'Lag arkivkopi' }).click();
    const stem = `${caseNumber}_2027-03-10`;
    const folder = path.join(parent, stem);
    await expect(section.getByRole('status')).toHaveText(`Arkivkopien er laget: 3 filer i ${folder}`, {
      timeout: 60_000,
    });
    await expect(section.getByTestId('archive-latest')).toHaveText(
      /^Arkivkopi laget 10\.03\.2027.* av Kari Administrator$/,
    );

    expect(readdirSync(parent)).toEqual([stem]);
    // Owner-only, as the register export and the backups.
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    for (const file of readdirSync(folder))
      expect(statSync(path.join(folder, file)).mode & 0o777).toBe(0o600);
    expect(readdirSync(folder).sort()).toEqual([
      `${stem}_brev-1-vedtak.pdf`,
      `${stem}_hendelser.csv`,
      `${stem}_saksoversikt.pdf`,
    ]);
    const overview = inspectPdfA(path.join(folder, `${stem}_saksoversikt.pdf`));
    expect(overview.problems).toEqual([]);
    expect(overview.xmp).toContain(`Saksoversikt ${caseNumber}`);
    expect(overview.text).toContain('Sofie Testbarn');
    expect(overview.text).toContain('Taushetsbelagt');
    const letter = inspectPdfA(path.join(folder, `${stem}_brev-1-vedtak.pdf`));
    expect(letter.problems).toEqual([]);
    expect(letter.text).toContain('Søknaden om barnekoordinator er avslått.');
    for (const report of [overview, letter]) expect(report.fonts.every((f) => f.emb)).toBe(true);

    const csv = readFileSync(path.join(folder, `${stem}_hendelser.csv`), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse(csv.slice(1), { record_delimiter: '\r\n' }) as string[][];
    expect(rows[0]).toEqual([
      'Dato',
      'Hendelse',
      'Rettighet',
      'Utfall og detaljer',
      'Registrert av',
      'Registrert',
    ]);
    expect(rows.map((r) => r.slice(0, 4))).toEqual(
      expect.arrayContaining([
        ['2027-03-01', 'Vedtak', 'Barnekoordinator', 'Avslått, underrettet 2027-03-02'],
        ['2027-03-02', 'Brev sendt', 'Barnekoordinator', 'Vedtaksbrev'],
        ['2027-03-09', 'Saken avsluttet', '', 'Behovet er over: =SUM(A1) ble skrevet i notatet'],
      ]),
    );
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }

  // The export and the copy are in the log, naming the person.
  const { rows } = await core<{ rows: AuditRow[] }>(page, 'audit.list', { limit: 100 });
  const ofCase = rows.filter((r) => r.entity === 'case' && r.entityId === String(caseId));
  expect(ofCase.filter((r) => r.action === 'export')).toHaveLength(1);
  expect(ofCase.filter((r) => r.action === 'archive_copy')).toEqual([
    expect.objectContaining({ fields: [expect.stringMatching(/^person:\d+$/)] }),
  ]);
  // Each document was rendered through its print layout, logged as a print.
  expect(ofCase.filter((r) => r.action === 'print').length).toBeGreaterThanOrEqual(2);
});
