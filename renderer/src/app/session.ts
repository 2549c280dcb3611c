import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';

import type { SessionStatus } from '@shared/api/session';

import { call, onFlushRequest } from '../api/client';
import { flushDrafts } from '../components/useDraft';

export const STATUS_KEY = ['session.status'] as const;
/** How often the window asks whether core has locked the register after idle time. */
const STATUS_POLL_MS = 2_000;
/** Activity is reported at most this often, and well within the idle timeout. */
const ACTIVITY_THROTTLE_MS = 20_000;

export function useSessionStatus() {
  return useQuery({
    queryKey: STATUS_KEY,
    queryFn: () => call('session.status', {}),
    refetchInterval: STATUS_POLL_MS,
    refetchIntervalInBackground: true,
  });
}

/**
 * The screen goes at once, before core has closed the register (it may take a backup first, a
 * few seconds on a large register): nothing stays on screen to read or type into meanwhile.
 */
async function dropScreen(queryClient: QueryClient) {
  await queryClient.cancelQueries({ queryKey: STATUS_KEY });
  queryClient.setQueryData<SessionStatus>(STATUS_KEY, (s) => s && { ...s, state: 'locked', user: null });
}

/**
 * What was typed and not yet written as a draft is written first; then the screen goes and the
 * register closes. `onLoggedOut` runs before the screen goes.
 */
export function useLogout(onLoggedOut?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await flushDrafts();
      onLoggedOut?.();
      await dropScreen(queryClient);
      return call('session.logout', {});
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: STATUS_KEY }),
  });
}

/** Locks now, once what was typed is in the drafts; logging in again rebuilds the page from them. */
export function useLockNow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await flushDrafts();
      await dropScreen(queryClient);
      return call('session.lock', {});
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: STATUS_KEY }),
  });
}

/**
 * Windows locks the screen, the PC goes to sleep or the app quits: main asks first, and what was
 * typed is written as drafts before it locks or closes the register. An open register's screens
 * then go at once, not at the next status poll.
 */
export function useFlushOnSystemLock() {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      onFlushRequest(async () => {
        await flushDrafts();
        if (queryClient.getQueryData<SessionStatus>(STATUS_KEY)?.state === 'open')
          await dropScreen(queryClient);
      }),
    [queryClient],
  );
}

/** Tells core the user is at the keyboard, so the idle lock counts from real inactivity. */
export function useActivityReporter(idleTimeoutMinutes: number): void {
  const lastSent = useRef(0);
  const throttle = Math.min(ACTIVITY_THROTTLE_MS, (idleTimeoutMinutes * 60_000) / 3);
  useEffect(() => {
    const onActivity = () => {
      const now = Date.now();
      if (now - lastSent.current < throttle) return;
      lastSent.current = now;
      call('session.activity', {}).catch(() => undefined);
    };
    const events = ['keydown', 'pointerdown', 'wheel'] as const;
    events.forEach((e) => window.addEventListener(e, onActivity, { passive: true }));
    return () => events.forEach((e) => window.removeEventListener(e, onActivity));
  }, [throttle]);
}
