import { Button, Select } from '@digdir/designsystemet-react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';

import type { SessionUser } from '@shared/api/session';

import { ChunkErrorBoundary } from '../components/ChunkErrorBoundary';
import { PageLoading } from '../components/PageLoading';
import { languages, type Language } from '../i18n';
import { chooseLanguage } from './desktopPreferences';
import { lazyPage } from './lazyPage';
import { areasFor, homeFor } from './navigation';
import type { Route } from './router';
import { useActivityReporter, useLockNow, useLogout, useSessionStatus } from './session';
import { useStartAtHeading } from './useStartAtHeading';

// Each area is its own chunk, fetched when it is first opened.
const AuditPage = lazyPage(() => import('../features/audit/AuditPage').then((m) => m.AuditPage));
const CasesArea = lazyPage(() => import('../features/cases/CasesArea').then((m) => m.CasesArea));
const CoordinatorsArea = lazyPage(() =>
  import('../features/coordinators/CoordinatorsArea').then((m) => m.CoordinatorsArea),
);
const DashboardsArea = lazyPage(() =>
  import('../features/dashboards/DashboardsArea').then((m) => m.DashboardsArea),
);
const PlansArea = lazyPage(() => import('../features/plans/PlansArea').then((m) => m.PlansArea));
const ReportsPage = lazyPage(() => import('../features/reports/ReportsPage').then((m) => m.ReportsPage));
const SettingsPage = lazyPage(() => import('../features/settings/SettingsPage').then((m) => m.SettingsPage));
const TrainingArea = lazyPage(() => import('../features/training/TrainingArea').then((m) => m.TrainingArea));

interface Props {
  user: SessionUser;
  municipality: string;
  route: Route;
  onLogout: () => void;
}

export function AppShell({ user, municipality, route, onLogout }: Props) {
  const { t, i18n } = useTranslation();
  const logout = useLogout(onLogout);
  const lockNow = useLockNow();
  useActivityReporter(useSessionStatus().data?.idleTimeoutMinutes ?? 10);
  const visible = areasFor(user.role);
  const path = route.segments.join('/');
  useStartAtHeading(path);
  const current = visible.some((a) => a.built && a.path === route.segments[0])
    ? route.segments[0]
    : homeFor(user.role);

  return (
    <div className="shell">
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <header className="shell-header">
        <div className="shell-brand">
          <span className="shell-name">{t('app.name')}</span>
          <span className="shell-municipality">{municipality}</span>
        </div>
        <div className="shell-user">
          <span>{t('app.loggedInAs', { name: user.displayName, role: t(`roles.${user.role}`) })}</span>
          <Select
            aria-label={t('app.language')}
            data-size="sm"
            width="auto"
            value={i18n.language}
            onChange={(e) => void chooseLanguage(e.target.value as Language, window.localStorage)}
          >
            {languages.map((l) => (
              <option key={l} value={l}>
                {t(`languages.${l}`)}
              </option>
            ))}
          </Select>
          <Button variant="secondary" data-size="sm" onClick={() => lockNow.mutate()}>
            {t('app.lockNow')}
          </Button>
          <Button variant="secondary" data-size="sm" onClick={() => logout.mutate()}>
            {t('app.logout')}
          </Button>
        </div>
      </header>
      <nav className="shell-nav" aria-label={t('app.mainNav')}>
        <ul>
          {visible.map((area) =>
            area.built ? (
              <li key={area.path}>
                <a href={`#/${area.path}`} aria-current={current === area.path ? 'page' : undefined}>
                  {t(area.labelKey)}
                </a>
              </li>
            ) : (
              <li key={area.path} className="nav-not-built" title={t('app.notYetTitle')}>
                {t(area.labelKey)} <span className="nav-badge">({t('app.notYet')})</span>
              </li>
            ),
          )}
        </ul>
      </nav>
      <main id="main" tabIndex={-1} className="shell-main">
        <ChunkErrorBoundary path={path}>
          <Suspense fallback={<PageLoading />}>
            {current === 'oversikt' && <DashboardsArea route={route} role={user.role} />}
            {current === 'saker' && <CasesArea route={route} />}
            {current === 'koordinatorer' && <CoordinatorsArea route={route} />}
            {current === 'opplaering' && <TrainingArea route={route} />}
            {current === 'planer' && <PlansArea route={route} />}
            {current === 'rapporter' && <ReportsPage route={route} />}
            {current === 'innstillinger' && <SettingsPage user={user} route={route} />}
            {current === 'logg' && <AuditPage route={route} />}
          </Suspense>
        </ChunkErrorBoundary>
      </main>
    </div>
  );
}
