/** Settings for coordinators' work (DOMAIN.md: configurable facts are settings). */
export interface CoordinationRules {
  /** Training expiring within this many days is shown as "expires soon". */
  trainingNoticeDays: number;
  /** A granted right with no coordinator for more than this many days is a warning. */
  withoutCoordinatorDays: number;
}

export const defaultCoordinationRules: CoordinationRules = {
  trainingNoticeDays: 60,
  withoutCoordinatorDays: 14,
};
