import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import { parseHash } from '@renderer/app/router';
import { SettingsPage } from '@renderer/features/settings/SettingsPage';
import type { SamordnaBridge } from '@shared/api/bridge';
import type { ApiErrorShape, Result } from '@shared/api/errors';
import type { SessionUser } from '@shared/api/session';
import { defaultPlanRules, type PlanRules } from '@shared/domain/plan';

import { messageNextTo, renderWithQueries } from '../coordinators/fakeCoordinators';

/** Stands in for core: the plan rules only. Every call is recorded; `failWith` makes one refuse. */
class FakeCore implements SamordnaBridge {
  readonly kind = 'host' as const;
  readonly calls: { channel: string; input: Record<string, unknown> }[] = [];
  rules: PlanRules = { ...defaultPlanRules };
  failWith = new Map<string, ApiErrorShape>();

  invoke = (async (channel: string, input: Record<string, unknown>): Promise<Result<unknown>> => {
    this.calls.push({ channel, input });
    const failure = this.failWith.get(channel);
    if (failure) return { ok: false, error: failure };
    switch (channel) {
      case 'plans.rules':
        return { ok: true, data: this.rules };
      case 'plans.updateRules':
        this.rules = input as unknown as PlanRules;
        return { ok: true, data: this.rules };
      default:
        return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Ukjent forespørsel.' } };
    }
  }) as SamordnaBridge['invoke'];

  sent(channel: string): Record<string, unknown>[] {
    return this.calls.filter((c) => c.channel === channel).map((c) => c.input);
  }
}

let core: FakeCore;

beforeEach(() => {
  core = new FakeCore();
  setBridge(core);
});
afterEach(() => setBridge(undefined));

const admin: SessionUser = {
  id: 1,
  displayName: 'Kari Administrator',
  username: 'kari.admin',
  role: 'admin',
};

const MEETINGS = 'Møter i ansvarsgruppen per år (minst)';
const EVALUATION = 'Evaluer planen minst hver (måneder)';
const NOTICE = 'Vis planen som «til evaluering» (dager før)';
const SAVED = 'Innstillingene for individuelle planer er lagret.';

const field = (name: string) => screen.getByRole('textbox', { name });
const save = (user: ReturnType<typeof userEvent.setup>) =>
  user.click(screen.getByRole('button', { name: 'Lagre' }));

async function openSection() {
  const rendered = renderWithQueries(
    <SettingsPage user={admin} route={parseHash('#/innstillinger/planer')} />,
  );
  await screen.findByRole('textbox', { name: MEETINGS });
  return { user: userEvent.setup(), queryClient: rendered.queryClient };
}

async function typeInto(user: ReturnType<typeof userEvent.setup>, name: string, text: string) {
  await user.clear(field(name));
  await user.type(field(name), text);
}

describe('the plan settings', () => {
  it('is a section of Innstillinger for administrators, showing the numbers in force', async () => {
    core.rules = { minMeetingsPerYear: 3, evaluationMonths: 6, revisionNoticeDays: 45 };
    await openSection();
    expect(screen.getByRole('heading', { level: 2, name: 'Individuelle planer' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Individuelle planer' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(field(MEETINGS)).toHaveProperty('value', '3');
    expect(field(EVALUATION)).toHaveProperty('value', '6');
    expect(field(NOTICE)).toHaveProperty('value', '45');
    // The ranges come from the contract, the presets from the defaults.
    expect(screen.getByText(/Fra 0 til 12 \(0 gir ikke varsel\); standard er 2\./)).toBeTruthy();
    expect(screen.getByText(/Fra 1 til 36; standard er 12\./)).toBeTruthy();
    expect(screen.getByText(/Fra 1 til 180; standard er 30\./)).toBeTruthy();
  });

  it('is not offered to a case worker', () => {
    renderWithQueries(
      <SettingsPage user={{ ...admin, role: 'saksbehandler' }} route={parseHash('#/innstillinger/planer')} />,
    );
    expect(screen.queryByRole('link', { name: 'Individuelle planer' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: MEETINGS })).toBeNull();
    expect(core.sent('plans.rules')).toEqual([]);
  });

  it('refuses numbers out of range or not whole beside the fields, and sends nothing', async () => {
    const { user } = await openSection();
    await typeInto(user, MEETINGS, '13');
    await typeInto(user, EVALUATION, '0');
    await typeInto(user, NOTICE, '2,5');
    await save(user);

    await waitFor(() => expect(messageNextTo(field(MEETINGS))).toBe('Skriv et helt tall fra 0 til 12.'));
    expect(messageNextTo(field(EVALUATION))).toBe('Skriv et helt tall fra 1 til 36.');
    expect(messageNextTo(field(NOTICE))).toBe('Skriv et helt tall fra 1 til 180.');
    expect(core.sent('plans.updateRules')).toEqual([]);
  });

  it('saves a valid change as numbers, accepts no meetings, and refreshes what depends on it', async () => {
    const { user, queryClient } = await openSection();
    // Plans, cases and dashboards on screen elsewhere; the coordination rules do not depend on these.
    for (const key of [['plans.list', {}], ['cases.get', 7], ['coordinators.rules']])
      queryClient.setQueryData(key, {});
    await typeInto(user, MEETINGS, '0');
    await typeInto(user, EVALUATION, ' 6 ');
    await typeInto(user, NOTICE, '60');
    await save(user);

    await waitFor(() => expect(core.sent('plans.updateRules')).toHaveLength(1));
    expect(core.sent('plans.updateRules')[0]).toEqual({
      minMeetingsPerYear: 0,
      evaluationMonths: 6,
      revisionNoticeDays: 60,
    });
    expect(await screen.findByText(SAVED)).toBeTruthy();
    expect(queryClient.getQueryState(['plans.list', {}])?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(['cases.get', 7])?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(['coordinators.rules'])?.isInvalidated).toBe(false);
    // The saved answer is used as it is: the rules are not asked for again.
    expect(core.sent('plans.rules')).toHaveLength(1);
    expect(field(EVALUATION)).toHaveProperty('value', '6');
  });

  it('shows core’s refusal', async () => {
    core.failWith.set('plans.updateRules', {
      code: 'FORBIDDEN',
      message: 'Du har ikke tilgang til dette med din rolle.',
    });
    const { user } = await openSection();
    await save(user);

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Du har ikke tilgang til dette med din rolle.',
    );
    expect(screen.queryByText(SAVED)).toBeNull();
  });

  it('shows core’s objection to a number beside that field', async () => {
    core.failWith.set('plans.updateRules', {
      code: 'VALIDATION',
      message: 'Noen felt er ikke riktig fylt ut.',
      fields: { revisionNoticeDays: 'validation.invalid' },
    });
    const { user } = await openSection();
    await save(user);

    await waitFor(() => expect(messageNextTo(field(NOTICE))).not.toBe(''));
    expect(messageNextTo(field(MEETINGS))).toBe('');
    expect(screen.getByRole('alert').textContent).toBe(
      'Noen felt er ikke riktig fylt ut. Se meldingene ved feltene.',
    );
  });
});
