import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';

import type { FakeCore } from './fakeCase';
import { messageNextTo, openClosingForm as openGrantedClosingForm } from './fakeCase';

let core: FakeCore;
afterEach(() => setBridge(undefined));

/** The closing form (a real form with a date field) and the calendar button beside its date. */
async function openClosingForm() {
  const opened = await openGrantedClosingForm();
  core = opened.core;
  const button = screen.getByRole('button', { name: 'Velg dato: Dato for avslutning' });
  return { ...opened, button };
}

const calendar = () => screen.getByRole('dialog', { name: 'Kalender: Dato for avslutning' });

// Typing, opening and moving through the calendar is many events: slow on a loaded 2-core machine.
describe('the calendar of a date field', { timeout: 20_000 }, () => {
  it('opens by keyboard on the date typed short, with that day selected and focused', async () => {
    const { user, date, button } = await openClosingForm();
    await user.clear(date);
    await user.type(date, '140926');
    await user.tab();
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');

    await user.keyboard('{Enter}');
    const grid = within(calendar()).getByRole('grid', { name: 'september 2026' });
    const focused = document.activeElement as HTMLElement;
    expect(grid.contains(focused)).toBe(true);
    expect(focused.getAttribute('aria-label')).toMatch(/^mandag 14\. september 2026, valgt$/);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    // Monday first, with the ISO week numbers (14 September 2026 is in week 38).
    const weekdays = [...grid.querySelectorAll('.rdp-weekday')].map((th) => th.getAttribute('aria-label'));
    expect(weekdays[0]).toBe('mandag');
    expect(within(grid).getByRole('row', { name: /^Uke 38 14 15 16 17 18 19 20$/ })).toBeTruthy();
  });

  it('moves with the arrow keys and PageDown, and Enter writes the day into the field for the form to save', async () => {
    const { user, date, button } = await openClosingForm();
    await user.click(screen.getByRole('radio', { name: /^Behovet er over/ }));
    await user.clear(date);
    await user.type(date, '14.1.27');
    button.focus();
    await user.keyboard('{Enter}');

    // A week on, a day back, a month on: Thursday 14 January -> Saturday 20 February 2027.
    await user.keyboard('{ArrowDown}{ArrowLeft}{ArrowRight}{ArrowRight}{ArrowLeft}{ArrowLeft}{PageDown}');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('lørdag 20. februar 2027');
    await user.keyboard('{Enter}');

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(date.value).toBe('20.02.2027');
    expect(document.activeElement).toBe(button);
    expect(messageNextTo(date)).toBe('');

    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    await waitFor(() => expect(core.changes('cases.recordStep')).toHaveLength(1));
    expect(core.changes('cases.recordStep')[0]).toMatchObject({
      step: { kind: 'closing', date: '2027-02-20', reason: 'needEnded' },
    });
  });

  it('closes with a second click on its own button, rather than closing and opening again', async () => {
    const { user, button } = await openClosingForm();
    await user.click(button);
    expect(calendar()).toBeTruthy();
    expect(button.getAttribute('aria-expanded')).toBe('true');

    await user.click(button);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('closes with Escape, leaving the field as it was and the focus on the button', async () => {
    const { user, date, button } = await openClosingForm();
    await user.clear(date);
    await user.type(date, '01.02.2027');
    button.focus();
    await user.keyboard('{Enter}');
    await user.keyboard('{ArrowRight}{Escape}');

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(date.value).toBe('01.02.2027');
    expect(document.activeElement).toBe(button);
  });

  it('opens on today, marked, when the field is empty or holds no date, and keeps Tab inside while open', async () => {
    const { user, date, button } = await openClosingForm();
    await user.clear(date);
    await user.type(date, 'i morgen');
    await user.click(button);

    const today = within(calendar()).getByRole('button', { name: /^I dag, / });
    expect(document.activeElement).toBe(today);
    // Tab goes round the dialog's own controls: the month buttons, the day, the close button.
    for (let i = 0; i < 4; i++) await user.tab();
    expect(calendar().contains(document.activeElement)).toBe(true);
    await user.click(within(calendar()).getByRole('button', { name: 'Lukk kalenderen' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(date.value).toBe('i morgen');
  });
});
