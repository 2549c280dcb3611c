import path from 'node:path';

import type { Page } from '@playwright/test';

import { expect, screenshotDir, test, visit } from './fixtures';
import { core, setUpRegister } from './helpers';
import { printedLayout, printedText, type PdfLayout } from './pdf';

// Wednesday 10 March 2027, 10:00 in Oslo. Core and the page share this clock.
const NOW = new Date('2027-03-10T09:00:00Z');
test.use({ now: NOW });

const MARKING =
  'Taushetsbelagt, jf. offentleglova § 13, jf. forvaltningsloven § 13 første ledd nr. 1 og helse- og omsorgstjenesteloven § 12-1';

/** One case with a guardian, a mapping conversation, an IP decision, a barnekoordinator and a plan with two goals. */
async function buildCase(page: Page): Promise<number> {
  const unit = await core<{ id: number }>(page, 'serviceUnits.create', { name: 'PPT' });
  const siri = await core<{ id: number }>(page, 'coordinators.create', {
    name: 'Siri Koordinator',
    serviceUnitId: unit.id,
  });
  const created = await core<{ record: { id: number } }>(page, 'cases.create', {
    receivedDate: '2027-01-11',
    channel: 'electronicForm',
    appliedBy: 'guardian',
    appliedByName: 'Mona Testforelder',
    rightsRequested: ['individuellPlan', 'barnekoordinator'],
    needDescription: 'Sammensatte behov etter hjerneskade.',
    person: {
      name: 'Sofie Testbarn',
      birthDate: '2016-04-12',
      address: 'Storgata 1, 1870 Ørje',
      relations: [
        {
          name: 'Mona Testforelder',
          relation: 'mother',
          parentalResponsibility: true,
          mayConsent: true,
          phone: '900 11 222',
        },
        { name: 'Per Testforelder', relation: 'father', parentalResponsibility: true, mayConsent: true },
      ],
    },
  });
  const id = created.record.id;
  await core(page, 'cases.recordStep', {
    caseId: id,
    step: {
      kind: 'mapping',
      date: '2027-01-19',
      form: 'homeVisit',
      participants: 'Sofie, Mona Testforelder, saksbehandler',
      childParticipated: true,
      childViews: 'Vil ha én voksen å gå til på skolen.',
    },
  });
  for (const right of ['individuellPlan', 'barnekoordinator']) {
    await core(page, 'cases.recordStep', {
      caseId: id,
      step: {
        kind: 'decision',
        right,
        outcome: 'granted',
        reasons: 'Vilkårene er oppfylt.',
        legalBasis:
          right === 'individuellPlan'
            ? 'pasient- og brukerrettighetsloven § 2-5'
            : 'pasient- og brukerrettighetsloven § 2-5 c',
        decisionDate: '2027-02-01',
        // The barnekoordinator decision reached the family later: its appeal deadline still runs.
        notifiedDate: right === 'individuellPlan' ? '2027-02-02' : '2027-03-05',
      },
    });
  }
  await core(page, 'cases.recordStep', {
    caseId: id,
    step: {
      kind: 'consent',
      type: 'plan',
      givenBy: 'guardian',
      givenByName: 'Mona Testforelder',
      date: '2027-02-03',
    },
  });
  await core(page, 'appointments.appoint', {
    caseId: id,
    coordinatorId: siri.id,
    role: 'barnekoordinator',
    startDate: '2027-02-08',
    familyWish: 'followed',
  });
  await core(page, 'plans.save', {
    caseId: id,
    plan: {
      wanted: true,
      tool: 'sampro',
      periodStart: '2027-02-15',
      periodEnd: '2028-02-14',
      nextRevisionDate: '2027-08-15',
    },
  });
  const withGoal = await core<{ goals: { id: number }[] }>(page, 'plans.saveGoal', {
    caseId: id,
    goal: { text: 'Sofie går på skolen med assistent', area: 'kindergartenSchool', status: 'inProgress' },
  });
  await core(page, 'plans.saveMeasure', {
    caseId: id,
    goalId: withGoal.goals[0]!.id,
    measure: { text: 'Assistent i klassen fire timer i uka', serviceUnitId: unit.id, status: 'inProgress' },
  });
  await core(page, 'plans.saveGoal', {
    caseId: id,
    goal: { text: 'Sofie svømmer med klassen', area: 'leisure', status: 'notStarted' },
  });
  return id;
}

