import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import { CoordinatorFormPage } from '@renderer/features/coordinators/CoordinatorFormPage';
import type { SamordnaBridge } from '@shared/api/bridge';
import type { Coordinator } from '@shared/api/coordinators';
import type { ApiErrorShape, Result } from '@shared/api/errors';
import type { ServiceUnit } from '@shared/api/serviceUnits';

const serviceUnits: ServiceUnit[] = [
  { id: 1, name: 'Helsestasjonen', active: true, coordinatorCount: 2 },
  { id: 7, name: 'PPT', active: true, coordinatorCount: 0 },
];

/** Stands in for core: lists two service units and records what the form asks to create. */
class FakeBridge implements SamordnaBridge {
  readonly kind = 'host' as const;
  readonly created: unknown[] = [];
  /** When set, coordinators.create fails with this error instead of saving. */
  createError: ApiErrorShape | null = null;

  invoke = (async (channel: string, input: unknown): Promise<Result<unknown>> => {
    if (channel === 'serviceUnits.list') return { ok: true, data: serviceUnits };
    if (channel === 'coordinators.create') {
      this.created.push(input);
      if (this.createError) return { ok: false, error: this.createError };
      const saved: Coordinator = {
        ...(input as Omit<
          Coordinator,
          'id' | 'serviceUnitName' | 'createdAt' | 'updatedAt' | 'caseload' | 'training'
        >),
        id: 42,
        serviceUnitName: 'PPT',
        createdAt: '2026-06-15T08:00:00.000Z',
        updatedAt: '2026-06-15T08:00:00.000Z',
        caseload: 0,
        training: { state: 'never', validUntil: null },
      };
      return { ok: true, data: saved };
    }
    return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Ukjent forespørsel.' } };
  }) as SamordnaBridge['invoke'];
}

let bridge: FakeBridge;

beforeEach(() => {
  bridge = new FakeBridge();
  setBridge(bridge);
  window.location.hash = '#/koordinatorer/ny';
});
afterEach(() => setBridge(undefined));

async function openNewCoordinatorForm() {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  render(
    <QueryClientProvider client={queryClient}>
      <CoordinatorFormPage id={null} back="#/koordinatorer" />
    </QueryClientProvider>,
  );
  // The service units arrive from core before anyone can choose one.
  await screen.findByRole('option', { name: 'PPT' });
  return userEvent.setup();
}

const field = {
  name: () => screen.getByLabelText('Navn'),
  serviceUnit: () => screen.getByLabelText('Tjenestested'),
  position: () => screen.getByLabelText('Stilling / fag'),
  phone: () => screen.getByLabelText('Telefon'),
  email: () => screen.getByLabelText('E-post'),
  capacity: () => screen.getByLabelText('Kapasitet (maks antall saker)'),
};

/** The validation message shown next to a field, or '' when there is none. */
function messageNextTo(input: HTMLElement): string {
  const wrapper = input.closest('ds-field, .field');
  const message = wrapper?.querySelector('[data-field="validation"]');
  return message?.textContent?.trim() ?? '';
}

const save = (user: ReturnType<typeof userEvent.setup>) =>
  user.click(screen.getByRole('button', { name: 'Lagre' }));

