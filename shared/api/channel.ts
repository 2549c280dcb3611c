import type { z } from 'zod';

export const roles = ['admin', 'saksbehandler', 'leder'] as const;
export type Role = (typeof roles)[number];

/**
 * Who may call a channel. `public` works without a session (setup, login, status);
 * otherwise the session's user must hold one of the listed roles. Checked in core.
 */
export type Access = 'public' | readonly Role[];

/** One channel of the contract: its zod input, its output type (phantom) and its access rule. */
export interface Channel<I extends z.ZodType, O> {
  readonly input: I;
  readonly access: Access;
  /** Never set: carries the output type only. */
  readonly output?: O;
}

/** `channel<Output>()(input, access)`: curried so the output is explicit and the input inferred. */
export function channel<O>() {
  return <I extends z.ZodType>(input: I, access: Access): Channel<I, O> => ({ input, access });
}

export const ALL_ROLES: readonly Role[] = roles;
export const CASE_WORKERS: readonly Role[] = ['admin', 'saksbehandler'];
export const ADMIN_ONLY: readonly Role[] = ['admin'];
