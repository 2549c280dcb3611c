import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import type { Decision } from '@shared/domain/case';

import {
  CASE_ID,
  detailOf,
  LIST,
  messageNextTo,
  openCasePage,
  personOf,
  recordOf,
} from '../casePage/fakeCase';
import { LetterCore } from './fakeLetters';

const decision: Decision = {
  id: 31,
  kind: 'decision',
  right: 'barnekoordinator',
  outcome: 'granted',
  reasons: 'Behov for koordinerte tjenester.',
  legalBasis: '',
  decisionDate: '2027-02-15',
  notifiedDate: '2027-02-22',
  recordedBy: 'kari.admin',
  recordedAt: '2027-02-15T10:00:00.000Z',
};

let core: LetterCore;

beforeEach(() => {
  core = new LetterCore(detailOf(recordOf({ steps: [decision] }), personOf(), '2027-02-20'));
  setBridge(core);
});
afterEach(() => setBridge(undefined));

const textArea = () => screen.getByRole('textbox', { name: /^Brevtekst/ }) as HTMLTextAreaElement;
const dateField = () => screen.getByRole('textbox', { name: /^Brevets dato/ }) as HTMLInputElement;

async function openInterimReply() {
  openCasePage(['brev', 'ny'], 'type=forelopig-svar');
  await screen.findByRole('heading', { level: 1, name: 'Foreløpig svar' });
  await waitFor(() => expect(textArea().value).not.toBe(''));
  return userEvent.setup();
}

async function changeDate(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.clear(dateField());
  await user.type(dateField(), text);
  await user.tab();
}

