import type { LetterSummary } from '@shared/api/letters';
import type { CaseRecord, CaseStep, Right } from '@shared/domain/case';
import { stepDate } from '@shared/domain/caseSteps';
import type { Appointment } from '@shared/domain/coordination';
import type { Meeting, Plan } from '@shared/domain/plan';
import caseNb from '@shared/i18n/case.nb.json' with { type: 'json' };
import enumsNb from '@shared/i18n/enums.nb.json' with { type: 'json' };
import lettersNb from '@shared/i18n/letters.nb.json' with { type: 'json' };
import planNb from '@shared/i18n/plan.nb.json' with { type: 'json' };

import { archiveWords } from './archiveWords';

/**
 * A case's events in plain bokmål, for the archive's CSV: what was received, decided, sent,
 * appealed, who coordinated and why that changed, the plan, and the closing. The archive copy
 * is always in bokmål, whatever the screen's language, as the municipality files it.
 */
export interface CaseEvent {
  date: string;
  event: string;
  right: string;
  detail: string;
  recordedBy: string;
  /** ISO timestamp, or '' when not recorded. */
  recordedAt: string;
}

export interface CaseEventSources {
  record: CaseRecord;
  appointments: readonly Appointment[];
  plan: Plan | null;
  meetings: readonly Meeting[];
  letters: readonly LetterSummary[];
}

const c = caseNb.case;
const e = enumsNb.enums;
const words = archiveWords.csv;

/** `{{name}}` filled from values; a missing value leaves an empty string. */
function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
}

const rightName = (right: Right | null | undefined) => (right ? e.right[right] : '');
const withNote = (text: string, note: string) =>
  note.trim() === '' ? text : fill(words.detail.withNote, { text, note: note.trim() });

/** The rows one recorded step gives (an appeal gives one per stage reached). */
function stepEvents(
  step: CaseStep,
  decisions: Map<number, Right>,
): Omit<CaseEvent, 'recordedBy' | 'recordedAt'>[] {
  const date = stepDate(step);
  switch (step.kind) {
    case 'mapping':
      return [{ date, event: words.event.mapping, right: '', detail: c.mappingForm[step.form] }];
    case 'consent': {
      const given = {
        date,
        event: words.event.consent,
        right: '',
        detail: fill(words.detail.consent, {
          type: c.consentType[step.type],
          givenBy: step.givenByName || c.consentGiver[step.givenBy],
        }),
      };
      if (!step.withdrawnDate) return [given];
      const withdrawn = { ...given, date: step.withdrawnDate, event: words.event.consentWithdrawn };
      return [given, { ...withdrawn, detail: c.consentType[step.type] }];
    }
    case 'interimReply':
      return [
        {
          date,
          event: words.event.interimReply,
          right: '',
          detail: fill(words.detail.interimReply, { date: step.expectedDate, reason: step.reason }).trim(),
        },
      ];
    case 'assessment':
      return [{ date, event: words.event.assessment, right: rightName(step.right), detail: '' }];
    case 'decision': {
      const outcome = e.decisionOutcome[step.outcome];
      const detail = step.notifiedDate
        ? fill(words.detail.notified, { outcome, date: step.notifiedDate })
        : fill(words.detail.notNotified, { outcome });
      return [{ date, event: words.event.decision, right: rightName(step.right), detail }];
    }
    case 'appeal': {
      const right = rightName(decisions.get(step.decisionId));
      const rows = [{ date, event: words.event.appeal, right, detail: '' }];
      if (step.reassessment && step.reassessmentDate)
        rows.push({
          date: step.reassessmentDate,
          event: words.event.reassessment,
          right,
          detail: c.reassessment[step.reassessment],
        });
      if (step.forwardedDate)
        rows.push({ date: step.forwardedDate, event: words.event.forwarded, right, detail: '' });
      if (step.governorOutcome && step.governorOutcomeDate)
        rows.push({
          date: step.governorOutcomeDate,
          event: words.event.governorOutcome,
          right,
          detail: c.governorOutcome[step.governorOutcome],
        });
      return rows;
    }
    case 'transition': {
      const outcome = c.transitionOutcome[step.outcome];
      const text = step.extendedUntil
        ? fill(words.detail.extendedUntil, { outcome, date: step.extendedUntil })
        : outcome;
      return [{ date, event: words.event.transition, right: '', detail: withNote(text, step.note) }];
    }
    case 'closing':
      return [
        {
          date,
          event: words.event.closing,
          right: '',
          detail: withNote(c.closingReason[step.reason], step.note),
        },
      ];
    case 'reopening':
      return [{ date, event: words.event.reopening, right: '', detail: step.reason }];
  }
}

