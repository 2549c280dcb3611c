import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';

import type { SamordnaBridge } from '@shared/api/bridge';
import type { Coordinator } from '@shared/api/coordinators';
import type { ApiErrorShape, Result } from '@shared/api/errors';
import type { GuidanceSession, TrainingSession, TrainingSessionRow } from '@shared/api/training';
import { addDays, todayIso } from '@shared/domain/calendar';
import type { Course } from '@shared/domain/training';

// jsdom has no Web Animations; the design system's Spinner asks for the running animations.
if (typeof document.getAnimations !== 'function') {
  Object.defineProperty(document, 'getAnimations', { value: () => [], configurable: true });
}

export const today = todayIso(new Date());
export const daysFromToday = (n: number) => addDays(today, n);
/** dd.mm.åååå, as typed into a date field. */
export const typed = (iso: string) => iso.split('-').reverse().join('.');

export function coordinator(id: number, name: string, change: Partial<Coordinator> = {}): Coordinator {
  return {
    id,
    name,
    serviceUnitId: 1,
    serviceUnitName: 'Helsestasjonen',
    position: '',
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

export function course(id: number, name: string, change: Partial<Course> = {}): Course {
  return {
    id,
    name,
    provider: 'Marker kommune',
    type: 'grunnopplaering',
    validityMonths: 24,
    required: true,
    active: true,
    ...change,
  };
}

type Call = { channel: string; input: Record<string, unknown> };

/** Stands in for core's training and coordinator channels; every call is recorded. */
export class FakeTrainingCore implements SamordnaBridge {
  readonly kind = 'host' as const;
  readonly calls: Call[] = [];
  courses: Course[] = [course(1, 'Grunnopplæring for koordinatorer')];
  sessions: TrainingSession[] = [];
  guidance: GuidanceSession[] = [];
  coordinators: Coordinator[] = [
    coordinator(11, 'Kari Nordmann'),
    coordinator(12, 'Ola Hansen', { serviceUnitId: 7, serviceUnitName: 'PPT' }),
    coordinator(13, 'Åse Berg', { serviceUnitId: 7, serviceUnitName: 'PPT' }),
    coordinator(14, 'Per Ås', { serviceUnitName: 'Hjemmetjenesten' }),
    coordinator(15, 'Nils Gammel', { active: false }),
  ];
  /** When set, the next save on any training channel fails with this error. */
  failWith: ApiErrorShape | null = null;

  invoke = (async (channel: string, input: Record<string, unknown>): Promise<Result<unknown>> => {
    this.calls.push({ channel, input });
    const ok = (data: unknown): Result<unknown> => ({ ok: true, data });
    const notFound: Result<unknown> = { ok: false, error: { code: 'NOT_FOUND', message: 'Fant ikke.' } };
    if (this.failWith && /^training\.(save|remove)/.test(channel)) {
      const error = this.failWith;
      this.failWith = null;
      return { ok: false, error };
    }
    switch (channel) {
      case 'coordinators.list':
        return ok(this.coordinators);
      case 'training.overview':
        return ok({ courses: this.courses, sessions: this.sessions.map(toRow), guidance: this.guidance });
      case 'training.getSession':
        return this.sessions.find((s) => s.id === input.id)
          ? ok(this.sessions.find((s) => s.id === input.id))
          : notFound;
      case 'training.getGuidance':
        return this.guidance.find((g) => g.id === input.id)
          ? ok(this.guidance.find((g) => g.id === input.id))
          : notFound;
      case 'training.saveSession':
        return ok(this.saveSession(input));
      case 'training.removeSession':
        this.sessions = this.sessions.filter((s) => s.id !== input.id);
        return ok({ id: input.id });
      case 'training.saveGuidance':
        return ok({ id: 1, coordinatorNames: [], ...input });
      case 'training.saveCourse':
        return ok({ id: 1, ...input });
      default:
        return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Ukjent forespørsel.' } };
    }
  }) as SamordnaBridge['invoke'];

  /** What the screen sent on a channel, oldest first. */
  sent(channel: string): Record<string, unknown>[] {
    return this.calls.filter((c) => c.channel === channel).map((c) => c.input);
  }

  private saveSession(input: Record<string, unknown>): TrainingSession {
    const found = this.courses.find((c) => c.id === input.courseId)!;
    const saved: TrainingSession = {
      id: (input.id as number | undefined) ?? 100 + this.sessions.length,
      courseId: found.id,
      courseName: found.name,
      courseType: found.type,
      date: String(input.date),
      place: String(input.place ?? ''),
      note: String(input.note ?? ''),
      attendeeIds: (input.attendeeIds as number[] | undefined) ?? [],
      attendeeCount: ((input.attendeeIds as number[] | undefined) ?? []).length,
    };
    this.sessions = [saved, ...this.sessions.filter((s) => s.id !== saved.id)];
    return saved;
  }
}

function toRow(s: TrainingSession): TrainingSessionRow {
  const { attendeeIds: _attendees, ...row } = s;
  return row;
}

/** Renders with a fresh query cache, as a new window would; returns the cache to look into. */
export function renderWithQueries(ui: ReactNode) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const view = render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>);
  return { ...view, queryClient };
}

/** The validation message of a field or of the fieldset (a group of choices) an element is in. */
export function messageNextTo(element: HTMLElement): string {
  const wrapper = element.closest('ds-field, .field');
  const own = wrapper?.querySelector('[data-field="validation"]');
  const group = element.closest('fieldset')?.querySelector(':scope > [data-field="validation"]');
  return (own ?? group)?.textContent?.trim() ?? '';
}
