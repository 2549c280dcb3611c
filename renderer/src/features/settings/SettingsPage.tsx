import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import type { SessionUser } from '@shared/api/session';

import { fileChoosers } from '../../api/client';
import type { Route } from '../../app/router';
import { BackupSection } from '../backup/BackupSection';
import { ImportSection } from '../imports/ImportSection';
import { ImportWizard } from '../imports/ImportWizard';
import { isImportWizardRoute } from '../imports/paths';
import { LetterSettingsForm } from '../letters/LetterSettingsForm';
import { RegisterExportSection } from '../registerExport/RegisterExportSection';
import { ReportSettings } from '../reports/ReportSettings';
import { RetentionSection } from '../retention/RetentionSection';
import { CaseRulesSettings } from './CaseRulesSettings';
import { ChangePasswordForm } from './ChangePasswordForm';
import { CoordinationRulesSettings } from './CoordinationRulesSettings';
import { GeneralSettings } from './GeneralSettings';
import { PlanRulesSettings } from './PlanRulesSettings';
import { ServiceUnitsSettings } from './ServiceUnitsSettings';
import { UsersSettings } from './UsersSettings';

const sections = [
  { path: 'generelt', labelKey: 'settings.general', adminOnly: true },
  { path: 'tjenestesteder', labelKey: 'settings.serviceUnits', adminOnly: true },
  { path: 'frister', labelKey: 'cases.rules.title', adminOnly: true },
  { path: 'koordinatorer', labelKey: 'settings.coordination.title', adminOnly: true },
  { path: 'planer', labelKey: 'settings.plans.title', adminOnly: true },
  { path: 'rapporter', labelKey: 'reports.settings.title', adminOnly: true },
  { path: 'brev', labelKey: 'letters.settings.title', adminOnly: true },
  { path: 'brukere', labelKey: 'settings.users', adminOnly: true },
  { path: 'sikkerhetskopi', labelKey: 'backup.title', adminOnly: true },
  { path: 'import', labelKey: 'imports.title', adminOnly: true },
  { path: 'eksport', labelKey: 'registerExport.title', adminOnly: true },
  { path: 'sletting', labelKey: 'retention.title', adminOnly: true },
  { path: 'passord', labelKey: 'settings.myPassword', adminOnly: false },
] as const;

export function SettingsPage({ user, route }: { user: SessionUser; route: Route }) {
  const { t } = useTranslation();
  const visible = sections.filter((s) => !s.adminOnly || user.role === 'admin');
  const current = visible.find((s) => s.path === route.segments[1]) ?? visible[0]!;
  if (current.path === 'import' && isImportWizardRoute(route))
    return <ImportWizard browse={fileChoosers().importFile} />;

  return (
    <section className="page">
      <Heading level={1} data-size="lg">
        {t('settings.title')}
      </Heading>
      <nav aria-label={t('settings.title')} className="sub-nav">
        <ul>
          {visible.map((s) => (
            <li key={s.path}>
              <a
                href={`#/innstillinger/${s.path}`}
                aria-current={s.path === current.path ? 'page' : undefined}
              >
                {t(s.labelKey)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <Heading level={2} data-size="md">
        {t(current.labelKey)}
      </Heading>
      {current.path === 'generelt' && <GeneralSettings />}
      {current.path === 'tjenestesteder' && <ServiceUnitsSettings />}
      {current.path === 'frister' && <CaseRulesSettings />}
      {current.path === 'koordinatorer' && <CoordinationRulesSettings />}
      {current.path === 'planer' && <PlanRulesSettings />}
      {current.path === 'rapporter' && <ReportSettings />}
      {current.path === 'brev' && <LetterSettingsForm />}
      {current.path === 'brukere' && <UsersSettings currentUserId={user.id} />}
      {current.path === 'sikkerhetskopi' && <BackupSection />}
      {current.path === 'import' && <ImportSection />}
      {current.path === 'eksport' && <RegisterExportSection />}
      {current.path === 'sletting' && <RetentionSection />}
      {current.path === 'passord' && <ChangePasswordForm user={user} />}
    </section>
  );
}
