import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { setBridge } from '@renderer/api/client';

import { caseOverviewPrint, CASE_ID, FakePrintCore, LEDER, openPrint } from './printFixture';

afterEach(() => {
  setBridge(undefined);
  vi.restoreAllMocks();
});

const CASE_LIST = '#/saker/12?fra=%23%2Fsaker%3Fstatus%3Dopen';
const address = `#/print/sak/${CASE_ID}?fra=${encodeURIComponent(CASE_LIST)}`;

function show(core = new FakePrintCore({ 'print.caseOverview': caseOverviewPrint() })) {
  setBridge(core);
  openPrint(address);
  return core;
}

const section = (name: string) => screen.getByRole('region', { name });

describe('the printed case overview', () => {
  it('is headed by the case number, with who printed it, and marked confidential with the legal reference', async () => {
    show();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Saksoversikt, sak 2027-0012' }),
    ).toBeTruthy();
    expect(
      screen.getByText(/^Skrevet ut \d{2}\.\d{2}\.\d{4} \d{2}:\d{2} av Kari Saksbehandler, Marker kommune$/),
    ).toBeTruthy();
    expect(
      screen.getByText(
        'Taushetsbelagt, jf. offentleglova § 13, jf. forvaltningsloven § 13 første ledd nr. 1 og helse- og omsorgstjenesteloven § 12-1',
      ),
    ).toBeTruthy();
    expect(document.title).toBe('Saksoversikt 2027-0012');
  });

  it('names the person with fødselsnummer and age, and the case as received', async () => {
    show();
    await screen.findByRole('region', { name: 'Person og sak' });
    const person = section('Person og sak').textContent;
    expect(person).toContain('Ola Nordmann');
    expect(person).toContain('018611 90133');
    expect(person).toContain('01.06.2011 (15 år)');
    expect(person).toContain('2027-0012');
    expect(person).toContain('Individuell plan, Barnekoordinator');
  });

  it('lists the guardians with their parental responsibility and phone', async () => {
    show();
    const relations = await screen.findByRole('region', { name: 'Foresatte, pårørende og fullmektig' });
    const row = within(relations).getAllByRole('row')[1]!;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Kari Nordmann', 'Mor', 'Ja', 'Ja', '900 11 222']);
  });

  it('shows the mapping conversation: when, how, who took part and what the child said', async () => {
    show();
    const mappings = await screen.findByRole('region', { name: 'Kartleggingssamtaler' });
    const row = within(mappings).getAllByRole('row')[1]!;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      '08.01.2027',
      'Hjemmebesøk',
      'Ola, Kari Nordmann (mor), saksbehandler',
      'Ja',
      'Vil helst ha én å ringe til.',
    ]);
  });

  it('gives each right its decision with dates and legal basis, and the deadlines in words', async () => {
    show();
    const decisions = await screen.findByRole('region', { name: 'Rettigheter og vedtak' });
    const ip = within(decisions).getByRole('row', { name: /^Individuell plan/ });
    expect(
      within(ip)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      'Innvilget 20.01.2027',
      '21.01.2027',
      'pasient- og brukerrettighetsloven § 2-5',
      'Ingen klage',
    ]);
    const deadlines = section('Frister').textContent;
    expect(deadlines).toContain(
      'Familien kan klage på vedtaket om barnekoordinator innen 15.03.2027 (pasient- og brukerrettighetsloven § 7-5)',
    );
  });

  it('shows the coordinator now and the history with the days without one', async () => {
    show();
    const coordination = await screen.findByRole('region', { name: 'Koordinator' });
    expect(coordination.textContent).toContain('Barnekoordinator: Siri Berg, Helsestasjonen, fra 01.02.2027');
    const row = within(coordination).getAllByRole('row')[1]!;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Siri Berg', 'Barnekoordinator', 'Helsestasjonen', 'fra 01.02.2027', '12', '']);
  });

  it('shows the plan with its status, period and goals with their measures', async () => {
    show();
    const plan = await screen.findByRole('region', { name: 'Individuell plan' });
    expect(plan.textContent).toContain('01.02.2027 – 31.01.2028');
    expect(plan.textContent).toContain('01.08.2027');
    const goal = within(plan).getAllByRole('listitem')[0]!;
    expect(goal.textContent).toContain('Gå på skolen hver dag');
    expect(goal.textContent).toContain('Livsområde: Barnehage og skole');
    expect(goal.textContent).toContain('Skyss til og fra skolen (ansvarlig: PPT; Pågår), frist 01.04.2027');
  });

  it('lists the consents with their state today, and what must be followed up', async () => {
    show();
    const consents = await screen.findByRole('region', { name: 'Samtykker' });
    const row = within(consents).getAllByRole('row')[1]!;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      'Samtykke til deling av opplysninger',
      'Foresatt: Kari Nordmann',
      '12.01.2027',
      '01.02.2027',
      '',
      'Utløpt',
    ]);
    const warnings = section('Må følges opp');
    expect(within(warnings).getAllByRole('listitem').length).toBeGreaterThan(0);
  });

  it('goes back to the case it came from, and prints through the system dialog', async () => {
    show();
    await screen.findByRole('region', { name: 'Person og sak' });
    expect(screen.getByRole('link', { name: 'Tilbake' }).getAttribute('href')).toBe(CASE_LIST);
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Skriv ut' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('offers "Lagre som PDF" only where the bridge can save, and says where it saved', async () => {
    show();
    await screen.findByRole('region', { name: 'Person og sak' });
    expect(screen.queryByRole('button', { name: 'Lagre som PDF' })).toBeNull();
    setBridge(undefined);

    const desktop = new FakePrintCore({ 'print.caseOverview': caseOverviewPrint() });
    desktop.kind = 'electron';
    desktop.savePdf = vi.fn(async () => ({ status: 'saved' as const, fileName: 'Sak 12.pdf' }));
    document.body.innerHTML = '';
    show(desktop);
    const save = await screen.findByRole('button', { name: 'Lagre som PDF' });
    // Not while the case is loading: the PDF would hold a spinner.
    expect(save.hasAttribute('disabled')).toBe(true);
    await screen.findByRole('region', { name: 'Person og sak' });
    fireEvent.click(save);
    expect(await screen.findByText('Lagret som Sak 12.pdf.')).toBeTruthy();
    // The saved file is a PDF/A archive copy with the page's title and the UI language.
    expect(desktop.savePdf).toHaveBeenCalledWith({
      fileName: 'Saksoversikt 2027-0012',
      title: 'Saksoversikt, sak 2027-0012',
      language: 'nb',
    });
  });

  it('reads the case once, through the print channel that logs it', async () => {
    const core = show();
    await screen.findByRole('region', { name: 'Person og sak' });
    expect(core.channels().filter((c) => c !== 'session.status' && c !== 'session.activity')).toEqual([
      'print.caseOverview',
    ]);
    expect(core.calls.find((c) => c.channel === 'print.caseOverview')!.input).toEqual({ id: CASE_ID });
  });

  it('shows core’s refusal for a case that does not exist', async () => {
    show(new FakePrintCore({}));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Tilbake' })).toBeTruthy();
  });

  it('gives a leder no case overview and asks core for nothing', async () => {
    const core = new FakePrintCore({ 'print.caseOverview': caseOverviewPrint() }, LEDER);
    setBridge(core);
    openPrint(address, LEDER);
    expect(
      await screen.findByRole('heading', { name: 'Denne utskriften er ikke tilgjengelig for din rolle' }),
    ).toBeTruthy();
    await waitFor(() => expect(core.channels()).not.toContain('print.caseOverview'));
  });
});
