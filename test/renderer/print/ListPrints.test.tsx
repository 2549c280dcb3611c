import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import type { CaseListRow } from '@shared/api/cases';
import type { Coordinator } from '@shared/api/coordinators';
import type { AgendaPrint, CoordinatorsPrint, DeadlinesPrint, ProtocolPrint } from '@shared/api/print';

import { FakePrintCore, LEDER, openPrint, TODAY } from './printFixture';

afterEach(() => setBridge(undefined));

const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);

function coordinator(id: number, change: Partial<Coordinator>): Coordinator {
  return {
    id,
    name: `Koordinator ${id}`,
    serviceUnitId: 1,
    serviceUnitName: 'Helsestasjonen',
    position: 'Helsesykepleier',
    phone: '',
    email: '',
    capacity: null,
    active: true,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    caseload: 0,
    training: { state: 'never', validUntil: null },
    ...change,
  };
}

describe('the printed coordinator list', () => {
  it('shows each active coordinator with unit, caseload against capacity and training in words', async () => {
    const data: CoordinatorsPrint = {
      today: TODAY,
      coordinators: [
        coordinator(1, {
          name: 'Siri Berg',
          caseload: 4,
          capacity: 3,
          training: { state: 'trained', validUntil: '2028-01-01' },
        }),
        coordinator(2, { name: 'Åse Ås', serviceUnitName: 'PPT', position: 'Spesialpedagog', caseload: 1 }),
      ],
    };
    setBridge(new FakePrintCore({ 'print.coordinators': data }));
    openPrint('#/print/koordinatorer?fra=%23%2Fkoordinatorer%3Fq%3Dsiri');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Koordinatorer og opplæringsstatus' }),
    ).toBeTruthy();
    await screen.findByRole('table');
    expect(
      screen.getByText(
        '2 aktive koordinatorer per 01.03.2027, med tjenestested, antall saker og opplæringsstatus.',
      ),
    ).toBeTruthy();
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map(cells)).toEqual([
      [
        'Siri Berg',
        'Helsestasjonen',
        'Helsesykepleier',
        '4 av 3 (Over kapasitet)',
        'Opplært, gyldig til 01.01.2028',
      ],
      ['Åse Ås', 'PPT', 'Spesialpedagog', '1', 'Ikke opplært: ingen gjennomført obligatorisk opplæring'],
    ]);
    expect(screen.getByRole('link', { name: 'Tilbake' }).getAttribute('href')).toBe('#/koordinatorer?q=siri');
    expect(screen.getByText(/^Taushetsbelagt, jf\. offentleglova § 13/)).toBeTruthy();
  });
});

