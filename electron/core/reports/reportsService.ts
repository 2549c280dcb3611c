import type { LeadershipReport } from '@shared/api/reports';

import { audit, inTransaction, session, type Ctx, type FeatureHandlers } from '../context';
import { reportRules } from '../settings/rulesInForce';
import { getSetting, setSetting } from '../settings/settingsRepo';
import type { Period } from './eventCounts';
import { reportCsv } from './exportCsv';
import { reportXlsx } from './exportXlsx';
import { leadershipReport } from './leadershipReport';
import { loadReportFacts } from './reportFacts';

/**
 * The report holds counts only (no names, no birth dates, no free text), so reading or exporting
 * it reads no one's data and is not logged per view, like the coordinator pool list.
 */
function buildReport(ctx: Ctx, period: Period): LeadershipReport {
  const { db } = session(ctx);
  const today = ctx.today();
  const day = period.to < today ? period.to : today;
  return leadershipReport(loadReportFacts(db, day), {
    period,
    today,
    threshold: reportRules(db).suppressionThreshold,
    municipalityName: getSetting(db, 'municipality.name'),
    generatedAt: ctx.config.now().toISOString(),
  });
}

export const reportsHandlers: FeatureHandlers<'reports'> = {
  'reports.leadership': (ctx, input) => buildReport(ctx, input),

  'reports.export': (ctx, input) => {
    const report = buildReport(ctx, input);
    return input.format === 'xlsx' ? reportXlsx(report, input.language) : reportCsv(report, input.language);
  },

  'reports.settings': (ctx) => reportRules(session(ctx).db),

  'reports.updateSettings': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const before = reportRules(db);
      setSetting(db, 'report.rules', input);
      if (before.suppressionThreshold !== input.suppressionThreshold)
        audit(ctx, { action: 'update', entity: 'settings', fields: ['suppressionThreshold'] });
      return reportRules(db);
    }),
};
