import { screen, waitFor } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';

import type { FakeCore } from './fakeCase';
import { messageNextTo, openClosingForm as openGrantedClosingForm } from './fakeCase';

let core: FakeCore;
afterEach(() => setBridge(undefined));

async function openClosingForm() {
  const opened = await openGrantedClosingForm();
  core = opened.core;
  return opened;
}

async function typeAndLeave(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.clear(field);
  await user.type(field, text);
  await user.tab();
}

describe('a date typed the short way', () => {
  it('is shown as dd.mm.åååå as soon as the field is left, so the user sees the date understood', async () => {
    const { user, date } = await openClosingForm();

    await typeAndLeave(user, date, '140926');
    expect(date.value).toBe('14.09.2026');
    await typeAndLeave(user, date, '1.2.26');
    expect(date.value).toBe('01.02.2026');
    await typeAndLeave(user, date, ' 14.9 ');
    expect(date.value).toBe(`14.09.${new Date().getFullYear()}`);
    expect(messageNextTo(date)).toBe('');
  });

  it('says that a date does not exist, instead of asking for another format', async () => {
    const { user, date } = await openClosingForm();

    await typeAndLeave(user, date, '31.02.2026');
    expect(messageNextTo(date)).toBe('Datoen finnes ikke: februar 2026 har 28 dager.');
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(date.value).toBe('31.02.2026');

    await typeAndLeave(user, date, '29.2.27');
    expect(messageNextTo(date)).toBe('Datoen finnes ikke: februar 2027 har 28 dager.');
  });

  it('names the accepted forms when the text is no date, and forgets the problem once it is fixed', async () => {
    const { user, date } = await openClosingForm();

    await typeAndLeave(user, date, 'i går');
    expect(messageNextTo(date)).toBe(
      'Skriv datoen som dd.mm.åååå. Dette går også: 14.9.26, 140926, 14.9 (i år) og 2026-09-14.',
    );
    await typeAndLeave(user, date, '15.2.27');
    expect(messageNextTo(date)).toBe('');
    expect(date.value).toBe('15.02.2027');
  });

  it('is saved as the ISO date, also when the form is sent with Enter from the field', async () => {
    const { user, date } = await openClosingForm();
    await user.click(screen.getByRole('radio', { name: /^Behovet er over/ }));

    await user.clear(date);
    await user.type(date, '15.2.27{Enter}');
    expect(date.value).toBe('15.02.2027');
    await waitFor(() => expect(core.changes('cases.recordStep')).toHaveLength(1));
    expect(core.changes('cases.recordStep')[0]).toMatchObject({
      step: { kind: 'closing', date: '2027-02-15', reason: 'needEnded' },
    });
  });
});