describe('the printed running deadlines', () => {
  it('lists the deadlines as core ordered them, with the time left and the legal basis', async () => {
    const data: DeadlinesPrint = {
      today: TODAY,
      age18Months: 6,
      rows: [
        {
          caseId: 2,
          caseNumber: '2027-0002',
          personName: 'Emma Demoli',
          kind: 'interimReply',
          right: null,
          dueDate: '2027-02-04',
          state: 'overdue',
          daysLeft: -25,
          legalReference: 'forvaltningsloven § 11 a',
        },
        {
          caseId: 3,
          caseNumber: '2027-0003',
          personName: 'Nora Demoli',
          kind: 'appeal',
          right: 'individuellPlan',
          dueDate: '2027-03-01',
          state: 'dueSoon',
          daysLeft: 0,
          legalReference: 'pasient- og brukerrettighetsloven § 7-5',
        },
      ],
    };
    setBridge(new FakePrintCore({ 'print.deadlines': data }));
    openPrint('#/print/frister');
    expect(await screen.findByRole('heading', { level: 1, name: 'Løpende frister' })).toBeTruthy();
    await screen.findByRole('table');
    expect(screen.getAllByRole('row').slice(1).map(cells)).toEqual([
      [
        '04.02.2027',
        '4 uker over fristen',
        'Foreløpig svar',
        '2027-0002',
        'Emma Demoli',
        'forvaltningsloven § 11 a',
      ],
      [
        '01.03.2027',
        'i dag',
        'Klagefrist (Individuell plan)',
        '2027-0003',
        'Nora Demoli',
        'pasient- og brukerrettighetsloven § 7-5',
      ],
    ]);
    // Without a way back in the address, "Tilbake" goes to Saker.
    expect(screen.getByRole('link', { name: 'Tilbake' }).getAttribute('href')).toBe('#/saker');
  });

  it('says so when no deadline runs', async () => {
    setBridge(new FakePrintCore({ 'print.deadlines': { today: TODAY, age18Months: 6, rows: [] } }));
    openPrint('#/print/frister');
    expect(await screen.findByText('Ingen åpne saker har en frist som løper nå.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});

describe('the printed agenda', () => {
  it('lists the cases waiting longest first, with room for notes', async () => {
    const data: AgendaPrint = {
      today: TODAY,
      rows: [
        {
          id: 5,
          caseNumber: '2027-0005',
          personName: 'Nils Ny',
          receivedDate: '2027-02-20',
          rightsRequested: ['koordinator'],
          awaiting: 'assessment',
          daysWaiting: 9,
          interimReplyDue: '2027-03-22',
          interimReplyState: 'running',
        },
        {
          id: 2,
          caseNumber: '2027-0002',
          personName: 'Emma Demoli',
          receivedDate: '2027-01-04',
          rightsRequested: ['individuellPlan', 'barnekoordinator'],
          awaiting: 'decision',
          daysWaiting: 56,
          interimReplyDue: '2027-02-04',
          interimReplyState: 'overdue',
        },
      ],
    };
    setBridge(new FakePrintCore({ 'print.agenda': data }));
    openPrint('#/print/dagsorden?fra=%23%2Fsaker%2Fprotokoll');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Saksliste til neste møte i tiltaksteamet' }),
    ).toBeTruthy();
    await screen.findByRole('table');
    expect(screen.getAllByRole('row').slice(1).map(cells)).toEqual([
      [
        '2027-0002',
        'Emma Demoli',
        '04.01.2027',
        'Individuell plan, Barnekoordinator',
        'Vedtak',
        '56',
        'Frist 04.02.2027 er passert',
        '',
      ],
      ['2027-0005', 'Nils Ny', '20.02.2027', 'Koordinator', 'Vilkårsvurdering', '9', 'Frist 22.03.2027', ''],
    ]);
  });
});

function protocolRow(id: number, change: Partial<CaseListRow>): CaseListRow {
  return {
    id,
    caseNumber: `2027-000${id}`,
    personId: 100 + id,
    personName: `Person ${id}`,
    nationalId: null,
    birthDate: null,
    dueDate: null,
    receivedDate: '2027-01-04',
    channel: 'paper',
    rightsRequested: ['individuellPlan'],
    rightsGranted: [],
    status: 'received',
    officeDeadline: null,
    officeDeadlineKind: null,
    appealDeadline: null,
    decidedDate: null,
    closedDate: null,
    decisions: [],
    appeals: [],
    ...change,
  };
}

describe('the printed protocol', () => {
  it('reads the period of the address through print.protocol and lists the cases as they came', async () => {
    const data: ProtocolPrint = {
      from: '2027-01-01',
      to: '2027-02-28',
      today: TODAY,
      rows: [
        protocolRow(1, { personName: 'Emma Demoli', status: 'decided', decidedDate: '2027-02-01' }),
        // A register loaded from a workbook keeps its own case numbers.
        protocolRow(2, {
          caseNumber: 'SAK/2019/17',
          personName: 'Nils <b>Ny</b>',
          receivedDate: '2027-02-20',
          channel: 'electronicForm',
          rightsRequested: ['koordinator', 'barnekoordinator'],
        }),
      ],
    };
    const core = new FakePrintCore({ 'print.protocol': data });
    setBridge(core);
    openPrint('#/print/protokoll?from=2027-01-01&to=2027-02-28&fra=%23%2Fsaker%2Fprotokoll');
    expect(await screen.findByRole('heading', { level: 1, name: 'Saksbehandlingsprotokoll' })).toBeTruthy();
    await screen.findByRole('table');
    expect(core.calls.filter((c) => c.channel === 'print.protocol')).toEqual([
      { channel: 'print.protocol', input: { from: '2027-01-01', to: '2027-02-28' } },
    ]);
    expect(screen.getByText('Søknader og meldinger 01.01.2027–28.02.2027')).toBeTruthy();
    expect(screen.getByText('2 søknader og meldinger mottatt i perioden.')).toBeTruthy();
    expect(screen.getAllByRole('row').slice(1).map(cells)).toEqual([
      [
        '04.01.2027',
        '2027-0001',
        'Emma Demoli',
        'Papirskjema eller brev',
        'Individuell plan',
        'Vedtak fattet',
        '01.02.2027',
      ],
      [
        '20.02.2027',
        'SAK/2019/17',
        'Nils <b>Ny</b>',
        'Elektronisk skjema',
        'Koordinator, Barnekoordinator',
        'Mottatt',
        '',
      ],
    ]);
    // The name is text, never markup; the paper carries the confidentiality marking.
    expect(document.querySelector('b')).toBeNull();
    expect(screen.getAllByText(/Taushetsbelagt/).length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'Tilbake' }).getAttribute('href')).toBe('#/saker/protokoll');
  });

  it('prints this year so far when the address has no period, and says plainly when none came', async () => {
    const core = new FakePrintCore({
      'print.protocol': { from: '2027-01-01', to: TODAY, today: TODAY, rows: [] },
    });
    setBridge(core);
    openPrint(`#/print/protokoll?from=${encodeURIComponent("1' OR 1=1")}`);
    expect(await screen.findByText('Ingen søknader eller meldinger kom inn i perioden.')).toBeTruthy();
    const input = core.calls.find((c) => c.channel === 'print.protocol')?.input as {
      from: string;
      to: string;
    };
    expect(input.from).toMatch(/^\d{4}-01-01$/);
    expect(input.to).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('is no print for a leder', async () => {
    const core = new FakePrintCore({}, LEDER);
    setBridge(core);
    openPrint('#/print/protokoll', LEDER);
    expect(
      await screen.findByRole('heading', { name: 'Denne utskriften er ikke tilgjengelig for din rolle' }),
    ).toBeTruthy();
    expect(core.channels()).not.toContain('print.protocol');
  });
});

describe('the print addresses', () => {
  it('gives a leder none of the lists', async () => {
    setBridge(new FakePrintCore({}, LEDER));
    openPrint('#/print/koordinatorer', LEDER);
    expect(
      await screen.findByRole('heading', { name: 'Denne utskriften er ikke tilgjengelig for din rolle' }),
    ).toBeTruthy();
  });

  it('says plainly that an unknown print does not exist', async () => {
    setBridge(new FakePrintCore({}));
    openPrint('#/print/noe-annet');
    expect(await screen.findByRole('heading', { name: 'Utskriften finnes ikke' })).toBeTruthy();
    openPrint('#/print/sak/abc');
    expect((await screen.findAllByRole('heading', { name: 'Utskriften finnes ikke' })).length).toBe(2);
  });

  it('never follows a way back that is not an address in the app', async () => {
    setBridge(new FakePrintCore({ 'print.deadlines': { today: TODAY, age18Months: 6, rows: [] } }));
    openPrint(`#/print/frister?fra=${encodeURIComponent('javascript:alert(1)')}`);
    expect((await screen.findByRole('link', { name: 'Tilbake' })).getAttribute('href')).toBe('#/saker');
  });
});