describe('writing a letter', () => {
  it('opens with the text core filled for today, the reply step offered, and the letter previewed', async () => {
    await openInterimReply();
    expect(core.changes('letters.draft')).toEqual([
      { caseId: CASE_ID, kind: 'interimReply', decisionId: null, date: '2027-02-20' },
    ]);
    expect(dateField().value).toBe('20.02.2027');
    expect(textArea().value).toBe('Brev datert 2027-02-20. Svar innen 2027-03-20.');
    expect((screen.getByLabelText('Forventet svardato') as HTMLInputElement).value).toBe('20.03.2027');
    // No interim reply is recorded yet: one action records it too, unless the user says no.
    expect(
      (screen.getByRole('checkbox', { name: /Registrer foreløpig svar som sendt/ }) as HTMLInputElement)
        .checked,
    ).toBe(true);
    const preview = screen.getByRole('region', { name: 'Forhåndsvisning' });
    expect(within(preview).getByText('Brev datert 2027-02-20. Svar innen 2027-03-20.')).toBeTruthy();
    expect(within(preview).getByText('20.02.2027')).toBeTruthy();
    expect(preview.textContent).toContain('Postboks 114');
  });

  it('fills the text again for a new date while unedited, and keeps the user’s edits until asked', async () => {
    const user = await openInterimReply();
    await changeDate(user, '22.02.2027');
    await waitFor(() => expect(textArea().value).toBe('Brev datert 2027-02-22. Svar innen 2027-03-20.'));

    await user.type(textArea(), ' Hilsen Kari.');
    await changeDate(user, '23.02.2027');
    await waitFor(() => expect(core.changes('letters.draft').at(-1)).toMatchObject({ date: '2027-02-23' }));
    // The edit stays; the user is offered the new fill instead.
    expect(textArea().value).toBe('Brev datert 2027-02-22. Svar innen 2027-03-20. Hilsen Kari.');
    await user.click(await screen.findByRole('button', { name: 'Fyll inn teksten på nytt' }));
    expect(textArea().value).toBe('Brev datert 2027-02-23. Svar innen 2027-03-20.');
    expect(screen.queryByRole('button', { name: 'Fyll inn teksten på nytt' })).toBeNull();
    // Leaving a field unchanged asks core for nothing more.
    const asked = core.changes('letters.draft').length;
    await user.click(dateField());
    await user.tab();
    expect(core.changes('letters.draft')).toHaveLength(asked);
  });

  it('saves the edited text with the reply step, then opens the letter for printing', async () => {
    const user = await openInterimReply();
    await user.type(screen.getByLabelText(/^Hvorfor saken tar tid/), 'Vi venter på uttalelse fra fastlegen.');
    await user.type(textArea(), ' PS.');
    await user.click(screen.getByRole('button', { name: 'Lagre og skriv ut' }));
    await waitFor(() => expect(core.changes('letters.record')).toHaveLength(1));
    expect(core.changes('letters.record')[0]).toEqual({
      caseId: CASE_ID,
      kind: 'interimReply',
      decisionId: null,
      date: '2027-02-20',
      text: expect.stringMatching(/ PS\.$/),
      interimReply: { reason: 'Vi venter på uttalelse fra fastlegen.', expectedDate: '2027-03-20' },
      markNotified: false,
    });
    await waitFor(() => expect(window.location.hash.startsWith('#/print/brev/77?fra=')).toBe(true));
    const back = new URLSearchParams(window.location.hash.split('?')[1]).get('fra');
    expect(back).toBe(`#/saker/${CASE_ID}?fra=${encodeURIComponent(LIST)}`);
  });

  it('does not save a text filled for the old date: fills it again and asks to look it over', async () => {
    const user = await openInterimReply();
    await user.type(screen.getByLabelText(/^Hvorfor saken tar tid/), 'Vi venter på fastlegen.');
    await user.clear(dateField());
    await user.type(dateField(), '21.02.2027');
    // Straight from the date field to the button: the click is the first the form hears of it.
    await user.click(screen.getByRole('button', { name: 'Lagre og skriv ut' }));
    await screen.findByText(/Teksten er fylt inn på nytt med datoene du skrev/);
    expect(core.changes('letters.record')).toEqual([]);
    await waitFor(() => expect(core.changes('letters.draft').at(-1)).toMatchObject({ date: '2027-02-21' }));
    await user.click(screen.getByRole('button', { name: 'Lagre og skriv ut' }));
    await waitFor(() => expect(core.changes('letters.record')).toHaveLength(1));
    expect(core.changes('letters.record')[0]).toMatchObject({ date: '2027-02-21' });
  });

  it('asks for a reason before recording the reply step, beside the field, and records nothing', async () => {
    const user = await openInterimReply();
    await user.click(screen.getByRole('button', { name: 'Lagre og skriv ut' }));
    await waitFor(() =>
      expect(messageNextTo(screen.getByLabelText(/^Hvorfor saken tar tid/))).toBe('Må fylles ut.'),
    );
    expect(core.changes('letters.record')).toEqual([]);
    // Without the step, the letter alone is recorded.
    await user.click(screen.getByRole('checkbox', { name: /Registrer foreløpig svar som sendt/ }));
    await user.click(screen.getByRole('button', { name: 'Lagre og skriv ut' }));
    await waitFor(() => expect(core.changes('letters.record')).toHaveLength(1));
    expect(core.changes('letters.record')[0]).toMatchObject({ kind: 'interimReply', interimReply: null });
  });

  it('writes a decision letter for the decision chosen, with the appeal deadline it gives', async () => {
    openCasePage(['brev'], '');
    await screen.findByRole('heading', { level: 1, name: 'Skriv brev' });
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Vedtaksbrev' }));
    await user.click(screen.getByRole('radio', { name: 'Barnekoordinator: Innvilget 15.02.2027' }));
    await user.click(screen.getByRole('button', { name: 'Skriv brevet' }));
    expect(window.location.hash).toBe(
      `#/saker/${CASE_ID}/brev/ny?type=vedtak&vedtak=31&fra=${encodeURIComponent(LIST)}`,
    );

    openCasePage(['brev', 'ny'], 'type=vedtak&vedtak=31');
    await screen.findByRole('heading', { level: 1, name: 'Vedtaksbrev om barnekoordinator' });
    expect(
      await screen.findByText(
        'Klagefristen i brevet: 22.03.2027, regnet fra datoen familien fikk vite om vedtaket (22.02.2027).',
      ),
    ).toBeTruthy();
    expect(core.changes('letters.draft').at(-1)).toEqual({
      caseId: CASE_ID,
      kind: 'decision',
      decisionId: 31,
      date: '2027-02-20',
    });
    // A decision letter records no interim reply; the family was told already (22.02).
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('offers to record the decision as notified on the letter date when the family was not told yet', async () => {
    core = new LetterCore(
      detailOf(recordOf({ steps: [{ ...decision, notifiedDate: null }] }), personOf(), '2027-02-20'),
    );
    setBridge(core);
    openCasePage(['brev', 'ny'], 'type=vedtak&vedtak=31');
    await screen.findByRole('heading', { level: 1, name: 'Vedtaksbrev om barnekoordinator' });
    const user = userEvent.setup();
    const told = await screen.findByRole('checkbox', { name: /Registrer at familien fikk vedtaket/ });
    expect((told as HTMLInputElement).checked).toBe(true);
    await waitFor(() => expect(textArea().value).not.toBe(''));
    await user.click(screen.getByRole('button', { name: 'Lagre og skriv ut' }));
    await waitFor(() => expect(core.changes('letters.record')).toHaveLength(1));
    expect(core.changes('letters.record')[0]).toMatchObject({
      kind: 'decision',
      decisionId: 31,
      markNotified: true,
    });
  });

  it('says an address with a decision not on the case is not found, and asks core nothing', async () => {
    openCasePage(['brev', 'ny'], 'type=vedtak&vedtak=99');
    await screen.findByRole('heading', { level: 1, name: 'Siden finnes ikke' });
    expect(core.changes('letters.draft')).toEqual([]);
  });

  it('lists the letters on the case page, each to print again', async () => {
    core.letters = [
      {
        id: 5,
        caseId: CASE_ID,
        kind: 'decision',
        decisionId: 31,
        right: 'barnekoordinator',
        date: '2027-02-16',
        createdBy: 'kari.admin',
        createdAt: '2027-02-16T09:00:00.000Z',
      },
    ];
    openCasePage();
    const section = await screen.findByRole('region', { name: 'Brev' });
    const link = await within(section).findByRole('link', {
      name: 'Skriv ut Vedtaksbrev (barnekoordinator) datert 16.02.2027',
    });
    expect(link.getAttribute('href')).toBe(
      `#/print/brev/5?fra=${encodeURIComponent(`#/saker/${CASE_ID}?fra=${encodeURIComponent(LIST)}`)}`,
    );
    expect(within(section).getByRole('link', { name: 'Skriv brev' }).getAttribute('href')).toBe(
      `#/saker/${CASE_ID}/brev?fra=${encodeURIComponent(LIST)}`,
    );
  });
});
