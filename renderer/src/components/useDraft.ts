import { useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { DraftForm } from '../../../shared/api/drafts';
import { call } from '../api/client';

/** Long enough not to write on every key, short enough that a closed window loses little. */
export const DRAFT_SAVE_DELAY_MS = 700;

/**
 * Keeps what is typed into a form as a draft in the register (encrypted, the user's own), and
 * brings it back when the form is opened again: after the window was closed, the app locked and
 * was restarted, or the user went elsewhere. Calls go to core one at a time and in order, so a
 * late save can never bring back a draft that was just discarded.
 */
export function useDraft<T extends FieldValues>(form: DraftForm, methods: UseFormReturn<T>) {
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
    call('drafts.get', { form })
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
  }, [form, reset]);

  useEffect(() => {
    if (!ready) return;
    let timer: number | undefined;
    const save = () => {
      timer = undefined;
      if (!finished.current) void enqueue(() => call('drafts.save', { form, data: getValues() }));
    };
    // Only what the user types or picks: a reset (restoring, starting over) writes nothing.
    const subscription = watch((_values, { type }) => {
      if (type !== 'change') return;
      window.clearTimeout(timer);
      timer = window.setTimeout(save, DRAFT_SAVE_DELAY_MS);
    });
    return () => {
      subscription.unsubscribe();
      // Leaving the page within the delay still keeps the last keys.
      if (timer !== undefined) {
        window.clearTimeout(timer);
        save();
      }
    };
  }, [ready, form, watch, getValues]);

  return {
    /** When the draft shown was saved; null when the form started empty. */
    restoredAt,
    /** The form was saved or given up: the draft goes, and nothing more is written. */
    discard: () => {
      finished.current = true;
      setRestoredAt(null);
      return enqueue(() => call('drafts.discard', { form }));
    },
    /** Starts again from an empty form; typing after this makes a new draft. */
    startOver: (empty: T) => {
      reset(empty);
      setRestoredAt(null);
      return enqueue(() => call('drafts.discard', { form }));
    },
  };
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
