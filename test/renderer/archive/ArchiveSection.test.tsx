import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import type { ArchiveCopy, ArchiveCopyOutcome } from '@shared/api/archive';
import type { CaseDetail } from '@shared/api/cases';
import type { Closing } from '@shared/domain/case';

import {
  CASE_ID,
  detailOf,
  FakeCore,
  GRANTED_BK,
  openCasePage,
  personOf,
  recordOf,
} from '../casePage/fakeCase';

const closing: Closing = {
  recordedBy: 'kari.ke',
  recordedAt: '2027-02-15T10:00:00.000Z',
  id: 40,
  kind: 'closing',
  date: '2027-02-15',
  reason: 'needEnded',
  note: '',
};

const copy: ArchiveCopy = {
  id: 1,
  caseId: CASE_ID,
  madeAt: '2027-03-01T09:30:00.000Z',
  madeBy: 'Kari Nordmann',
  documents: 2,
};

/** The fake core with the bridge's archive copy; records what it was asked, answers `outcome`. */
class ArchiveCore extends FakeCore {
  asked: { caseId: number; folder?: string }[] = [];
  outcome: ArchiveCopyOutcome = { status: 'made', folder: '/srv/arkiv/2027-0012_2027-03-01', files: 3, copy };
  makeArchiveCopy = async (caseId: number, folder?: string) => {
    this.asked.push({ caseId, folder });
    return this.outcome;
  };
}

/** As in the desktop app: main asks for the folder, the page sends none. */
class DesktopCore extends ArchiveCore {
  override readonly kind = 'electron' as unknown as 'host';
}

afterEach(() => setBridge(undefined));

function open(core: FakeCore) {
  setBridge(core);
  openCasePage();
}

const detail = (closed: boolean, archiveCopy: ArchiveCopy | null = null): CaseDetail => ({
  ...detailOf(recordOf({ steps: closed ? [GRANTED_BK, closing] : [GRANTED_BK] }), personOf(), '2027-03-01'),
  archiveCopy,
});

const section = async () => screen.findByRole('region', { name: 'Arkivkopi' });

describe('Arkivkopi on the case page', () => {
  it('on a closed case comes right after the header, says what the package holds, and makes it in the folder typed', async () => {
    const core = new ArchiveCore(detail(true));
    open(core);
    const archive = await section();
    const regions = screen.getAllByRole('region');
    expect(regions[0]).toBe(archive);
    expect(within(archive).getByText(/^Saken er avsluttet\. Lag arkivkopien/)).toBeTruthy();
    expect(within(archive).getByText(/PDF\/A, og en CSV-fil med sakens hendelser/)).toBeTruthy();
    expect(within(archive).getByText('Det er ikke laget noen arkivkopi av saken.')).toBeTruthy();

    const user = userEvent.setup();
    await user.type(within(archive).getByLabelText('Mappe arkivkopien skal lagres i'), '/srv/arkiv');
    // By keyboard: the button is reached with Tab and pressed with Enter.
    await user.tab();
    expect(document.activeElement).toBe(within(archive).getByRole('button', { name: 'Lag arkivkopi' }));
    await user.keyboard('{Enter}');
    expect(await within(archive).findByRole('status')).toHaveProperty(
      'textContent',
      'Arkivkopien er laget: 3 filer i /srv/arkiv/2027-0012_2027-03-01',
    );
    expect(core.asked).toEqual([{ caseId: CASE_ID, folder: '/srv/arkiv' }]);
    // The copy just made shows without the case being read again.
    expect(within(archive).getByTestId('archive-latest').textContent).toMatch(
      /^Arkivkopi laget 01\.03\.2027 \d\d:30 av Kari Nordmann$/,
    );
    expect(core.calls.filter((c) => c.channel === 'cases.get')).toHaveLength(1);
  });

  it('on an open case is there on demand, below the letters, and tells a refusal in plain words', async () => {
    const core = new ArchiveCore(detail(false, copy));
    core.outcome = { status: 'failed', reason: 'folderMissing' };
    open(core);
    const archive = await section();
    expect(screen.getAllByRole('region')[0]).not.toBe(archive);
    expect(within(archive).getByText(/^Når saken er avsluttet, skal den arkiveres/)).toBeTruthy();
    expect(within(archive).getByTestId('archive-latest').textContent).toMatch(/av Kari Nordmann$/);
    await userEvent.setup().click(within(archive).getByRole('button', { name: 'Lag arkivkopi' }));
    expect((await within(archive).findByRole('status')).textContent).toBe(
      'Mappen finnes ikke. Velg en mappe som finnes.',
    );
  });

  it('in the desktop app asks main, which shows the folder dialog: no folder field, and a cancel says so', async () => {
    const core = new DesktopCore(detail(true));
    core.outcome = { status: 'cancelled' };
    open(core);
    const archive = await section();
    expect(within(archive).queryByLabelText('Mappe arkivkopien skal lagres i')).toBeNull();
    await userEvent.setup().click(within(archive).getByRole('button', { name: 'Lag arkivkopi' }));
    expect((await within(archive).findByRole('status')).textContent).toBe('Ingen arkivkopi ble laget.');
    expect(core.asked).toEqual([{ caseId: CASE_ID, folder: undefined }]);
  });

  it('shows no button where the bridge cannot make a copy, only what exists', async () => {
    open(new FakeCore(detail(true, copy)));
    const archive = await section();
    expect(within(archive).queryByRole('button')).toBeNull();
    expect(within(archive).getByTestId('archive-latest').textContent).toMatch(
      /^Arkivkopi laget 01\.03\.2027/,
    );
  });
});
