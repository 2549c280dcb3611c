import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';

import { setBridge } from '@renderer/api/client';
import { parseHash, useHash } from '@renderer/app/router';
import { CoordinatorsArea } from '@renderer/features/coordinators/CoordinatorsArea';
import type { SamordnaBridge } from '@shared/api/bridge';
import type {
  Coordinator,
  CoordinatorCase,
  CoordinatorCompletion,
  CoordinatorDetail,
} from '@shared/api/coordinators';
import type { ApiErrorShape, Result } from '@shared/api/errors';
import type { ServiceUnit } from '@shared/api/serviceUnits';
import { defaultCoordinationRules, type CoordinationRules } from '@shared/domain/coordinationRules';
import type { Course } from '@shared/domain/training';

// jsdom has no Web Animations; the design system's Spinner asks for the running animations.
if (typeof document.getAnimations !== 'function') {
  Object.defineProperty(document, 'getAnimations', { value: () => [], configurable: true });
}

/** A coordinator with sensible values; tests change only what they are about. */
export function coordinator(id: number, change: Partial<Coordinator> = {}): Coordinator {
  return {
    id,
    name: `Koordinator ${id}`,
    serviceUnitId: 1,
    serviceUnitName: 'Helsestasjonen',
    position: 'Helsesykepleier',
    phone: '',
    email: '',
    capacity: null,
    active: true,
    createdAt: '2026-01-05T08:00:00.000Z',
    updatedAt: '2026-01-05T08:00:00.000Z',
    caseload: 0,
    training: { state: 'never', validUntil: null },
    ...change,
  };
}

export function coordinatorCase(
  appointmentId: number,
  change: Partial<CoordinatorCase> = {},
): CoordinatorCase {
  return {
    appointmentId,
    caseId: appointmentId * 10,
    caseNumber: `2026-${String(appointmentId).padStart(4, '0')}`,
    personName: `Person ${appointmentId}`,
    caseStatus: 'decided',
    role: 'koordinator',
    startDate: '2026-02-01',
    endDate: null,
    endReason: null,
    running: true,
    ...change,
  };
}

export function completion(id: number, change: Partial<CoordinatorCompletion> = {}): CoordinatorCompletion {
  return {
    id,
    courseId: 1,
    courseName: 'Grunnopplæring for koordinatorer',
    courseType: 'grunnopplaering',
    required: true,
    date: '2026-03-12',
    validUntil: '2028-03-12',
    sessionId: null,
    note: '',
    ...change,
  };
}

export function course(id: number, change: Partial<Course> = {}): Course {
  return {
    id,
    name: `Kurs ${id}`,
    provider: 'Statsforvalteren',
    type: 'grunnopplaering',
    validityMonths: 24,
    required: true,
    active: true,
    ...change,
  };
}

type Call = { channel: string; input: Record<string, unknown> };

/**
 * Stands in for core on the coordinator screens: the pool, one coordinator's page, the course
 * catalogue and the coordination rules. Every call is recorded, so tests see what the screen
 * asked for; `failWith` makes one channel refuse.
 */
export class FakeCore implements SamordnaBridge {
  readonly kind = 'host' as const;
  readonly calls: Call[] = [];
  coordinators: Coordinator[] = [];
  details = new Map<number, CoordinatorDetail>();
  courses: Course[] = [course(1, { name: 'Grunnopplæring for koordinatorer' })];
  rules: CoordinationRules = { ...defaultCoordinationRules };
  serviceUnits: ServiceUnit[] = [
    { id: 1, name: 'Helsestasjonen', active: true, coordinatorCount: 2 },
    { id: 7, name: 'PPT', active: true, coordinatorCount: 1 },
  ];
  failWith = new Map<string, ApiErrorShape>();

  /** Puts a coordinator page in place (and the coordinator in the pool). */
  addDetail(detail: Partial<CoordinatorDetail> & { coordinator: Coordinator }): CoordinatorDetail {
    const full: CoordinatorDetail = { cases: [], completions: [], guidance: [], ...detail };
    this.details.set(full.coordinator.id, full);
    this.coordinators = [...this.coordinators.filter((c) => c.id !== full.coordinator.id), full.coordinator];
    return full;
  }

  invoke = (async (channel: string, input: Record<string, unknown>): Promise<Result<unknown>> => {
    this.calls.push({ channel, input });
    const ok = (data: unknown): Result<unknown> => ({ ok: true, data });
    const failure = this.failWith.get(channel);
    if (failure) return { ok: false, error: failure };
    const notFound: Result<unknown> = { ok: false, error: { code: 'NOT_FOUND', message: 'Fant ikke.' } };
    switch (channel) {
      case 'serviceUnits.list':
        return ok(this.serviceUnits);
      case 'coordinators.list':
        return ok(this.coordinators);
      case 'coordinators.get':
        return this.details.has(Number(input.id)) ? ok(this.details.get(Number(input.id))) : notFound;
      case 'coordinators.update': {
        const detail = this.details.get(Number(input.id));
        if (!detail) return notFound;
        const saved = { ...detail.coordinator, ...input } as Coordinator;
        this.addDetail({ ...detail, coordinator: saved });
        return ok(saved);
      }
      case 'training.overview':
        return ok({ courses: this.courses, sessions: [], guidance: [] });
      case 'training.recordCompletion': {
        const detail = this.details.get(Number(input.coordinatorId));
        if (!detail) return notFound;
        const added = completion(100 + detail.completions.length, {
          courseId: Number(input.courseId),
          date: String(input.date),
        });
        return ok(this.addDetail({ ...detail, completions: [added, ...detail.completions] }));
      }
      case 'training.removeCompletion': {
        const detail = [...this.details.values()].find((d) => d.completions.some((c) => c.id === input.id));
        if (!detail) return notFound;
        return ok(
          this.addDetail({ ...detail, completions: detail.completions.filter((c) => c.id !== input.id) }),
        );
      }
      case 'coordinators.rules':
        return ok(this.rules);
      case 'coordinators.updateRules':
        this.rules = input as unknown as CoordinationRules;
        return ok(this.rules);
      default:
        return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Ukjent forespørsel.' } };
    }
  }) as SamordnaBridge['invoke'];

  /** What the screen sent on a channel, oldest first. */
  sent(channel: string): Record<string, unknown>[] {
    return this.calls.filter((c) => c.channel === channel).map((c) => c.input);
  }
}

/** Renders with a fresh query cache, as a new window would. */
export function renderWithQueries(ui: ReactNode) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  return { queryClient, ...render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>) };
}

/** The validation message shown next to a field, or '' when there is none. */
export function messageNextTo(input: HTMLElement): string {
  const wrapper = input.closest('ds-field, .field, .ds-field');
  const message = wrapper?.querySelector('[data-field="validation"]');
  return message?.textContent?.trim() ?? '';
}

/** The Koordinatorer area at the window's address, following it as the app shell does. */
export function AreaAtAddress() {
  const route = parseHash(useHash());
  return <CoordinatorsArea route={route} />;
}

/** Opens the area at an address with a fresh query cache. */
export function openAt(hash: string, core: FakeCore) {
  setBridge(core);
  window.location.hash = hash;
  return renderWithQueries(<AreaAtAddress />);
}
