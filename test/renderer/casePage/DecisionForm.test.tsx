import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';

import {
  CASE_ID,
  detailOf,
  FakeCore,
  LIST,
  messageNextTo,
  openCasePage,
  personOf,
  recordOf,
} from './fakeCase';

let core: FakeCore;

beforeEach(() => {
  core = new FakeCore(detailOf(recordOf(), personOf(), '2027-02-20'));
  setBridge(core);
});
afterEach(() => setBridge(undefined));

async function openDecisionForm() {
  openCasePage(['vedtak'], 'rett=barnekoordinator');
  await screen.findByRole('heading', { level: 1, name: 'Registrer vedtak' });
  return userEvent.setup();
}

const field = {
  decisionDate: () => screen.getByLabelText('Vedtaksdato'),
  notifiedDate: () => screen.getByLabelText('Familien fikk vedtaket'),
};

async function fillIn(user: ReturnType<typeof userEvent.setup>, decided: string, notified: string) {
  await user.click(screen.getByRole('radio', { name: 'Innvilget' }));
  await user.clear(field.decisionDate());
  await user.type(field.decisionDate(), decided);
  await user.type(field.notifiedDate(), notified);
  await user.click(screen.getByRole('button', { name: 'Lagre' }));
}

describe('recording a decision', () => {
  it('has the right from the address chosen and its legal basis filled in', async () => {
    await openDecisionForm();
    expect((screen.getByRole('radio', { name: 'Barnekoordinator' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Hjemmel') as HTMLInputElement).value).toBe(
      'pasient- og brukerrettighetsloven § 2-5 c og helse- og omsorgstjenesteloven § 7-2 a',
    );
  });

  it('refuses a notified date before the decision date, with the message beside that field, and saves nothing', async () => {
    const user = await openDecisionForm();
    await fillIn(user, '15.02.2027', '12.02.2027');

    await waitFor(() =>
      expect(messageNextTo(field.notifiedDate())).toBe(
        'Familien kan ikke ha fått vedtaket før det ble fattet.',
      ),
    );
    expect(field.notifiedDate().getAttribute('aria-invalid')).toBe('true');
    expect(messageNextTo(field.decisionDate())).toBe('');
    // Keyboard and screen reader users land on the field to correct.
    expect(document.activeElement).toBe(field.notifiedDate());
    expect(core.changes('cases.recordStep')).toEqual([]);
  });

  it('shows core’s refusal of a date beside the field it concerns', async () => {
    core.failWith = {
      code: 'VALIDATION',
      message: 'Noen felt er ikke riktig fylt ut.',
      fields: { 'step.notifiedDate': 'validation.notifiedBeforeDecision' },
    };
    const user = await openDecisionForm();
    await fillIn(user, '15.02.2027', '16.02.2027');

    await waitFor(() =>
      expect(messageNextTo(field.notifiedDate())).toBe(
        'Familien kan ikke ha fått vedtaket før det ble fattet.',
      ),
    );
    expect(screen.getByRole('alert').textContent).toBe(
      'Noen felt er ikke riktig fylt ut. Se meldingene ved feltene.',
    );
    expect(core.changes('cases.recordStep')).toHaveLength(1);
    expect(window.location.hash).toContain(`#/saker/${CASE_ID}/vedtak`);
  });

  it('shows the appeal deadline as the notified date is typed, and saves the decision in the contract’s shape', async () => {
    const user = await openDecisionForm();
    expect(screen.getByText(/^Klagefristen er 4 uker fra familien fikk vedtaket/)).toBeTruthy();
    await user.clear(field.decisionDate());
    await user.type(field.decisionDate(), '15.02.2027');
    await user.type(field.notifiedDate(), '16.02.2027');
    expect(
      screen.getByText('Klagefristen blir 16.03.2027 (pasient- og brukerrettighetsloven § 7-5).'),
    ).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: 'Innvilget' }));
    await user.click(screen.getByRole('button', { name: 'Lagre' }));

    await waitFor(() => expect(core.changes('cases.recordStep')).toHaveLength(1));
    expect(core.changes('cases.recordStep')[0]).toEqual({
      caseId: CASE_ID,
      step: {
        kind: 'decision',
        right: 'barnekoordinator',
        outcome: 'granted',
        reasons: '',
        legalBasis: 'pasient- og brukerrettighetsloven § 2-5 c og helse- og omsorgstjenesteloven § 7-2 a',
        decisionDate: '2027-02-15',
        notifiedDate: '2027-02-16',
      },
    });
    await waitFor(() =>
      expect(window.location.hash).toBe(`#/saker/${CASE_ID}?fra=${encodeURIComponent(LIST)}`),
    );
  });
});
