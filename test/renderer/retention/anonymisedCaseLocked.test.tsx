import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import type { Closing } from '@shared/domain/case';

import { detailOf, FakeCore, openCasePage, personOf, recordOf } from '../casePage/fakeCase';

afterEach(() => setBridge(undefined));

const closing: Closing = {
  id: 40,
  kind: 'closing',
  date: '2016-06-30',
  reason: 'moved',
  note: '',
  recordedBy: 'kari.ke',
  recordedAt: '2016-07-01T10:00:00.000Z',
};

function anonymisedCase() {
  const record = recordOf({ steps: [closing], anonymisedAt: '2026-07-01T08:00:00.000Z' });
  return detailOf(record, personOf({ name: 'Anonymisert', nationalId: null, birthDate: null }), '2026-07-02');
}

describe('an anonymised case', () => {
  it('says why it cannot be changed and offers no step, reopening, letter, coordinator or form', async () => {
    setBridge(new FakeCore(anonymisedCase()));
    openCasePage();
    expect(
      await screen.findByText(
        'Saken kan ikke endres eller gjenåpnes. Kommer personen tilbake, registrerer du en ny sak.',
      ),
    ).toBeTruthy();
    const links = screen.getAllByRole('link').map((a) => a.getAttribute('href') ?? '');
    expect(links.filter((href) => /saker\/12\/./.test(href))).toEqual([]);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByText('Gjenåpne saken')).toBeNull();
  });

  it('shows the same on a form’s address typed in, never the form', async () => {
    setBridge(new FakeCore(anonymisedCase()));
    openCasePage(['gjenapning']);
    expect(await screen.findByText(/kan ikke endres eller gjenåpnes/)).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});
