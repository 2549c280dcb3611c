import { expect, test, visit } from './fixtures';
import { core, setUpRegister } from './helpers';
import { printedText } from './pdf';

// Wednesday 10 March 2027, 10:00 in Oslo. Core and the page share this clock.
const NOW = new Date('2027-03-10T09:00:00Z');
test.use({ now: NOW });

/** A 2x2 PNG: the letterhead's logo. */
const LOGO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAD0lEQVR4nGNgCFgAQhAKABfOA8GPKJPwAAAAAElFTkSuQmCC',
  'base64',
);

test('a decision letter is written from the template, edited, recorded on the case and printed on the letterhead', async ({
  page,
  samordna,
}) => {
  await page.clock.setFixedTime(NOW);
  await setUpRegister(page, samordna.host.url);
  const base = samordna.host.url.split('?')[0];

  // The letterhead, in Innstillinger → Brev.
  await page.goto(`${base}#/innstillinger/brev`);
  await page.getByLabel('Postadresse').fill('Postboks 114\n1870 Ørje');
  await page.getByLabel('Telefon').fill('69810500');
  await page.getByLabel('Klageinstans').fill('Statsforvalteren i Østfold, Buskerud, Oslo og Akershus');
  await page
    .getByLabel('Logo', { exact: true })
    .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: LOGO });
  await expect(page.getByRole('img', { name: 'Logoen slik den står i brevhodet' })).toBeVisible();
  await visit(page, '70-innstillinger-brev');
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(page.getByText('Innstillingene for brev er lagret.')).toBeVisible();

  const created = await core<{ record: { id: number } }>(page, 'cases.create', {
    receivedDate: '2027-01-11',
    channel: 'electronicForm',
    appliedBy: 'guardian',
    rightsRequested: ['barnekoordinator'],
    person: { name: 'Sofie Testbarn', birthDate: '2016-04-12', address: 'Storgata 1\n1870 Ørje' },
  });
  const caseId = created.record.id;
  await core(page, 'cases.recordStep', {
    caseId,
    step: {
      kind: 'decision',
      right: 'barnekoordinator',
      outcome: 'granted',
      reasons: 'Familien har behov for langvarige og koordinerte tjenester.',
      legalBasis: '',
      decisionDate: '2027-03-08',
      notifiedDate: null,
    },
  });

  await page.goto(`${base}#/saker/${caseId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sofie Testbarn' })).toBeVisible();
  await expect(page.getByText('Ingen brev er skrevet i saken ennå.')).toBeVisible();
  await page.getByRole('link', { name: 'Skriv brev' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Skriv brev' })).toBeVisible();
  await page.getByRole('radio', { name: 'Vedtaksbrev' }).check();
  await page.getByRole('radio', { name: 'Barnekoordinator: Innvilget 08.03.2027' }).check();
  await visit(page, '71-brev-velg');
  await page.getByRole('button', { name: 'Skriv brevet' }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: 'Vedtaksbrev om barnekoordinator' }),
  ).toBeVisible();
  const text = page.getByRole('textbox', { name: /^Brevtekst/ });
  await expect(text).toHaveValue(/Søknaden om barnekoordinator er innvilget\./);
  // Not yet told: four weeks from the letter's date, 10 March -> 7 April 2027.
  await expect(page.getByText('Klagefristen i brevet: 07.04.2027, regnet fra brevets dato.')).toBeVisible();
  await text.fill(`${await text.inputValue()}\n\nVi ringer deg i neste uke.`);
  await visit(page, '72-brev-skriv');
  await page.getByRole('button', { name: 'Lagre og skriv ut' }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: /^Vedtaksbrev \(barnekoordinator\) – 2027-\d{4}$/ }),
  ).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toHaveCount(0);
  await expect(page.getByRole('img', { name: 'Logo for Testvik kommune' })).toBeVisible();
  await visit(page, '73-print-brev');
  const pdf = await printedText(page);
  const printed = pdf.text.replace(/\s+/g, ' ');
  for (const expected of [
    'Testvik kommune',
    'Postboks 114 1870 Ørje',
    'Telefon: 69810500',
    '10.03.2027',
    'Sofie Testbarn Storgata 1 1870 Ørje',
    'Vedtak om barnekoordinator – Sofie Testbarn',
    'Familien har behov for langvarige og koordinerte tjenester.',
    'pasient- og brukerrettighetsloven § 2-5 c og helse- og omsorgstjenesteloven § 7-2 a',
    'Klagen må være sendt senest 07.04.2027, jf. pasient- og brukerrettighetsloven § 7-5.',
    'Statsforvalteren i Østfold, Buskerud, Oslo og Akershus',
    'Vi ringer deg i neste uke.',
    // The signature (a page may end between its lines).
    'Med vennlig hilsen Kari Administrator',
    'Koordinerende enhet, Testvik kommune',
    'Taushetsbelagt',
  ])
    expect(printed, expected).toContain(expected);
  expect(printed).not.toMatch(/\{[a-zæøå]+\}/);

  // Back on the case, the letter is listed with its date, to print again.
  await page.getByRole('link', { name: 'Tilbake' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sofie Testbarn' })).toBeVisible();
  const letters = page.getByRole('region', { name: 'Brev' });
  await expect(letters.getByRole('cell', { name: '10.03.2027', exact: true })).toBeVisible();
  await expect(
    letters.getByRole('link', { name: 'Skriv ut Vedtaksbrev (barnekoordinator) datert 10.03.2027' }),
  ).toBeVisible();
  await visit(page, '74-sak-brev');

  const rows = await core<{ rows: { action: string; entityId: string | null }[] }>(page, 'audit.list', {
    limit: 50,
  });
  const actions = rows.rows.filter((r) => r.entityId === String(caseId)).map((r) => r.action);
  expect(actions).toContain('letter_create');
  expect(actions).toContain('print');
});
