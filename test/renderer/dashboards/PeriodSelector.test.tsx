import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';

import { FakeCore, openArea } from './fakeDashboards';

let core: FakeCore;
beforeEach(() => {
  core = new FakeCore();
});
afterEach(() => setBridge(undefined));

const choice = () => screen.getByLabelText('Vis tall for') as HTMLSelectElement;
const figuresLine = () => screen.getByTestId('figures-line').textContent;

// Typing into fields and redrawing the charts takes a while on a loaded build machine.
describe('the period selector', { timeout: 20_000 }, () => {
  it('is on the period dashboards only, with the last twelve months chosen', async () => {
    openArea(core, '#/oversikt/koordinatorbytter');
    await screen.findByTestId('figures-line');
    expect(choice().value).toBe('last12');
    expect(
      within(choice())
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Siste 12 måneder', 'Dette kvartalet', 'Forrige kvartal', 'I år', 'I fjor', 'Egen periode']);
  });

  it('is not on a dashboard that describes today', async () => {
    openArea(core, '#/oversikt/saksfordeling');
    await screen.findByTestId('figures-line');
    expect(screen.queryByLabelText('Vis tall for')).toBeNull();
  });

  it('puts a chosen period in the address and asks core for it', async () => {
    const user = openArea(core, '#/oversikt/koordinatorbytter');
    await screen.findByTestId('figures-line');
    await user.selectOptions(choice(), 'lastYear');
    expect(window.location.hash).toBe('#/oversikt/koordinatorbytter?fra=2026-01-01&til=2026-12-31');
    await waitFor(() => expect(figuresLine()).toBe('Tallene gjelder perioden 01.01.2026–31.12.2026.'));
    expect(core.sent('dashboards.get').at(-1)).toEqual({
      dashboard: 'changes',
      from: '2026-01-01',
      to: '2026-12-31',
    });
    expect(choice().value).toBe('lastYear');
    expect(screen.getByRole('link', { name: '1: Koordinatoren sluttet' }).getAttribute('href')).toBe(
      '#/oversikt/koordinatorbytter/reasons/coordinatorLeft?fra=2026-01-01&til=2026-12-31',
    );
  });

  it('takes the user’s own period typed as dd.mm.åååå', async () => {
    const user = openArea(core, '#/oversikt/ip-fremdrift');
    await screen.findByTestId('figures-line');
    await user.selectOptions(choice(), 'custom');
    const from = screen.getByLabelText('Fra dato');
    expect((from as HTMLInputElement).value).toBe('11.03.2026');
    await user.clear(from);
    await user.type(from, '01.02.2026');
    await user.clear(screen.getByLabelText('Til dato'));
    await user.type(screen.getByLabelText('Til dato'), '300626');
    await user.click(screen.getByRole('button', { name: 'Vis perioden' }));
    expect(window.location.hash).toBe('#/oversikt/ip-fremdrift?fra=2026-02-01&til=2026-06-30');
    await waitFor(() =>
      expect(core.sent('dashboards.get').at(-1)).toEqual({
        dashboard: 'plans',
        from: '2026-02-01',
        to: '2026-06-30',
      }),
    );
    expect(choice().value).toBe('custom');
  });

  it('says beside the field what is wrong with the user’s own period, and asks nothing', async () => {
    const user = openArea(core, '#/oversikt/koordinatorbytter');
    await screen.findByTestId('figures-line');
    const asked = core.sent('dashboards.get').length;
    await user.selectOptions(choice(), 'custom');
    await user.clear(screen.getByLabelText('Fra dato'));
    await user.type(screen.getByLabelText('Fra dato'), '31.02.2026');
    await user.click(screen.getByRole('button', { name: 'Vis perioden' }));
    expect(await screen.findByText('Datoen finnes ikke: februar 2026 har 28 dager.')).toBeTruthy();
    expect(screen.getByLabelText('Fra dato').getAttribute('aria-invalid')).toBe('true');

    await user.clear(screen.getByLabelText('Fra dato'));
    await user.type(screen.getByLabelText('Fra dato'), '01.04.2027');
    await user.click(screen.getByRole('button', { name: 'Vis perioden' }));
    expect(await screen.findByText('Perioden må slutte samme dag eller etter at den begynner.')).toBeTruthy();
    expect(screen.getByLabelText('Til dato').getAttribute('aria-invalid')).toBe('true');
    expect(window.location.hash).toBe('#/oversikt/koordinatorbytter');
    expect(core.sent('dashboards.get')).toHaveLength(asked);
  });

  it('shows an unreadable period from the address beside its field, and asks nothing', async () => {
    openArea(core, '#/oversikt/koordinatorbytter?fra=2026-07-01&til=2026-06-30');
    expect(await screen.findByText('Perioden må slutte samme dag eller etter at den begynner.')).toBeTruthy();
    expect(choice().value).toBe('custom');
    expect((screen.getByLabelText('Fra dato') as HTMLInputElement).value).toBe('01.07.2026');
    expect(core.sent('dashboards.get')).toEqual([]);
    expect(screen.queryByTestId('figures-line')).toBeNull();
  });
});
