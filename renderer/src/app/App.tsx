import { Spinner } from '@digdir/designsystemet-react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { SessionUser } from '@shared/api/session';

import { ErrorAlert } from '../components/ErrorAlert';
import { DamagedPage } from '../features/backup/DamagedPage';
import { KeyMissingPage } from '../features/backup/KeyMissingPage';
import { BACKUP_SETTINGS_HREF, isRestoreRoute } from '../features/backup/paths';
import { RestorePage } from '../features/backup/RestorePage';
import { PrintRoute } from '../features/print/PrintRoute';
import { LoginPage } from '../features/session/LoginPage';
import { RecoverPage } from '../features/session/RecoverPage';
import { RecoveryCodeStep } from '../features/session/RecoveryCodeStep';
import { SetupPage } from '../features/session/SetupPage';
import { AppShell } from './AppShell';
import { DemoBanner } from './DemoBanner';
import { HostAccessPage, hostAccessProblem } from './HostAccessPage';
import { navigate, parseHash, useHash } from './router';
import { STATUS_KEY, useFlushOnSystemLock, useSessionStatus } from './session';

export function App() {
  const { t } = useTranslation();
  const status = useSessionStatus();
  useFlushOnSystemLock();
  const route = parseHash(useHash());
  const queryClient = useQueryClient();
  const [recoveryCode, setRecoveryCode] = useState<string | null>(null);
  // The user last logged in, so the lock screen asks them for their password; forgotten on logout.
  const [lastUser, setLastUser] = useState<SessionUser | null>(null);
  const [loggedOut, setLoggedOut] = useState(false);
  const user = status.data?.state === 'open' ? status.data.user : null;
  const open = user !== null;
  // Locked means locked: with the register closed the screens are gone (what was typed is in the
  // drafts) and so is every answer core gave; logging in rebuilds the page from the address.
  useEffect(() => {
    if (!open) forgetRegister(queryClient);
  }, [open, queryClient]);
  // Where the user was is kept in memory while locked, not in the address (a search there can
  // hold a fødselsnummer), and taken back when the SAME user logs in again; a logout forgets it,
  // and anyone else starts on the start page: the last user's case is not theirs to land on.
  const resume = useRef<{ hash: string; userId: number } | null>(null);
  const openUserId = useRef<number | null>(null);
  const wasOpen = useRef(false);
  const sawClosed = useRef(false);
  const closedState = status.data && !open ? status.data.state : null;
  const userId = user?.id ?? null;
  useEffect(() => {
    if (userId !== null) {
      // A login (not the window opening on a session already open): back to where this user was,
      // or the start page.
      if (!wasOpen.current && sawClosed.current) {
        const back = resume.current;
        navigate(back?.userId === userId ? back.hash : '#/', { replace: true });
      } else if (openUserId.current !== null && openUserId.current !== userId) {
        // Another user logged in (in another tab) before this window saw the lock in between.
        navigate('#/', { replace: true });
      }
      resume.current = null;
      openUserId.current = userId;
    } else if (wasOpen.current) {
      resume.current =
        loggedOut || openUserId.current === null
          ? null
          : { hash: window.location.hash, userId: openUserId.current };
      navigate('#/', { replace: true });
    } else if (closedState === 'locked' && !isPublicWhileClosed(parseHash(window.location.hash))) {
      // Opened while locked (a reload, a tab the browser put to sleep): whose page the address
      // shows is not known, so it goes from the address and nobody is taken there after the login.
      navigate('#/', { replace: true });
    }
    if (closedState !== null) sawClosed.current = true;
    wasOpen.current = userId !== null;
  }, [userId, loggedOut, closedState]);

  if (status.isPending) {
    return <Spinner aria-label={t('app.loading')} data-size="lg" />;
  }
  // The demo's address without its token, or a demo that stopped: how to get the right address.
  const hostProblem = hostAccessProblem(status.error);
  if (hostProblem) return <HostAccessPage reason={hostProblem} />;
  if (status.isError) {
    return (
      <main className="narrow-page" id="main">
        <ErrorAlert error={status.error} />
      </main>
    );
  }
  const { state, demo, municipality } = status.data;
  const banner = demo ? <DemoBanner /> : null;

  if (recoveryCode) {
    return (
      <>
        {banner}
        <RecoveryCodeStep
          code={recoveryCode}
          municipality={municipality ?? ''}
          onDone={() => setRecoveryCode(null)}
        />
      </>
    );
  }
  // Restoring stands alone: it replaces the register the shell shows. Logged in, only an
  // administrator; without a session, core allows it only while there is no usable register.
  if (isRestoreRoute(route) && (!open || user.role === 'admin')) {
    return (
      <>
        {banner}
        <RestorePage
          state={state}
          municipality={municipality}
          initialFile={route.query.get('fil') ?? ''}
          cancelHref={open ? BACKUP_SETTINGS_HREF : '#/'}
          onRestored={() => setLoggedOut(true)}
          onFinished={() => navigate('#/')}
        />
      </>
    );
  }
  if (state === 'setup') {
    return <SetupPage onCreated={setRecoveryCode} />;
  }
  // A register that cannot be opened is never offered a new setup: the way on is a backup.
  if (state === 'keyMissing' || state === 'damaged') {
    const Page = state === 'keyMissing' ? KeyMissingPage : DamagedPage;
    return (
      <>
        {banner}
        <Page dataFolder={status.data.dataFolder} newestBackup={status.data.newestBackup ?? null} />
      </>
    );
  }
  if (state !== 'open' && route.segments[0] === 'gjenoppretting') {
    return (
      <>
        {banner}
        <RecoverPage municipality={municipality} />
      </>
    );
  }
  if (open && lastUser?.id !== user.id) setLastUser(user);
  // Print layouts stand alone (no menu or header on the paper); locked, the login shows instead.
  if (open && route.segments[0] === 'print') {
    return (
      <>
        {banner}
        <PrintRoute route={route} user={user} />
      </>
    );
  }
  return (
    <>
      {banner}
      {open ? (
        <AppShell
          key={user.id}
          user={user}
          municipality={municipality ?? ''}
          route={route}
          onLogout={() => setLoggedOut(true)}
        />
      ) : (
        <LoginPage
          municipality={municipality}
          lockedUser={loggedOut ? null : lastUser}
          onLogin={() => setLoggedOut(false)}
          onOtherUser={() => {
            resume.current = null;
            setLoggedOut(true);
          }}
        />
      )}
    </>
  );
}

/** Screens for someone not logged in, kept in the address: forgotten password, restoring a backup. */
function isPublicWhileClosed(route: ReturnType<typeof parseHash>): boolean {
  return route.segments.length === 0 || route.segments[0] === 'gjenoppretting' || isRestoreRoute(route);
}

/** Every answer core gave (and every change sent) goes; only whether the register is open stays. */
function forgetRegister(queryClient: QueryClient) {
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== STATUS_KEY[0] });
  queryClient.getMutationCache().clear();
}
