import { Button, Select } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../shared/api/session';
import { AuditPage } from '../features/audit/AuditPage';
import { CasesArea } from '../features/cases/CasesArea';
import { CoordinatorsArea } from '../features/coordinators/CoordinatorsArea';
import { DashboardsArea } from '../features/dashboards/DashboardsArea';
import { PlansArea } from '../features/plans/PlansArea';
import { ReportsPage } from '../features/reports/ReportsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { TrainingArea } from '../features/training/TrainingArea';
import { languages, type Language } from '../i18n';
import { chooseLanguage } from './desktopPreferences';
import { areasFor, homeFor } from './navigation';
import type { Route } from './router';
import { useActivityReporter, useLockNow, useLogout, useSessionStatus } from './session';
import { useStartAtHeading } from './useStartAtHeading';

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
  useStartAtHeading(route.segments.join('/'));
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
        {current === 'oversikt' && <DashboardsArea route={route} role={user.role} />}
        {current === 'saker' && <CasesArea route={route} />}
        {current === 'koordinatorer' && <CoordinatorsArea route={route} />}
        {current === 'opplaering' && <TrainingArea route={route} />}
        {current === 'planer' && <PlansArea route={route} />}
        {current === 'rapporter' && <ReportsPage route={route} />}
        {current === 'innstillinger' && <SettingsPage user={user} route={route} />}
        {current === 'logg' && <AuditPage route={route} />}
      </main>
    </div>
  );
}
