import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import type { Decision } from '@shared/domain/case';

import { detailOf, FakeCore, LIST, openCasePage, personOf, recordOf } from './fakeCase';

afterEach(() => setBridge(undefined));

function show(detail: ReturnType<typeof detailOf>) {
  setBridge(new FakeCore(detail));
  openCasePage();
}

const granted: Decision = {
  id: 31,
  kind: 'decision',
  right: 'barnekoordinator',
  outcome: 'granted',
  reasons: '',
  legalBasis: '',
  decisionDate: '2027-02-10',
  notifiedDate: '2027-02-11',
  recordedBy: 'kari.ke',
  recordedAt: '2027-02-10T10:00:00.000Z',
};

describe('the case overview', () => {
  it('shows the interim reply deadline in plain words with its legal reference and the days left', async () => {
    // Received 4 January: the interim reply is due a month later, on Thursday 4 February.
    show(detailOf(recordOf(), personOf(), '2027-02-01'));

    const deadlines = await screen.findByRole('region', { name: 'Frister' });
    expect(within(deadlines).getByRole('listitem').textContent).toBe(
      'SnartForeløpig svar må sendes innen 04.02.2027 (forvaltningsloven § 11 a) – om 3 dager',
    );
  });

  it('shows the family’s appeal deadline, four weeks from notification, under pasient- og brukerrettighetsloven § 7-5', async () => {
    const record = recordOf({ steps: [granted] });
    show(detailOf(record, personOf(), '2027-02-20'));

    const deadlines = await screen.findByRole('region', { name: 'Frister' });
    expect(deadlines.textContent).toContain(
      'Familien kan klage på vedtaket om barnekoordinator innen 11.03.2027 (pasient- og brukerrettighetsloven § 7-5)',
    );
  });

  it('warns when a child aged 15 has no recorded participation in the mapping', async () => {
    show(detailOf(recordOf(), personOf({ birthDate: '2011-06-01' }), '2027-02-01'));

    await screen.findByRole('heading', { name: 'Må følges opp' });
    expect(
      screen.getByText('Barnet er 15 år, men det er ikke registrert at barnet deltok i kartleggingen.'),
    ).toBeTruthy();
  });

  it('offers the next step as a link to its form, keeping the way back to the filtered list', async () => {
    show(detailOf(recordOf(), personOf(), '2027-02-01'));

    const next = await screen.findByRole('region', { name: 'Neste steg' });
    const link = within(next).getByRole('link', { name: 'Registrer kartleggingssamtale' });
    expect(link.getAttribute('href')).toBe(`#/saker/12/kartlegging?fra=${encodeURIComponent(LIST)}`);
  });

  it('sends the user to the person form to record the birth once the due date has passed', async () => {
    const unborn = personOf({ name: 'Barn av Kari Nordmann', birthDate: null, dueDate: '2027-01-20' });
    show(detailOf(recordOf(), unborn, '2027-02-01'));

    expect(
      await screen.findByText(
        'Termindatoen 20.01.2027 er passert. Registrer fødselen med fødselsnummer eller fødselsdato.',
      ),
    ).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Registrer fødselen' });
    expect(link.getAttribute('href')).toBe(`#/saker/12/person?fra=${encodeURIComponent(LIST)}`);
  });

  it('names the person, the case number and the status at the top, with headings in order', async () => {
    show(detailOf(recordOf(), personOf(), '2027-02-01'));

    const title = await screen.findByRole('heading', { level: 1 });
    expect(title.textContent).toBe('Ola Nordmann');
    expect(screen.getByText('2027-0012')).toBeTruthy();
    expect(screen.getByText('Mottatt', { selector: '.ds-tag, [data-color]' })).toBeTruthy();
    const levels = screen.getAllByRole('heading').map((h) => Number(h.tagName.slice(1)));
    levels.forEach((level, i) => {
      if (i > 0) expect(level - levels[i - 1]!).toBeLessThanOrEqual(1);
    });
  });
});