describe('registering a new coordinator', () => {
  it('asks for a name and a service unit when the form is saved empty, and saves nothing', async () => {
    const user = await openNewCoordinatorForm();
    await save(user);

    await waitFor(() => expect(messageNextTo(field.name())).toBe('Må fylles ut.'));
    expect(messageNextTo(field.serviceUnit())).toBe('Velg et tjenestested.');
    expect(field.name().getAttribute('aria-invalid')).toBe('true');
    expect(field.serviceUnit().getAttribute('aria-invalid')).toBe('true');
    expect(bridge.created).toEqual([]);
  });

  it('explains what a valid phone number and e-mail address look like', async () => {
    const user = await openNewCoordinatorForm();
    await user.type(field.name(), 'Kari Nordmann');
    await user.selectOptions(field.serviceUnit(), 'PPT');
    await user.type(field.phone(), '12345');
    await user.type(field.email(), 'kari.kommune.no');
    await save(user);

    await waitFor(() =>
      expect(messageNextTo(field.phone())).toBe(
        'Skriv et norsk telefonnummer med 8 siffer, gjerne med +47 foran.',
      ),
    );
    expect(messageNextTo(field.email())).toBe('Skriv en gyldig e-postadresse, for eksempel navn@kommune.no.');
    expect(messageNextTo(field.name())).toBe('');
    expect(bridge.created).toEqual([]);
  });

  it('rejects a capacity that is not a number', async () => {
    const user = await openNewCoordinatorForm();
    await user.type(field.name(), 'Kari Nordmann');
    await user.selectOptions(field.serviceUnit(), 'PPT');
    await user.type(field.capacity(), 'abc');
    await save(user);

    await waitFor(() =>
      expect(messageNextTo(field.capacity())).toBe(
        'Skriv et helt tall fra 1 til 500, eller la feltet stå tomt.',
      ),
    );
    expect(bridge.created).toEqual([]);
  });

  it('saves a valid coordinator once, with the service unit as a number and no capacity when left empty', async () => {
    const user = await openNewCoordinatorForm();
    await user.type(field.name(), '  Kari Nordmann ');
    await user.selectOptions(field.serviceUnit(), 'PPT');
    await user.type(field.position(), 'Spesialpedagog');
    await user.type(field.phone(), '+47 912 34 567');
    await user.type(field.email(), 'kari.nordmann@kommune.no');
    await save(user);

    await waitFor(() => expect(bridge.created).toHaveLength(1));
    expect(bridge.created[0]).toEqual({
      name: 'Kari Nordmann',
      serviceUnitId: 7,
      position: 'Spesialpedagog',
      phone: '+47 912 34 567',
      email: 'kari.nordmann@kommune.no',
      capacity: null,
      active: true,
    });
    await waitFor(() => expect(window.location.hash).toBe('#/koordinatorer'));
  });

  it('saves a capacity as a whole number', async () => {
    const user = await openNewCoordinatorForm();
    await user.type(field.name(), 'Kari Nordmann');
    await user.selectOptions(field.serviceUnit(), 'Helsestasjonen');
    await user.type(field.capacity(), ' 12 ');
    await save(user);

    await waitFor(() => expect(bridge.created).toHaveLength(1));
    expect(bridge.created[0]).toMatchObject({ serviceUnitId: 1, capacity: 12 });
  });

  it('shows core’s objection to a service unit next to that field', async () => {
    bridge.createError = {
      code: 'VALIDATION',
      message: 'Noen felt er ikke riktig fylt ut.',
      fields: { serviceUnitId: 'validation.serviceUnitUnknown' },
    };
    const user = await openNewCoordinatorForm();
    await user.type(field.name(), 'Kari Nordmann');
    await user.selectOptions(field.serviceUnit(), 'PPT');
    await save(user);

    await waitFor(() =>
      expect(messageNextTo(field.serviceUnit())).toBe('Tjenestestedet finnes ikke lenger. Velg et annet.'),
    );
    expect(bridge.created).toHaveLength(1);
    expect(screen.getByRole('alert').textContent).toBe(
      'Noen felt er ikke riktig fylt ut. Se meldingene ved feltene.',
    );
    expect(window.location.hash).toBe('#/koordinatorer/ny');
  });

  it('leads back to the list it came from', async () => {
    await openNewCoordinatorForm();
    expect(screen.getByRole('link', { name: 'Tilbake til koordinatorer' }).getAttribute('href')).toBe(
      '#/koordinatorer',
    );
  });

  it('saves once the problems are put right after a failed attempt', async () => {
    const user = await openNewCoordinatorForm();
    await save(user);
    await waitFor(() => expect(messageNextTo(field.name())).toBe('Må fylles ut.'));

    await user.type(field.name(), 'Kari Nordmann');
    await user.selectOptions(field.serviceUnit(), 'Helsestasjonen');
    await save(user);

    await waitFor(() => expect(bridge.created).toHaveLength(1));
    expect(bridge.created[0]).toMatchObject({ name: 'Kari Nordmann', serviceUnitId: 1 });
  });

  it('saves once another service unit is chosen after core objected to the first', async () => {
    bridge.createError = {
      code: 'VALIDATION',
      message: 'Noen felt er ikke riktig fylt ut.',
      fields: { serviceUnitId: 'validation.serviceUnitUnknown' },
    };
    const user = await openNewCoordinatorForm();
    await user.type(field.name(), 'Kari Nordmann');
    await user.selectOptions(field.serviceUnit(), 'PPT');
    await save(user);
    await waitFor(() => expect(messageNextTo(field.serviceUnit())).not.toBe(''));

    bridge.createError = null;
    await user.selectOptions(field.serviceUnit(), 'Helsestasjonen');
    await save(user);

    await waitFor(() => expect(bridge.created).toHaveLength(2));
    expect(bridge.created[1]).toMatchObject({ serviceUnitId: 1 });
    await waitFor(() => expect(window.location.hash).toBe('#/koordinatorer'));
  });
});