test('a case overview is printed from the case page: confidential, real text, at most two A4 pages', async ({
  page,
  samordna,
}) => {
  await page.clock.setFixedTime(NOW);
  await setUpRegister(page, samordna.host.url);
  const caseId = await buildCase(page);

  await page.goto(`${samordna.host.url.split('?')[0]}#/saker/${caseId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sofie Testbarn' })).toBeVisible();
  await page.getByRole('link', { name: 'Skriv ut saksoversikt' }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: /^Saksoversikt, sak \d{4}-\d{4}$/ }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Rettigheter og vedtak' })).toBeVisible();
  // The app shell stays away from the paper.
  await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toHaveCount(0);
  await visit(page, '60-print-saksoversikt');

  const pdf = await printedText(page);
  const text = pdf.text.replace(/\s+/g, ' ');
  expect(pdf.pages).toBeGreaterThanOrEqual(1);
  expect(pdf.pages).toBeLessThanOrEqual(2);
  for (const expected of [
    'Saksoversikt, sak',
    'Person og sak',
    'Sofie Testbarn',
    // The guardians and the mapping conversation are on paper too (table cells may wrap).
    'Foresatte, pårørende og fullmektig',
    'Per Testforelder',
    '900 11 222',
    'Kartleggingssamtaler',
    '19.01.2027',
    'Hjemmebesøk',
    'Vil ha én voksen',
    'Rettigheter og vedtak',
    'Innvilget',
    '01.02.2027',
    '§ 2-5 c',
    'Frister',
    'Koordinator',
    'Siri Koordinator',
    'Individuell plan',
    'Sofie går på skolen med assistent',
    'Assistent i klassen fire timer i uka',
    'Samtykker',
    'Må følges opp',
    MARKING,
    'Side 1 av',
  ]) {
    expect(text, expected).toContain(expected);
  }
  // The toolbar is not printed.
  expect(text).not.toContain('Lagre som PDF');
  expect(text).not.toMatch(/Tilbake Skriv ut/);
  // The marking is on every page.
  expect(text.split(MARKING).length - 1).toBeGreaterThanOrEqual(pdf.pages);

  // Tilbake goes back to the case.
  await page.getByRole('link', { name: 'Tilbake' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sofie Testbarn' })).toBeVisible();

  // The log says the case left the register on paper.
  const printRows = await core<{ rows: { action: string; entityId: string | null }[] }>(page, 'audit.list', {
    action: 'print',
  });
  expect(printRows.rows).toMatchObject([{ action: 'print', entityId: String(caseId) }]);
});

test('the coordinators, the running deadlines and the agenda print as confidential lists', async ({
  page,
  samordna,
}) => {
  await page.clock.setFixedTime(NOW);
  await setUpRegister(page, samordna.host.url);
  await buildCase(page);
  // A new application, waiting for the team meeting: its interim reply is due 1 April.
  await core(page, 'cases.create', {
    receivedDate: '2027-03-01',
    channel: 'paper',
    appliedBy: 'guardian',
    rightsRequested: ['koordinator'],
    person: { name: 'Emil Venter', birthDate: '2012-09-30' },
  });

  await page
    .getByRole('navigation', { name: 'Hovedmeny' })
    .getByRole('link', { name: 'Koordinatorer' })
    .click();
  await page.getByRole('link', { name: 'Skriv ut koordinatorer med opplæringsstatus' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Koordinatorer og opplæringsstatus' }),
  ).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Siri Koordinator' })).toBeVisible();
  await visit(page, '61-print-koordinatorer');
  const coordinators = (await printedText(page)).text.replace(/\s+/g, ' ');
  expect(coordinators).toContain('Koordinatorer og opplæringsstatus');
  expect(coordinators).toContain('Siri Koordinator');
  expect(coordinators).toContain('Ikke opplært');
  expect(coordinators).toContain(MARKING);

  await page.getByRole('link', { name: 'Tilbake' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Koordinatorer' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Saker' }).click();
  await page.getByRole('link', { name: 'Skriv ut løpende frister' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Løpende frister' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Sofie Testbarn' })).toBeVisible();
  await visit(page, '62-print-frister');
  const deadlines = (await printedText(page)).text.replace(/\s+/g, ' ');
  // Notified 5 March: the family's four weeks run to Friday 2 April.
  expect(deadlines).toContain('Løpende frister');
  // Table cells wrap in the text layout: the row's parts are checked one by one.
  for (const part of ['02.04.2027', 'om 3 uker', 'Klagefrist', '(Barnekoordinator)', 'Sofie', '§ 7-5'])
    expect(deadlines, part).toContain(part);
  // Emil's interim reply comes first: it is due sooner.
  expect(deadlines.indexOf('01.04.2027')).toBeGreaterThan(-1);
  expect(deadlines.indexOf('01.04.2027')).toBeLessThan(deadlines.indexOf('02.04.2027'));
  expect(deadlines).toContain(MARKING);

  await page.getByRole('link', { name: 'Tilbake' }).click();
  await page.getByRole('link', { name: 'Saksbehandlingsprotokoll' }).click();
  await page.getByRole('link', { name: 'Skriv ut sakslisten' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Saksliste til neste møte i tiltaksteamet' }),
  ).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Emil Venter' })).toBeVisible();
  await visit(page, '63-print-dagsorden');
  const agenda = (await printedText(page)).text.replace(/\s+/g, ' ');
  for (const part of [
    'Saksliste til neste møte i tiltaksteamet',
    // Names wrap inside their cell in the text layout: the first name and the case number.
    'Emil',
    '2027-0002',
    'Vilkårsvurdering',
    'Notater',
    MARKING,
  ])
    expect(agenda, part).toContain(part);
  expect(agenda).not.toContain('Sofie Testbarn');
});

/** The print layout's margins (features/print/pageMargins.ts: 16 mm above and below, 15 mm beside). */
const SIDE_MARGIN_PT = (15 / 25.4) * 72;
const VERTICAL_MARGIN_PT = (16 / 25.4) * 72;

/** No word in the page area lies in a side margin or past the paper's edge: no table is cut. */
function wordsOutside(layout: PdfLayout): string[] {
  return layout.words
    .filter((w) => {
      const { width, height } = layout.pages[w.page - 1]!;
      const inPageArea = w.yMin > VERTICAL_MARGIN_PT && w.yMax < height - VERTICAL_MARGIN_PT;
      return inPageArea && (w.xMin < SIDE_MARGIN_PT - 1 || w.xMax > width - SIDE_MARGIN_PT + 1);
    })
    .map((w) => `${w.text} (page ${w.page}, ${w.xMin.toFixed(0)}–${w.xMax.toFixed(0)} pt)`);
}

/** The text of a print's pages, without spaces. */
function joined(layout: PdfLayout): string {
  return layout.words.map((w) => w.text).join('');
}

/**
 * The text of the table cell whose first word starts with `first`, its lines joined without
 * spaces: each line that starts at the cell's left edge, read rightwards while the words are a
 * space apart (the next cell is further off), line after line.
 */
function cellText(layout: PdfLayout, first: string): string {
  const start = layout.words.find((w) => w.text.startsWith(first));
  if (!start) return '';
  const onPage = layout.words.filter((w) => w.page === start.page);
  const starts = onPage
    .filter((w) => Math.abs(w.xMin - start.xMin) < 2 && w.yMin >= start.yMin)
    .sort((a, b) => a.yMin - b.yMin);
  const text: string[] = [];
  let lastY = start.yMin;
  for (const lineStart of starts) {
    if (lineStart.yMin - lastY > 20) break;
    lastY = lineStart.yMin;
    const line = onPage
      .filter((w) => Math.abs(w.yMin - lineStart.yMin) < 2 && w.xMin >= lineStart.xMin)
      .sort((a, b) => a.xMin - b.xMin);
    let previous = line[0]!;
    text.push(previous.text);
    for (const w of line.slice(1)) {
      if (w.xMin - previous.xMax > 8) break;
      text.push(w.text);
      previous = w;
    }
  }
  return text.join('');
}

// One word as long as the fields take: typed by mistake, pasted, or a unit's name written together.
// No space or hyphen in them: nowhere a line may break.
const LONG_UNIT = 'Barneogfamilietjenestenhelsestasjonenogskolehelsetjenesten';
const LONG_NAME = 'Wolfeschlegelsteinhausenbergerdorffvoralternwaren';

test('the list prints keep their widest tables inside the A4 margins, even with names written as one long word', async ({
  page,
  samordna,
}) => {
  await page.clock.setFixedTime(NOW);
  await setUpRegister(page, samordna.host.url);
  const unit = await core<{ id: number }>(page, 'serviceUnits.create', { name: LONG_UNIT });
  await core(page, 'coordinators.create', {
    name: `Maria ${LONG_NAME}`,
    serviceUnitId: unit.id,
    position: 'Spesialpedagogiskrådgiverogkoordinatorforbarnogunge',
  });
  // Waiting for the team meeting: on the agenda, the widest list print (eight columns).
  await core(page, 'cases.create', {
    receivedDate: '2027-03-01',
    channel: 'paper',
    appliedBy: 'guardian',
    rightsRequested: ['individuellPlan', 'koordinator'],
    person: { name: `Emil ${LONG_NAME}`, birthDate: '2012-09-30' },
  });

  await page.goto(`${samordna.host.origin}/#/print/dagsorden`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Saksliste til neste møte i tiltaksteamet' }),
  ).toBeVisible();
  await expect(page.getByRole('cell', { name: `Emil ${LONG_NAME}` })).toBeVisible();
  const agenda = await printedLayout(page, path.join(screenshotDir, '64-print-dagsorden-lange-navn.pdf'));
  expect(wordsOutside(agenda), 'agenda words outside the printable width').toEqual([]);
  // Every column is on the paper, the last one too; the long name is all there, broken in its cell.
  for (const part of ['Saksnr.', 'Notater', '2027-0001', '01.04.2027'])
    expect(joined(agenda), part).toContain(part);
  expect(cellText(agenda, 'Emil')).toBe(`Emil${LONG_NAME}`);

  // The protocol is its screen page printed as it is (window.print), with the same long name.
  await page.goto(`${samordna.host.origin}/#/saker/protokoll`);
  await expect(page.getByRole('cell', { name: `Emil ${LONG_NAME}` }).first()).toBeVisible();
  const protocol = await printedLayout(page, path.join(screenshotDir, '64-print-protokoll-lange-navn.pdf'));
  expect(wordsOutside(protocol), 'protocol words outside the printable width').toEqual([]);
  expect(joined(protocol)).toContain('2027-0001');

  await page.goto(`${samordna.host.origin}/#/print/koordinatorer`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Koordinatorer og opplæringsstatus' }),
  ).toBeVisible();
  await expect(page.getByRole('cell', { name: LONG_UNIT })).toBeVisible();
  await visit(page, '65-print-koordinatorer-lange-navn');
  const coordinators = await printedLayout(
    page,
    path.join(screenshotDir, '65-print-koordinatorer-lange-navn.pdf'),
  );
  expect(wordsOutside(coordinators), 'coordinator words outside the printable width').toEqual([]);
  expect(joined(coordinators)).toContain('Ikkeopplært');
  expect(cellText(coordinators, 'Maria')).toBe(`Maria${LONG_NAME}`);
  expect(cellText(coordinators, LONG_UNIT.slice(0, 10))).toBe(LONG_UNIT);
});
