import { useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { DRAFT_KEY_MAX } from '../../../shared/api/drafts';
import { call } from '../api/client';
import { parseHash } from '../app/router';

/** Long enough not to write on every key, short enough that a closed window loses little. */
export const DRAFT_SAVE_DELAY_MS = 700;

/** One per mounted form: writes what waits for the delay now, and resolves once written. */
const flushes = new Set<() => Promise<unknown>>();

/**
 * Writes every draft still waiting for its delay and waits for the writes under way: the lock
 * and logout buttons call this first, so what was typed is in the register before it closes.
 */
export async function flushDrafts(): Promise<void> {
  await Promise.all([...flushes].map((flush) => flush()));
}

export interface FormDraft<T extends FieldValues> {
  /** When the draft shown was saved; null when the form started from its own values. */
  restoredAt: string | null;
  /** The form was saved or given up: the draft goes, and nothing more is written. */
  discard: () => Promise<unknown>;
  /** Starts again from the form's own values (or `empty`); typing after this makes a new draft. */
  startOver: (empty?: T) => Promise<unknown>;
}

/**
 * Keeps what is typed into a form as a draft in the register (encrypted, the user's own), and
 * brings it back when the form is opened again: after the app locked, the window was closed, or
 * the user went elsewhere. Calls go to core one at a time and in order, so a late save can never
 * bring back a draft that was just discarded.
 */
export function useDraft<T extends FieldValues>(key: string, methods: UseFormReturn<T>): FormDraft<T> {
  const [ready, setReady] = useState(false);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const finished = useRef(false);
  const { reset, watch, getValues } = methods;
  const defaultValues = useRef<unknown>(methods.formState.defaultValues);

  const enqueue = (work: () => Promise<unknown>) => {
    // A draft that cannot be written must never stand in the way of the form itself.
    queue.current = queue.current.then(work).catch(() => undefined);
    return queue.current;
  };

  useEffect(() => {
    let cancelled = false;
    call('drafts.get', { form: key })
      .then((draft) => {
        if (cancelled || !draft) return;
        reset(overlay(defaultValues.current, draft.data) as T, { keepDefaultValues: true });
        setRestoredAt(draft.savedAt);
      })
      .catch(() => undefined)
      .finally(() => !cancelled && setReady(true));
    return () => {
      cancelled = true;
    };
  }, [key, reset]);

  useEffect(() => {
    if (!ready) return;
    const pending: { timer: number | undefined } = { timer: undefined };
    const save = () => {
      pending.timer = undefined;
      if (!finished.current) void enqueue(() => call('drafts.save', { form: key, data: getValues() }));
    };
    const flush = () => {
      if (pending.timer !== undefined) {
        window.clearTimeout(pending.timer);
        save();
      }
      return queue.current;
    };
    flushes.add(flush);
    // Only what the user types or picks: a reset (restoring, starting over) writes nothing.
    const subscription = watch((_values, { type }) => {
      if (type !== 'change') return;
      window.clearTimeout(pending.timer);
      pending.timer = window.setTimeout(save, DRAFT_SAVE_DELAY_MS);
    });
    return () => {
      subscription.unsubscribe();
      flushes.delete(flush);
      // Leaving the page within the delay still keeps the last keys.
      void flush();
    };
  }, [ready, key, watch, getValues]);

  return {
    restoredAt,
    discard: () => {
      finished.current = true;
      setRestoredAt(null);
      return enqueue(() => call('drafts.discard', { form: key }));
    },
    startOver: (empty?: T) => {
      reset((empty ?? defaultValues.current) as T);
      setRestoredAt(null);
      return enqueue(() => call('drafts.discard', { form: key }));
    },
  };
}

/**
 * The draft of a form named by the page it is on, so each case, step and plan part has its own:
 * `appeal:saker/12/klage/45`, with the query that chooses what the form is about
 * (`?rett=individuellPlan`) and without the way back (`fra`).
 */
export function useRouteDraft<T extends FieldValues>(name: string, methods: UseFormReturn<T>) {
  const [key] = useState(() => routeDraftKey(name, window.location.hash));
  return useDraft(key, methods);
}

export function routeDraftKey(name: string, hash: string): string {
  const { segments, query } = parseHash(hash);
  query.delete('fra');
  query.sort();
  const search = query.toString();
  const key = `${name}:${segments.join('/')}${search ? `?${search}` : ''}`;
  // Our routes hold only these; an address typed by hand is kept to what the contract takes.
  return key.replace(/[^\p{L}\p{N}_.:/?=&-]/gu, '_').slice(0, DRAFT_KEY_MAX);
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The draft's values over the form's defaults, field by field, where they have the same shape:
 * a draft saved by an older version of a form fills what it still fits and leaves the rest.
 */
export function overlay(defaults: unknown, draft: unknown): unknown {
  if (isPlainObject(defaults)) {
    if (!isPlainObject(draft)) return defaults;
    return Object.fromEntries(Object.entries(defaults).map(([k, v]) => [k, overlay(v, draft[k])]));
  }
  if (Array.isArray(defaults)) return Array.isArray(draft) ? draft : defaults;
  if (defaults === null || defaults === undefined) return draft ?? defaults;
  return typeof draft === typeof defaults ? draft : defaults;
}
