import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import { parseHash, useHash } from '@renderer/app/router';
import { ProtocolPage } from '@renderer/features/cases/ProtocolPage';

import { FakeCore, listRow, renderWithQueries } from './fakeCore';

function ProtocolAtAddress() {
  return <ProtocolPage query={parseHash(useHash()).query} />;
}

let core: FakeCore;

beforeEach(() => {
  core = new FakeCore();
  core.protocol = [
    listRow(4, {
      personName: 'Kari Nordmann',
      receivedDate: '2026-01-05',
      channel: 'electronicForm',
      rightsRequested: ['individuellPlan', 'barnekoordinator'],
      status: 'decided',
      decidedDate: '2026-02-01',
    }),
    listRow(5, { personName: 'Ola Hansen', receivedDate: '2026-02-10', channel: 'serviceReport' }),
  ];
  core.agenda = [
    {
      id: 5,
      caseNumber: '2026-0005',
      personName: 'Ola Hansen',
      receivedDate: '2026-02-10',
      rightsRequested: ['koordinator'],
      awaiting: 'assessment',
      daysWaiting: 47,
      interimReplyDue: '2026-03-10',
      interimReplyState: 'overdue',
    },
  ];
  setBridge(core);
  window.history.replaceState(null, '', '#/saker/protokoll?from=2026-01-01&to=2026-03-31');
});
afterEach(() => setBridge(undefined));

async function openProtocol() {
  renderWithQueries(<ProtocolAtAddress />);
  await screen.findByRole('table', { name: 'Søknader og meldinger mottatt i perioden' });
  return userEvent.setup();
}

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );

describe('the saksbehandlingsprotokoll', () => {
  it('lists the applications received in the period, oldest first, as core gives them', async () => {
    await openProtocol();
    expect(core.lastSent('cases.protocol')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(screen.getByRole('heading', { name: 'Søknader og meldinger 01.01.2026–31.03.2026' })).toBeTruthy();
    expect(screen.getByText('2 søknader og meldinger mottatt i perioden.')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Søknader og meldinger mottatt i perioden' });
    expect(rowsOf(table)).toEqual([
      [
        '05.01.2026',
        '2026-0004',
        'Kari Nordmann',
        'Elektronisk skjema',
        'Individuell plan, Barnekoordinator',
        'Vedtak fattet',
        '01.02.2026',
      ],
      ['10.02.2026', '2026-0005', 'Ola Hansen', 'Melding fra en tjeneste', 'Koordinator', 'Mottatt', ''],
    ]);
    expect(
      screen.getByText(
        'Taushetsbelagt, jf. forvaltningsloven § 13 og helsepersonelloven § 21. Unntatt offentlighet, jf. offentleglova § 13.',
      ),
    ).toBeTruthy();
  });

  it('shows the next team meeting’s agenda with the days each case has waited', async () => {
    await openProtocol();
    const agenda = await screen.findByRole('table', { name: 'Saksliste til neste møte i tiltaksteamet' });
    expect(rowsOf(agenda)).toEqual([
      [
        '2026-0005',
        'Ola Hansen',
        '10.02.2026',
        'Koordinator',
        'Vilkårsvurdering',
        '47',
        '10.03.2026 · passert',
      ],
    ]);
    // A case opened from here leads back to this protocol.
    const link = within(agenda).getByRole('link', { name: '2026-0005' });
    expect(parseHash(link.getAttribute('href')!).query.get('fra')).toBe(
      '#/saker/protokoll?from=2026-01-01&to=2026-03-31',
    );
  });

  it('prints through the protocol’s print layout, for the period shown', async () => {
    await openProtocol();
    const link = screen.getByRole('link', { name: 'Skriv ut protokollen' });
    const href = new URL(link.getAttribute('href')!.replace('#', ''), 'http://x');
    expect(href.pathname).toBe('/print/protokoll');
    expect(Object.fromEntries(href.searchParams)).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
      fra: '#/saker/protokoll?from=2026-01-01&to=2026-03-31',
    });
  });

  it('asks for another period when a date is changed', async () => {
    const user = await openProtocol();
    const from = screen.getByRole('textbox', { name: 'Fra og med' });
    await user.clear(from);
    await user.type(from, '01.02.2026{Enter}');
    await waitFor(() =>
      expect(core.lastSent('cases.protocol')).toEqual({ from: '2026-02-01', to: '2026-03-31' }),
    );
    expect(window.location.hash).toBe('#/saker/protokoll?from=2026-02-01&to=2026-03-31');
  });

  it('says so when the period runs backwards, instead of showing an empty protocol', async () => {
    window.history.replaceState(null, '', '#/saker/protokoll?from=2026-04-01&to=2026-03-31');
    renderWithQueries(<ProtocolAtAddress />);
    await screen.findByText('Fra-datoen er etter til-datoen. Rett en av dem.');
    expect(core.sent('cases.protocol')).toEqual([]);
  });

  it('counts a single application in the singular', async () => {
    core.protocol = core.protocol.slice(0, 1);
    await openProtocol();
    expect(screen.getByText('1 søknad eller melding mottatt i perioden.')).toBeTruthy();
  });
});
