import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import { CaseRulesSettings } from '@renderer/features/settings/CaseRulesSettings';
import { defaultCaseRules } from '@shared/domain/case';

import { FakeCore, messageNextTo, renderWithQueries } from './fakeCore';

let core: FakeCore;

beforeEach(() => {
  core = new FakeCore();
  setBridge(core);
});
afterEach(() => setBridge(undefined));

async function openRules() {
  renderWithQueries(<CaseRulesSettings />);
  await screen.findByRole('textbox', { name: 'Varsel før 18 år (måneder)' });
  return userEvent.setup();
}

const warning18 = () => screen.getByRole('textbox', { name: 'Varsel før 18 år (måneder)' });

describe('the deadline rules', () => {
  it('shows the rules in force, each with its range and default', async () => {
    await openRules();
    expect(warning18()).toHaveProperty('value', '6');
    expect(
      screen.getByText(
        'Så lenge før barnet fyller 18 år varsler saken om overgangen fra barnekoordinator. Fra 1 til 24; standard er 6.',
      ),
    ).toBeTruthy();
  });

  it('refuses a number out of range beside the field, and saves a valid change as numbers', async () => {
    const user = await openRules();
    await user.clear(warning18());
    await user.type(warning18(), '30');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    await waitFor(() => expect(messageNextTo(warning18())).toBe('Skriv et helt tall fra 1 til 24.'));
    expect(core.sent('cases.updateRules')).toEqual([]);

    await user.clear(warning18());
    await user.type(warning18(), '12');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    await waitFor(() => expect(core.sent('cases.updateRules')).toHaveLength(1));
    expect(core.sent('cases.updateRules')[0]).toEqual({ ...defaultCaseRules, age18WarningMonths: 12 });
    expect(await screen.findByText('Fristene og aldersgrensene er lagret.')).toBeTruthy();
  });

  it('has one appeal deadline, for decisions on the three rights, and none for "other decisions"', async () => {
    await openRules();
    const weeks = screen.getByRole('textbox', {
      name: 'Klagefrist for vedtak om individuell plan, koordinator og barnekoordinator (uker)',
    });
    expect(weeks).toHaveProperty('value', '4');
    expect(
      screen.getByRole('textbox', {
        name: 'Klagefrist for vedtak om individuell plan, koordinator og barnekoordinator',
      }),
    ).toHaveProperty('value', 'pasient- og brukerrettighetsloven § 7-5');
    expect(screen.queryByText(/andre vedtak/)).toBeNull();
    expect(screen.queryByText(/forvaltningsloven § 29/)).toBeNull();
    expect(screen.queryByDisplayValue('forvaltningsloven § 29')).toBeNull();
  });

  it('explains the extension age: none, or 18 to 25', async () => {
    const user = await openRules();
    const maxAge = screen.getByRole('textbox', { name: 'Barnekoordinator kan forlenges til (alder)' });
    await user.clear(maxAge);
    await user.type(maxAge, '16');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    await waitFor(() =>
      expect(messageNextTo(maxAge)).toBe('Skriv 0 (ingen forlengelse) eller en alder fra 18 til 25.'),
    );
    expect(core.sent('cases.updateRules')).toEqual([]);
  });
});
