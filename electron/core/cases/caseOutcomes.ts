/*
 * The decisions in force and the appeals' stages are derived in shared/domain/caseOutcomes.ts and
 * stored per case by writeSummary (schema v9), where the Saker list filters on them.
 */
export { appealStage, appealStagesOf, decisionOutcomesOf } from '../../../shared/domain/caseOutcomes';
