import { useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

import { DRAFT_KEY_MAX } from '@shared/api/drafts';

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
  /**
   * The record was changed (by someone, somewhere) after the draft was saved: only the fields the
   * user had changed were taken from the draft; the others show the record as it is now.
   */
  recordChanged: boolean;
  /** The form was saved or given up: the draft goes, and nothing more is written. */
  discard: () => Promise<unknown>;
  /** Starts again from the form's own values (or `empty`); typing after this makes a new draft. */
  startOver: (empty?: T) => Promise<unknown>;
}

/**
 * What is kept: the form's values and the values it started from (the record as it was then), so
 * that bringing it back applies only what the user changed over the record as it is now.
 */
interface Kept {
  draftFormat: 2;
  values: unknown;
  base: unknown;
}

const isKept = (data: Record<string, unknown>): data is Record<string, unknown> & Kept =>
  data.draftFormat === 2 && 'values' in data;

/**
 * Keeps what is typed into a form as a draft in the register (encrypted, the user's own), and
 * brings it back when the form is opened again: after the app locked, the window was closed, or
 * the user went elsewhere. Calls go to core one at a time and in order, so a late save can never
 * bring back a draft that was just discarded.
 */
export function useDraft<T extends FieldValues>(key: string, methods: UseFormReturn<T>): FormDraft<T> {
  const [restored, setRestored] = useState<{ at: string; recordChanged: boolean } | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const finished = useRef(false);
  // Our own resets (restoring, starting over) are not the user's changes: they write nothing.
  const resetting = useRef(false);
  const pending = useRef<number | undefined>(undefined);
  const { reset, watch, getValues } = methods;
  const defaultValues = useRef<unknown>(methods.formState.defaultValues);

  const enqueue = (work: () => Promise<unknown>) => {
    // A draft that cannot be written must never stand in the way of the form itself.
    queue.current = queue.current.then(work).catch(() => undefined);
    return queue.current;
  };
  // `keepTyped`: what the user typed before the draft came back stays, the draft fills the rest.
  const ownReset = (values: T, keepTyped = false) => {
    resetting.current = true;
    try {
      reset(values, { keepDefaultValues: true, keepDirtyValues: keepTyped });
    } finally {
      resetting.current = false;
    }
  };
  const cancelPending = () => {
    window.clearTimeout(pending.current);
    pending.current = undefined;
  };

  useEffect(() => {
    let cancelled = false;
    const save = () => {
      pending.current = undefined;
      if (finished.current) return;
      const values = getValues();
      // Back to the record's own values: nothing to keep.
      if (sameValue(values, defaultValues.current)) {
        void enqueue(() => call('drafts.discard', { form: key }));
        return;
      }
      const kept: Kept = { draftFormat: 2, values, base: defaultValues.current };
      void enqueue(() =>
        call('drafts.save', { form: key, data: kept as unknown as Record<string, unknown> }),
      );
    };
    const schedule = () => {
      window.clearTimeout(pending.current);
      pending.current = window.setTimeout(save, DRAFT_SAVE_DELAY_MS);
    };
    const flush = () => {
      if (pending.current !== undefined) {
        window.clearTimeout(pending.current);
        save();
      }
      return queue.current;
    };
    flushes.add(flush);
    // Every change but our own resets: typing, picking, and rows added or removed. Watched from
    // the first moment, so keys typed while the kept draft is still being fetched are kept too.
    const subscription = watch(() => {
      if (resetting.current) return;
      schedule();
    });
    // Asked before any save of this form is queued: core answers calls in order, so this reads
    // the draft as it was when the form opened.
    call('drafts.get', { form: key })
      .then((draft) => {
        if (cancelled || !draft) return;
        const now = defaultValues.current;
        const typed = !sameValue(getValues(), now);
        if (isKept(draft.data)) {
          ownReset(changesOver(now, draft.data.base, draft.data.values) as T, typed);
          setRestored({ at: draft.savedAt, recordChanged: !sameValue(draft.data.base, now) });
        } else {
          ownReset(overlay(now, draft.data) as T, typed);
          setRestored({ at: draft.savedAt, recordChanged: false });
        }
        // The form now holds the user's keys and the draft together: keep them together.
        if (typed) schedule();
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
      subscription.unsubscribe();
      flushes.delete(flush);
      // Leaving the page within the delay still keeps the last keys.
      void flush();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- enqueue and ownReset only wrap refs and `reset`
  }, [key, reset, watch, getValues]);

  return {
    restoredAt: restored?.at ?? null,
    recordChanged: restored?.recordChanged ?? false,
    discard: () => {
      finished.current = true;
      cancelPending();
      setRestored(null);
      return enqueue(() => call('drafts.discard', { form: key }));
    },
    startOver: (empty?: T) => {
      cancelPending();
      ownReset((empty ?? defaultValues.current) as T);
      setRestored(null);
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

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The record as it is now (`now`), with what the user changed in the draft (where `values`
 * differs from `base`, the record as it was when the draft began) put over it, field by field.
 * A field the user did not touch shows the record's current value, so a draft never brings back
 * what someone else changed since.
 */
export function changesOver(now: unknown, base: unknown, values: unknown): unknown {
  if (isPlainObject(now) && isPlainObject(values)) {
    const was = isPlainObject(base) ? base : {};
    return Object.fromEntries(Object.entries(now).map(([k, v]) => [k, changesOver(v, was[k], values[k])]));
  }
  return sameValue(values, base) ? now : overlay(now, values);
}

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
