import {
  fillTemplate,
  type LetterDecision,
  type LetterDraft,
  type LetterKind,
  type LetterPlaceholder,
  type LetterSettings,
} from '@shared/api/letters';
import { addMonths, ageOn } from '@shared/domain/calendar';
import {
  decisionBasisKey,
  type CaseRecord,
  type CaseRules,
  type Decision,
  type Person,
} from '@shared/domain/case';
import { closingInForce, latestOf, requestedRights, stepsOf } from '@shared/domain/caseSteps';
import { appealDeadline } from '@shared/domain/deadlines';
import lettersNb from '@shared/i18n/letters.nb.json' with { type: 'json' };

/**
 * Filling a template from the case. The words put into the letter (the right, the outcome) are
 * bokmål, as the default templates: a municipality writing nynorsk edits its templates and the
 * filled text before printing.
 */
const words = lettersNb.letters.words;

/** dd.mm.åååå, as every date in a Norwegian letter. */
export function letterDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

function joinWords(list: readonly string[]): string {
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} ${words.and} ${list.at(-1)!}`;
}

/**
 * Whom the letter goes to: for a child (or a child not yet born), those with parental
 * responsibility where they are recorded, at their address or the child's; otherwise the person.
 */
export function recipientOf(person: Person, date: string): string {
  const child = person.birthDate === null || ageOn(person.birthDate, date) < 18;
  const parents = child ? person.relations.filter((r) => r.parentalResponsibility) : [];
  if (parents.length === 0) return [person.name, person.address].filter(Boolean).join('\n');
  const address = parents.find((p) => p.address !== '')?.address ?? person.address;
  return [joinWords(parents.map((p) => p.name)), address].filter(Boolean).join('\n');
}

export function decisionOf(d: Decision): LetterDecision {
  return {
    id: d.id,
    right: d.right,
    outcome: d.outcome,
    decisionDate: d.decisionDate,
    notifiedDate: d.notifiedDate,
  };
}

export interface DraftSource {
  record: CaseRecord;
  person: Person;
  rules: CaseRules;
  settings: LetterSettings;
  municipalityName: string;
  /** Who writes the letter: signs it. */
  writer: string;
}

export interface DraftRequest {
  kind: LetterKind;
  decision: Decision | null;
  date: string;
  expectedDate: string | null;
  reason: string;
}

/**
 * The letter's text with every placeholder filled. For an interim reply without an expected date
 * or reason, those of the latest interim reply recorded are used, else one more period of the
 * interim reply rule from the letter's date. A decision letter gives the appeal deadline from the
 * day the family was told, or else from the letter's date (the letter is how they are told).
 */
export function draftLetter(source: DraftSource, request: DraftRequest): LetterDraft {
  const { record, person, rules, settings } = source;
  const { kind, decision, date } = request;
  const common = {
    kommune: source.municipalityName,
    enhet: settings.unitName,
    dato: letterDate(date),
    navn: person.name,
    mottaker: recipientOf(person, date),
    saksnummer: record.caseNumber,
    mottatt: letterDate(record.receivedDate),
    saksbehandler: source.writer,
  };
  const latestReply = latestOf(stepsOf(record, 'interimReply'));
  let values: Record<LetterPlaceholder, string>;
  let expectedDate: string | null = null;
  let reason = '';
  let deadline: string | null = null;
  if (kind === 'interimReply') {
    expectedDate =
      request.expectedDate ?? latestReply?.expectedDate ?? addMonths(date, rules.interimReplyMonths);
    reason = request.reason !== '' ? request.reason : (latestReply?.reason ?? '');
    values = {
      ...common,
      rettighet: joinWords(requestedRights(record).map((r) => words.right[r])),
      svarfrist: letterDate(expectedDate),
      grunn: reason,
      lovhjemmel: rules.legalReferences.interimReply,
    } as Record<LetterPlaceholder, string>;
  } else {
    const d = decision!;
    const appeal = appealDeadline(d.notifiedDate ?? date, rules);
    deadline = appeal.dueDate;
    values = {
      ...common,
      rettighet: words.right[d.right],
      utfall: words.outcome[d.outcome],
      begrunnelse: d.reasons,
      lovhjemmel: d.legalBasis !== '' ? d.legalBasis : rules.legalReferences[decisionBasisKey[d.right]],
      vedtaksdato: letterDate(d.decisionDate),
      klagefrist: letterDate(appeal.dueDate),
      klagehjemmel: appeal.legalReference,
      klageinstans: settings.appealInstance,
    } as Record<LetterPlaceholder, string>;
  }
  return {
    caseId: record.id,
    caseNumber: record.caseNumber,
    personName: person.name,
    kind,
    decision: decision ? decisionOf(decision) : null,
    date,
    text: fillTemplate(settings.templates[kind], values),
    expectedDate,
    reason,
    interimReplyRecorded: latestReply !== null,
    appealDeadline: deadline,
    caseClosed: closingInForce(record) !== null,
  };
}
