import type { Page } from '@playwright/test';

import { expect, test, visit } from './fixtures';
import { setUpRegister } from './helpers';

// Wednesday 10 March 2027, 10:00 in Oslo. Core and the page share this clock.
const NOW = new Date('2027-03-10T09:00:00Z');
test.use({ now: NOW });

/** Fills a dd.mm.åååå date field. */
async function date(page: Page, label: string, value: string) {
  await page.getByLabel(label, { exact: true }).fill(value);
}

/** Picks a radio button inside the group with this legend. */
async function choose(page: Page, legend: string, option: string) {
  await page.getByRole('group', { name: legend }).getByRole('radio', { name: option, exact: true }).check();
}

async function save(page: Page) {
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Neste steg' })).toBeVisible();
}

test('a barnekoordinator and individuell plan case for an unborn child runs from application to closing', async ({
  page,
  samordna,
}) => {
  await page.clock.setFixedTime(NOW);
  await setUpRegister(page, samordna.host.url);

  // Saker: empty at first.
  await page.getByRole('link', { name: 'Saker', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Saker' })).toBeVisible();
  await expect(page.getByText('Registeret har ingen saker ennå')).toBeVisible();
  await visit(page, '20-saker-tom');

  // Registration: the family phoned on 1 February; the child is due in May.
  await page.getByRole('link', { name: 'Ny sak' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny sak' })).toBeVisible();
  await page.getByLabel('Barnet er ikke født ennå (registreres med termindato)').check();
  await page.getByRole('button', { name: 'Registrer saken' }).click();
  await expect(page.getByText('Må fylles ut.').first()).toBeVisible();
  await visit(page, '21-ny-sak-feil');
  await page.getByLabel('Navn', { exact: true }).fill('Barn av Kari Testmor');
  await date(page, 'Termindato', '20.05.2027');
  await date(page, 'Mottatt dato', '01.02.2027');
  await page.getByLabel('Hvem søker').selectOption({ label: 'Foreldre eller foresatte' });
  await page.getByRole('checkbox', { name: 'Barnekoordinator' }).check();
  await page.getByRole('checkbox', { name: 'Individuell plan' }).check();
  await page
    .getByLabel('Beskriv sykdommen, skaden eller funksjonsnedsettelsen')
    .fill('Hjertefeil påvist på ultralyd; operasjon etter fødsel.');
  await page.getByRole('button', { name: 'Legg til foresatt eller pårørende' }).click();
  await page
    .getByRole('group', { name: 'Person 1' })
    .getByLabel('Navn', { exact: true })
    .fill('Kari Testmor');
  await page
    .getByRole('group', { name: 'Person 1' })
    .getByLabel('Forhold til personen')
    .selectOption({ label: 'Mor' });
  await page.getByRole('group', { name: 'Person 1' }).getByLabel('Har foreldreansvar').check();
  await page.getByRole('group', { name: 'Person 1' }).getByLabel('Kan samtykke').check();
  await visit(page, '22-ny-sak');
  await page.getByRole('button', { name: 'Registrer saken' }).click();

  // The case page: the child is not born, the interim reply deadline is the law's month.
  await expect(page.getByRole('heading', { level: 1, name: /Barn av Kari Testmor/ })).toBeVisible();
  await expect(page.getByText('Termin 20.05.2027')).toBeVisible();
  await expect(page.getByText(/01\.03\.2027 \(forvaltningsloven § 11 a\)/).first()).toBeVisible();
  await visit(page, '23-sak-mottatt');

  // Mapping conversation at home, with the mother.
  await page.getByRole('link', { name: 'Registrer kartleggingssamtale' }).click();
  await date(page, 'Dato', '08.02.2027');
  await choose(page, 'Form', 'Hjemmebesøk');
  await page.getByLabel('Deltakere').fill('Kari Testmor, helsesykepleier');
  await visit(page, '24-kartlegging');
  await save(page);

  // Consent to the processing, given by the mother.
  await page.getByRole('link', { name: 'Samtykke', exact: true }).click();
  await choose(page, 'Hva samtykket gjelder', 'Samtykke til saksbehandlingen');
  await choose(page, 'Gitt av', 'Foresatt');
  await page.getByLabel('Navn på den som ga samtykket').fill('Kari Testmor');
  await date(page, 'Dato for samtykket', '08.02.2027');
  await save(page);

  // Assessment of each right: every condition met.
  for (const right of ['Barnekoordinator', 'Individuell plan']) {
    await page.getByRole('link', { name: 'Vilkårsvurdering', exact: true }).click();
    await choose(page, 'Rettighet', right);
    await date(page, 'Dato for vurderingen', '22.02.2027');
    for (const met of await page.getByRole('radio', { name: 'Oppfylt', exact: true }).all())
      await met.check();
    if (right === 'Barnekoordinator') await visit(page, '25-vilkarsvurdering');
    await save(page);
  }

  // Decisions: individuell plan granted, barnekoordinator refused; notified on 1 March.
  // Four weeks from Monday 1 March is Easter Monday 2027: the appeal deadline moves to Tuesday.
  for (const [right, outcome] of [
    ['Individuell plan', 'Innvilget'],
    ['Barnekoordinator', 'Avslått'],
  ] as const) {
    await page.getByRole('link', { name: 'Vedtak', exact: true }).click();
    await choose(page, 'Rettighet', right);
    await choose(page, 'Resultat', outcome);
    await page.getByLabel('Begrunnelse').fill('Vurdert etter vilkårene.');
    await date(page, 'Vedtaksdato', '26.02.2027');
    // A notification before the decision is refused beside the field.
    await date(page, 'Familien fikk vedtaket', '25.02.2027');
    await page.getByRole('button', { name: 'Lagre', exact: true }).click();
    await expect(page.getByText('Familien kan ikke ha fått vedtaket før det ble fattet.')).toBeVisible();
    if (right === 'Barnekoordinator') await visit(page, '26-vedtak-feil');
    await date(page, 'Familien fikk vedtaket', '01.03.2027');
    await save(page);
  }
  await expect(
    page.getByText('Familien kan klage på vedtaket om barnekoordinator innen 30.03.2027', { exact: false }),
  ).toBeVisible();
  await visit(page, '27-sak-vedtak');

  // The family appeals the refusal; the municipality upholds it and forwards the appeal.
  await page.getByRole('link', { name: 'Klage', exact: true }).click();
  await choose(page, 'Vedtaket det klages på', 'Vedtak om barnekoordinator 26.02.2027: Avslått');
  await date(page, 'Klagen mottatt', '05.03.2027');
  await visit(page, '28-klage');
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Neste steg' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Vurder klagen' })).toBeVisible();
  await page.getByRole('link', { name: 'Vurder klagen' }).click();
  await choose(page, 'Kommunens vurdering av klagen', 'Ikke medhold');
  await date(page, 'Dato for kommunens vurdering', '08.03.2027');
  await date(page, 'Sendt til Statsforvalteren', '09.03.2027');
  await save(page);
  await expect(page.getByText('Hos Statsforvalteren').first()).toBeVisible();
  await visit(page, '29-sak-hos-statsforvalteren');

  // Close the case.
  await page.getByRole('link', { name: 'Avslutning', exact: true }).click();
  await date(page, 'Dato for avslutning', '10.03.2027');
  await choose(page, 'Årsak', 'Behovet er over');
  await save(page);
  await expect(page.getByText('Avsluttet').first()).toBeVisible();
  await visit(page, '30-sak-avsluttet');

  // The list shows the case; the protocol has it as received on 1 February.
  await page.getByRole('link', { name: 'Tilbake til sakslisten' }).click();
  await page.getByRole('combobox', { name: 'Status' }).selectOption('all');
  await expect(page.getByRole('cell', { name: /Barn av Kari Testmor/ })).toBeVisible();
  await visit(page, '31-saker');
  await page.getByRole('link', { name: 'Saksbehandlingsprotokoll' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Saksbehandlingsprotokoll' })).toBeVisible();
  await expect(page.getByRole('cell', { name: /Barn av Kari Testmor/ }).first()).toBeVisible();
  await visit(page, '32-protokoll');

  // The deadlines' rules and legal references are settings an administrator can see and change.
  await page.getByRole('link', { name: 'Innstillinger', exact: true }).click();
  await page.getByRole('link', { name: 'Frister og aldersgrenser' }).click();
  await expect(page.getByRole('group', { name: /Lovhenvisninger/ })).toBeVisible();
  await expect(page.getByLabel('Foreløpig svar', { exact: true })).toHaveValue('forvaltningsloven § 11 a');
  await visit(page, '33-innstillinger-frister');
});
