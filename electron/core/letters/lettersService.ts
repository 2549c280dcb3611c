import type { LetterSettings } from '@shared/api/letters';
import type { CaseRecord, Decision } from '@shared/domain/case';
import { closingInForce, stepsOf } from '@shared/domain/caseSteps';

import { loadCaseForChange } from '../cases/caseChecks';
import { loadCaseWithPerson } from '../cases/caseDetail';
import { recordStep } from '../cases/caseWriter';
import { audit, inTransaction, session, type Ctx, type FeatureHandlers } from '../context';
import { writerOf } from '../derived/writer';
import { CoreError, refuseFields as refuse } from '../errors';
import { caseRules } from '../settings/rulesInForce';
import { getSetting } from '../settings/settingsRepo';
import type { Db } from '../storage/database';
import { draftLetter, type DraftRequest } from './letterDraft';
import { caseLetters, findLetter, insertLetter, letterSettings, saveLetterSettings } from './lettersRepo';

const SETTING_FIELDS = ['unitName', 'address', 'phone', 'email', 'appealInstance', 'logo'] as const;

/** A decision step of this case; another case's step (or none) is refused on `decisionId`. */
function decisionOfCase(record: CaseRecord, decisionId: number | null): Decision | null {
  if (decisionId === null) return null;
  const decision = stepsOf(record, 'decision').find((d) => d.id === decisionId);
  if (!decision) refuse({ decisionId: 'validation.decisionUnknown' });
  return decision!;
}

/**
 * The case and what a letter of this kind on it needs. An interim reply is for a case still being
 * handled: refused on a closed case. A decision letter may follow the closing (a decision sent out
 * as the case ends), so it is not.
 */
function letterCase(db: Db, caseId: number, kind: DraftRequest['kind'], decisionId: number | null) {
  const { record, person } = loadCaseForChange(db, caseId);
  if (kind === 'interimReply' && closingInForce(record)) throw new CoreError('CASE_CLOSED');
  return { record, person, decision: decisionOfCase(record, decisionId) };
}

function sourceOf(
  ctx: Ctx,
  db: Db,
  record: CaseRecord,
  person: ReturnType<typeof loadCaseWithPerson>['person'],
) {
  return {
    record,
    person,
    rules: caseRules(db),
    settings: letterSettings(db),
    municipalityName: getSetting(db, 'municipality.name'),
    writer: session(ctx).user.displayName,
  };
}

/** Fields of the interim reply step, as core's step check names them, moved to this form's names. */
const STEP_FIELD: Record<string, string> = {
  'step.sentDate': 'date',
  'step.reason': 'interimReply.reason',
  'step.expectedDate': 'interimReply.expectedDate',
  'step.notifiedDate': 'date',
};

/** The step a letter records, checked as the case page checks it; refusals land on the letter's fields. */
function onLetterFields<T>(record: () => T): T {
  try {
    return record();
  } catch (error) {
    if (error instanceof CoreError && error.fields)
      refuse(Object.fromEntries(Object.entries(error.fields).map(([f, k]) => [STEP_FIELD[f] ?? f, k])));
    throw error;
  }
}

export const lettersHandlers: FeatureHandlers<'letters'> = {
  'letters.settings': (ctx) => letterSettings(session(ctx).db),

  'letters.updateSettings': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const before = letterSettings(db);
      const next: LetterSettings = input;
      saveLetterSettings(db, next);
      const changed = [
        ...SETTING_FIELDS.filter((f) => before[f] !== next[f]),
        ...(['interimReply', 'decision'] as const)
          .filter((k) => before.templates[k] !== next.templates[k])
          .map((k) => `templates.${k}`),
      ];
      if (changed.length)
        audit(ctx, { action: 'update', entity: 'settings', fields: changed.map((f) => `letters.${f}`) });
      return letterSettings(db);
    }),

  'letters.list': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const { person } = loadCaseWithPerson(db, input.caseId);
      const letters = caseLetters(db, input.caseId);
      audit(ctx, {
        action: 'read',
        entity: 'case',
        entityId: input.caseId,
        fields: ['letters', `person:${person.id}`],
      });
      return letters;
    }),

  'letters.draft': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const { record, person, decision } = letterCase(db, input.caseId, input.kind, input.decisionId);
      const draft = draftLetter(sourceOf(ctx, db, record, person), { ...input, decision });
      audit(ctx, {
        action: 'read',
        entity: 'case',
        entityId: input.caseId,
        fields: ['letter_draft', input.kind, `person:${person.id}`],
      });
      return draft;
    }),

  'letters.record': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const { record, decision } = letterCase(db, input.caseId, input.kind, input.decisionId);
      const problems: Record<string, string> = {};
      if (input.date < record.receivedDate) problems.date = 'validation.beforeReceived';
      else if (decision && input.date < decision.decisionDate)
        problems.date = 'validation.letterBeforeDecision';
      refuse(problems);
      const w = writerOf(ctx, db);
      if (input.interimReply) {
        // One action does the whole job: the letter and the step it reports, or neither.
        const step = { kind: 'interimReply' as const, sentDate: input.date, ...input.interimReply };
        onLetterFields(() =>
          recordStep(w, input.caseId, step, { auditFields: ['sentDate', 'reason', 'expectedDate'] }),
        );
      }
      if (input.markNotified && decision && decision.notifiedDate === null) {
        // The family is told by this letter: the decision's appeal deadline runs from its date.
        const { id: stepId, kind, right, outcome, reasons, legalBasis, decisionDate } = decision;
        const step = {
          id: stepId,
          kind,
          right,
          outcome,
          reasons,
          legalBasis,
          decisionDate,
          notifiedDate: input.date,
        };
        onLetterFields(() => recordStep(w, input.caseId, step, { auditFields: ['notifiedDate'] }));
      }
      const id = insertLetter(db, input, w.by, w.at);
      audit(ctx, {
        action: 'letter_create',
        entity: 'case',
        entityId: input.caseId,
        fields: [
          `letter:${id}`,
          input.kind,
          ...(decision ? [`decision:${decision.id}`] : []),
          'date',
          'text',
        ],
      });
      return findLetter(db, id)!;
    }),

  'letters.print': (ctx, input) =>
    inTransaction(ctx, (db) => {
      const letter = findLetter(db, input.id);
      if (!letter) throw new CoreError('NOT_FOUND');
      const { record, person } = loadCaseWithPerson(db, letter.caseId);
      const { templates: _templates, ...letterhead } = letterSettings(db);
      audit(ctx, {
        action: 'print',
        entity: 'case',
        entityId: letter.caseId,
        fields: [`letter:${letter.id}`, `person:${person.id}`],
      });
      return {
        letter,
        caseNumber: record.caseNumber,
        personName: person.name,
        municipalityName: getSetting(db, 'municipality.name'),
        letterhead,
      };
    }),
};
