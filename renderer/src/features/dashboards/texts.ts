import type { TFunction } from 'i18next';

import type { DashboardKey, Figure, FigureDetail } from '@shared/api/dashboards';

/** A figure's name: from the data where it has one (a service unit), else the screen's text. */
export function figureLabel(
  t: TFunction,
  dashboard: DashboardKey,
  group: string,
  figure: Pick<Figure, 'key' | 'label'>,
): string {
  return figure.label ?? t(`dashboards.figure.${dashboard}.${group}.${figure.key}`);
}

export function groupTitle(t: TFunction, dashboard: DashboardKey, group: string): string {
  return t(`dashboards.group.${dashboard}.${group}.title`);
}

export function dashboardTitle(t: TFunction, dashboard: DashboardKey): string {
  return t(`dashboards.dashboard.${dashboard}.title`);
}

/** The details that hold a date; the others are numbers, except the plan status. */
export const dateDetails: ReadonlySet<FigureDetail> = new Set([
  'dueDate',
  'appealDeadline',
  'appealReceived',
  'birthday18',
  'endDate',
  'revisionDate',
  'achievedDate',
]);

/** Whole numbers in the user's language (1 234 in Norwegian). */
export function numberFormat(language: string): (n: number) => string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nb-NO').format;
}
