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

interface ArchiveRoute {
  name: string;
  route: (r: Register) => string;
  /** What shows the page is ready to print. */
  ready: string;
  /** Texts pdftotext must read back from the archive copy. */
  texts: (r: Register) => string[];
}

/** Every print an archive copy is made of: adding one is one line. */
const ROUTES: ArchiveRoute[] = [
  {
    name: 'saksoversikt',
    route: (r) => `#/print/sak/${r.caseId}`,
    ready: READY,
    texts: (r) => [r.caseNumber, 'Sofie Testbarn'],
  },
  {
    name: 'brev',
    route: (r) => `#/print/brev/${r.letterId}`,
    ready: READY,
    texts: (r) => [r.caseNumber, 'Sofie Testbarn'],
  },
  {
    name: 'protokoll',
    route: () => '#/saker/protokoll',
    ready: '[data-testid="protocol-table"]',
    texts: (r) => [r.caseNumber, 'Sofie'],
  },
];

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

test('archive copies of the case overview, a letter and the protocol are PDF/A-2 as qpdf and poppler read them', async ({
  page,
  samordna,
}, testInfo) => {
  await page.clock.setFixedTime(NOW);
  await setUpRegister(page, samordna.host.url);
  const register = await buildRegister(page);
  const base = samordna.host.url.split('?')[0]!.split('#')[0]!;

  for (const archive of ROUTES) {
    await test.step(archive.name, async () => {
      await page.goto(`${base}${archive.route(register)}`);
      await page.locator(archive.ready).first().waitFor();
      await page.evaluate(() => document.fonts.ready);
      const title = (await page.getByRole('heading', { level: 1 }).first().textContent())?.trim() ?? '';
      expect(title, 'the page has a title').not.toBe('');
      const file = testInfo.outputPath(`${archive.name}.pdf`);
      await archiveCopyOf(page, { title, author: 'Testvik kommune', language: 'nb', created: NOW }, file);

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
      for (const expected of archive.texts(register)) expect(text, expected).toContain(expected);
    });
  }
});

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