function appointmentEvents(appointments: readonly Appointment[]): CaseEvent[] {
  const rows: CaseEvent[] = [];
  const started = new Set<string>();
  for (const a of [...appointments].sort((x, y) => x.startDate.localeCompare(y.startDate) || x.id - y.id)) {
    const by = { recordedBy: a.recordedBy, recordedAt: a.recordedAt };
    rows.push({
      date: a.startDate,
      event: started.has(a.role) ? words.event.changed : words.event.appointed,
      right: e.right[a.role],
      detail: fill(words.detail.appointment, { name: a.coordinatorName, unit: a.serviceUnitName }),
      ...by,
    });
    started.add(a.role);
    if (a.endDate)
      rows.push({
        date: a.endDate,
        event: words.event.appointmentEnded,
        right: e.right[a.role],
        detail: withNote(
          fill(words.detail.appointmentEnded, {
            name: a.coordinatorName,
            reason: a.endReason ? words.endReason[a.endReason] : '',
          }),
          a.endNote,
        ),
        ...by,
      });
  }
  return rows;
}

function planEvents(plan: Plan | null, meetings: readonly Meeting[]): CaseEvent[] {
  if (!plan) return [];
  const by = { recordedBy: plan.recordedBy, recordedAt: plan.recordedAt };
  const right = e.right.individuellPlan;
  if (!plan.wanted)
    return [
      { date: plan.recordedAt.slice(0, 10), event: words.event.planNotWanted, right, detail: '', ...by },
    ];
  const rows: CaseEvent[] = [];
  if (plan.periodStart)
    rows.push({ date: plan.periodStart, event: words.event.planStarted, right, detail: '', ...by });
  if (plan.lastEvaluationDate)
    rows.push({ date: plan.lastEvaluationDate, event: words.event.planEvaluated, right, detail: '', ...by });
  for (const m of meetings)
    rows.push({
      date: m.date,
      event: words.event.planMeeting,
      right,
      detail: planNb.plan.meetingKind[m.kind],
      recordedBy: '',
      recordedAt: '',
    });
  if (plan.closedDate)
    rows.push({
      date: plan.closedDate,
      event: words.event.planClosed,
      right,
      detail: plan.closedNote,
      ...by,
    });
  return rows;
}

function letterEvents(letters: readonly LetterSummary[]): CaseEvent[] {
  return letters.map((l) => ({
    date: l.date,
    event: words.event.letter,
    right: rightName(l.right),
    detail: lettersNb.letters.kind[l.kind],
    recordedBy: l.createdBy,
    recordedAt: l.createdAt,
  }));
}

/** Every event of the case, oldest first; on one day, in the order they were recorded. */
export function caseEvents(sources: CaseEventSources): CaseEvent[] {
  const { record } = sources;
  const decisions = new Map<number, Right>();
  for (const s of record.steps) if (s.kind === 'decision') decisions.set(s.id, s.right);
  const received: CaseEvent = {
    date: record.receivedDate,
    event: words.event.received,
    right: record.rightsRequested.map((r) => e.right[r]).join(', '),
    detail: fill(words.detail.received, {
      channel: e.channel[record.channel],
      applicant: record.appliedByName || e.applicant[record.appliedBy],
    }),
    recordedBy: '',
    recordedAt: record.createdAt,
  };
  const steps = record.steps.flatMap((s) =>
    stepEvents(s, decisions).map((e) => ({ ...e, recordedBy: s.recordedBy, recordedAt: s.recordedAt })),
  );
  const all = [
    received,
    ...steps,
    ...appointmentEvents(sources.appointments),
    ...planEvents(sources.plan, sources.meetings),
    ...letterEvents(sources.letters),
  ];
  // Stable: on one date the order above (the received first, the steps as recorded) holds.
  return all
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.date.localeCompare(b.e.date) || a.i - b.i)
    .map(({ e }) => e);
}
