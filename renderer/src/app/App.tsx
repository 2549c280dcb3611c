import { Spinner } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../shared/api/session';
import { LoginPage } from '../features/session/LoginPage';
import { RecoverPage } from '../features/session/RecoverPage';
import { RecoveryCodeStep } from '../features/session/RecoveryCodeStep';
import { SetupPage } from '../features/session/SetupPage';
import { ErrorAlert } from '../components/ErrorAlert';
import { PrintRoute } from '../features/print/PrintRoute';
import { AppShell } from './AppShell';
import { DemoBanner } from './DemoBanner';
import { parseHash, useHash } from './router';
import { useSessionStatus } from './session';

export function App() {
  const { t } = useTranslation();
  const status = useSessionStatus();
  const route = parseHash(useHash());
  const queryClient = useQueryClient();
  const [recoveryCode, setRecoveryCode] = useState<string | null>(null);
  // The user whose work stays on screen (hidden) while the register is locked, so nothing
  // typed is lost; cleared on logout or when someone else logs in.
  const [lockedUser, setLockedUser] = useState<SessionUser | null>(null);

  if (status.isPending) {
    return <Spinner aria-label={t('app.loading')} data-size="lg" />;
  }
  if (status.isError) {
    return (
      <main className="narrow-page" id="main">
        <ErrorAlert error={status.error} />
      </main>
    );
  }
  const { state, demo, municipality, user } = status.data;
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
  if (state === 'setup') {
    return <SetupPage onCreated={setRecoveryCode} />;
  }
  if (state !== 'open' && route.segments[0] === 'gjenoppretting') {
    return (
      <>
        {banner}
        <RecoverPage municipality={municipality} />
      </>
    );
  }
  const open = state === 'open' && user !== null;
  if (open && lockedUser?.id !== user.id) setLockedUser(user);
  // Print layouts stand alone (no menu or header on the paper); locked, the login shows instead.
  if (open && route.segments[0] === 'print') {
    return (
      <>
        {banner}
        <PrintRoute route={route} user={user} />
      </>
    );
  }
  const shellUser = open ? user : lockedUser;
  const onLogin = (next: SessionUser) => {
    if (lockedUser && lockedUser.id !== next.id) {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session.status' });
      setLockedUser(null);
    }
  };
  return (
    <>
      {banner}
      {shellUser && (
        <div hidden={!open} inert={!open}>
          <AppShell
            key={shellUser.id}
            user={shellUser}
            municipality={municipality ?? ''}
            route={route}
            onLogout={() => setLockedUser(null)}
          />
        </div>
      )}
      {!open && (
        <LoginPage
          municipality={municipality}
          lockedUser={lockedUser}
          onLogin={onLogin}
          onOtherUser={() => setLockedUser(null)}
        />
      )}
    </>
  );
}
