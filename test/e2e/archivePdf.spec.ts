import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { core, setUpRegister } from './helpers';
import { archiveCopyOf, inspectPdfA } from './pdfA';

// Wednesday 10 March 2027, 10:00 in Oslo. Core and the page share this clock.
const NOW = new Date('2027-03-10T09:00:00Z');
test.use({ now: NOW });

/** The register's records an archive copy is made of. */
interface Register {
  caseId: number;
  caseNumber: string;
  personId: number;
  letterId: number;
}

/** A 4x4 PNG with an alpha channel: the letterhead's logo, an image with a soft mask in the PDF. */
const LOGO =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAYAAACp8Z5+AAAAHUlEQVR4nGNgiFrAwBC1IIAhasEChqgFHxhIFwAA7DIXITRtk14AAAAASUVORK5CYII=';

/** The print layouts' marker that their data (and fonts) are in place. */
const READY = '[data-print-ready="true"]';

/** A print an archive copy is made of; `{caseId}` and the like are filled from the register. */
interface ArchiveRoute {
  name: string;
  route: string;
  /** Texts pdftotext must read back from the archive copy. */
  texts: string[];
  /** What shows the page is ready to print: a print layout's marker unless said. */
  ready: string;
}

const print = (name: string, route: string, texts: string[], ready = READY): ArchiveRoute => ({
  name,
  route,
  texts,
  ready,
});

/** Every print an archive copy is made of, one line each. */
const ROUTES: ArchiveRoute[] = [
  print('saksoversikt', '#/print/sak/{caseId}', ['{caseNumber}', 'Sofie Testbarn']),
  print('brev', '#/print/brev/{letterId}', ['{caseNumber}', 'Sofie Testbarn']),
  print('protokoll', '#/print/protokoll?from=2027-01-01&to=2027-03-10', [
    '{caseNumber}',
    'Sofie',
    'Taushetsbelagt',
  ]),
  // Innsyn i logg: the person's access log, for the person to receive (admin only).
  print('logg', '#/print/logg/{personId}', ['Innsyn i logg for Sofie Testbarn', 'Saker: {caseNumber}']),
];

function fill(template: string, register: Register): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(register[key as keyof Register]));
}

/** A case with a mapping conversation, a granted decision and an interim reply letter on a letterhead with a logo. */
async function buildRegister(page: Page): Promise<Register> {
  const settings = await core<Record<string, unknown>>(page, 'letters.settings', {});
  await core(page, 'letters.updateSettings', { ...settings, logo: LOGO, address: 'Postboks 114\n1870 Ørje' });
  const created = await core<{ record: { id: number; caseNumber: string; personId: number } }>(
    page,
    'cases.create',
    {
      receivedDate: '2027-01-11',
      channel: 'electronicForm',
      appliedBy: 'guardian',
      appliedByName: 'Mona Testforelder',
      rightsRequested: ['individuellPlan'],
      needDescription: 'Sammensatte behov: «skole» & fritid <hjelp>.',
      person: { name: 'Sofie Testbarn', birthDate: '2016-04-12', address: 'Storgata 1, 1870 Ørje' },
    },
  );
  const { id: caseId, caseNumber, personId } = created.record;
  await core(page, 'cases.recordStep', {
    caseId,
    step: {
      kind: 'mapping',
      date: '2027-01-19',
      form: 'homeVisit',
      participants: 'Sofie, Mona Testforelder, saksbehandler',
      childParticipated: true,
      childViews: 'Vil ha én voksen å gå til på skolen.',
    },
  });
  await core(page, 'cases.recordStep', {
    caseId,
    step: {
      kind: 'decision',
      right: 'individuellPlan',
      outcome: 'granted',
      reasons: 'Vilkårene er oppfylt.',
      legalBasis: 'pasient- og brukerrettighetsloven § 2-5',
      decisionDate: '2027-02-01',
      notifiedDate: '2027-02-02',
    },
  });
  const letter = { caseId, kind: 'interimReply', date: '2027-03-10' } as const;
  const interim = { reason: 'Vi venter på opplysninger fra skolen.', expectedDate: '2027-04-15' };
  const draft = await core<{ text: string }>(page, 'letters.draft', { ...letter, ...interim });
  const recorded = await core<{ id: number }>(page, 'letters.record', {
    ...letter,
    text: draft.text,
    interimReply: interim,
  });
  return { caseId, caseNumber, personId, letterId: recorded.id };
}

test('archive copies of the case overview, a letter, the protocol and a person’s access log are PDF/A-2 as qpdf and poppler read them', async ({
  page,
  samordna,
}, testInfo) => {
  await page.clock.setFixedTime(NOW);
  await setUpRegister(page, samordna.host.url);
  const register = await buildRegister(page);
  const base = samordna.host.url.split('?')[0]!.split('#')[0]!;

  for (const archive of ROUTES) {
    await test.step(archive.name, async () => {
      await page.goto(`${base}${fill(archive.route, register)}`);
      await page.locator(archive.ready).first().waitFor();
      await page.evaluate(() => document.fonts.ready);
      const title = (await page.getByRole('heading', { level: 1 }).first().textContent())?.trim() ?? '';
      expect(title, 'the page has a title').not.toBe('');
      const file = testInfo.outputPath(`${archive.name}.pdf`);
      const raw = testInfo.outputPath(`${archive.name}.chromium.pdf`);
      await archiveCopyOf(
        page,
        { title, author: 'Testvik kommune', language: 'nb', created: NOW },
        file,
        raw,
      );
      // The checks see what is missing in Chromium's own PDF: they do not pass by default.
      expect(inspectPdfA(raw).problems).toEqual(
        expect.arrayContaining(['0 OutputIntents, not one', 'the XMP does not say PDF/A part 2']),
      );

      const report = inspectPdfA(file);
      expect(report.problems, `${archive.name}: PDF/A problems`).toEqual([]);
      expect(report.qpdfClean).toBe(true);
      // Chromium gives every font a ToUnicode map: the copy claims level U, and pdffonts agrees.
      expect(report.conformance).toBe('U');
      expect(report.fonts.length).toBeGreaterThan(0);
      expect(report.fonts.every((f) => f.emb && f.uni)).toBe(true);
      expect(report.xmp).toContain(escapeXml(title));
      expect(report.xmp).toContain('<rdf:li>Testvik kommune</rdf:li>');
      expect(report.pages).toBeGreaterThanOrEqual(1);
      const text = report.text.replace(/\s+/g, ' ');
      for (const expected of archive.texts.map((t) => fill(t, register)))
        expect(text, expected).toContain(expected);
    });
  }
});

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
