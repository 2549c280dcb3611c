import type { RawCell } from '@shared/api/imports';
import type { CaseChannel, DecisionOutcome, Relation, Right } from '@shared/domain/case';
import { caseChannels, decisionOutcomes, rights } from '@shared/domain/case';
import { readDate } from '@shared/domain/importDates';
import { importFields, type ImportField } from '@shared/domain/importFields';
import {
  importPlanStatuses,
  type ImportPlanStatus,
  suggestChannel,
  suggestOutcome,
  suggestPlanStatus,
  suggestRights,
} from '@shared/domain/importSuggestions';
import {
  cellText,
  joinName,
  readChoiceValues,
  readEmail,
  readName,
  readNationalId,
  readPhone,
  readText,
} from '@shared/domain/importValues';
import enumsNb from '@shared/i18n/enums.nb.json' with { type: 'json' };

import { RowLog, type Choices, type SheetRow } from './importSpec';

/** What one row of a cases sheet says, read and mapped, before the register is asked anything. */
export interface CaseDraft {
  person: {
    name: string;
    nationalId: string | null;
    birthDate: string | null;
    dueDate: string | null;
    address: string;
    phone: string;
    email: string;
    relations: Omit<Relation, 'id'>[];
  };
  receivedDate: string;
  channel: CaseChannel | null;
  rights: Right[];
  /** A unit of the register, a new one by its name, or none. */
  serviceUnit: { id: number } | { newName: string } | null;
  note: string;
  decisions: { right: Right; outcome: DecisionOutcome; date: string; notifiedDate: string | null }[];
  coordinator: {
    ref: { id: number } | { newName: string };
    startDate: string | null;
    /** The name as the register will show it. */
    label: string;
  } | null;
  plan: {
    status: ImportPlanStatus;
    startDate: string | null;
    nextRevisionDate: string | null;
    closedDate: string | null;
  } | null;
  closedDate: string | null;
}

const NOTE_MAX = importFields['case.note'].max!;

/** Reads one row into a draft; the problems say why it cannot be, the notes what is left out. */
export function readCaseRow(
  row: SheetRow,
  choices: Choices,
  today: string,
  unitRef: (raw: string, log: RowLog) => CaseDraft['serviceUnit'],
): { draft: CaseDraft | null; log: RowLog; title: string } {
  const log = new RowLog();
  const cell = (f: ImportField) => choices.cell(row, f);
  const text = (f: ImportField, max = importFields[f].max ?? 200): string => {
    const read = readText(cell(f), max);
    if (read.ok) return read.value;
    log.note(f, read.key, read.values);
    return '';
  };
  const date = (f: ImportField, required = false): string | null => {
    const c = cell(f);
    if (isEmpty(c)) {
      if (required) log.problem(f, 'importRows.problem.required');
      return null;
    }
    const read = readDate(c, today);
    if (read.ok) return read.value;
    (required ? log.problem : log.note).call(log, f, read.key, read.values);
    return null;
  };
  const contact = (f: ImportField, reader: typeof readPhone): string => {
    if (isEmpty(cell(f))) return '';
    const read = reader(cell(f));
    if (read.ok) return read.value;
    log.note(f, read.key, read.values);
    return '';
  };

  const name = personName(row, choices, log);
  let nationalId: string | null = null;
  if (!isEmpty(cell('person.nationalId'))) {
    const read = readNationalId(cell('person.nationalId'));
    if (read.ok) nationalId = read.value;
    else log.problem('person.nationalId', read.key, read.values);
  }
  const relations: Omit<Relation, 'id'>[] = [];
  for (const g of ['guardian1', 'guardian2'] as const) {
    const guardianName = readName(cell(`${g}.name`));
    if (!guardianName.ok || guardianName.value === '') continue;
    relations.push({
      name: guardianName.value,
      relation: 'guardian',
      parentalResponsibility: false,
      mayConsent: false,
      phone: contact(`${g}.phone`, readPhone),
      email: contact(`${g}.email`, readEmail),
      address: '',
    });
  }
  const receivedDate = date('case.receivedDate', true);
  const unitText = cellText(cell('case.serviceUnit')).trim();
  const rightsAsked = chooseRights(row, choices, log);
  const draft: CaseDraft = {
    person: {
      name,
      nationalId,
      birthDate: nationalId ? null : date('person.birthDate'),
      dueDate: nationalId ? null : date('person.dueDate'),
      address: text('person.address'),
      phone: contact('person.phone', readPhone),
      email: contact('person.email', readEmail),
      relations,
    },
    receivedDate: receivedDate ?? '',
    channel: choose(row, choices, 'case.channel', log, (raw) => suggestChannel(raw), caseChannels),
    rights: rightsAsked,
    serviceUnit: unitText ? unitRef(unitText, log) : null,
    note: noteText(row, choices, log),
    decisions: [],
    coordinator: null,
    plan: null,
    closedDate: date('case.closedDate'),
  };
  for (const right of rightsAsked) {
    const own = choices.has(`decision.${right}.outcome`);
    const outcomeField: ImportField = own ? `decision.${right}.outcome` : 'decision.outcome';
    const dateField: ImportField = choices.has(`decision.${right}.date`)
      ? `decision.${right}.date`
      : 'decision.date';
    const outcome = choose(row, choices, outcomeField, log, (raw) => suggestOutcome(raw), decisionOutcomes);
    const decided = date(dateField);
    if (outcome && decided)
      draft.decisions.push({ right, outcome, date: decided, notifiedDate: date('decision.notifiedDate') });
    else if (outcome)
      log.note(dateField, 'importRows.note.decisionWithoutDate', { right: enumsNb.enums.right[right] });
    else if (decided && !isEmpty(cell(outcomeField)))
      log.note(outcomeField, 'importRows.note.decisionUnread', { right: enumsNb.enums.right[right] });
  }
  const coordinatorRaw = cellText(cell('coordinator.name') ?? null).trim();
  if (coordinatorRaw) {
    const ref = poolRef(row, choices, 'coordinator.name', log);
    if (ref) {
      const name = readName(coordinatorRaw);
      const label =
        ('id' in ref ? choices.poolName('coordinator.name', ref.id) : undefined) ??
        (name.ok && name.value ? name.value : coordinatorRaw);
      draft.coordinator = { ref, startDate: date('coordinator.startDate'), label };
    }
  }
  const status = choose(
    row,
    choices,
    'plan.status',
    log,
    (raw) => suggestPlanStatus(raw),
    importPlanStatuses,
  );
  if (status)
    draft.plan = {
      status,
      startDate: date('plan.startDate'),
      nextRevisionDate: date('plan.nextRevisionDate'),
      closedDate: date('plan.closedDate'),
    };
  return { draft: log.problems.length ? null : draft, log, title: name };
}

const isEmpty = (c: RawCell): boolean => c === null || (typeof c === 'string' && c.trim() === '');

function personName(row: SheetRow, choices: Choices, log: RowLog): string {
  const full = readName(choices.cell(row, 'person.name'));
  if (full.ok && full.value) return full.value;
  if (!full.ok) {
    log.problem('person.name', full.key, full.values);
    return '';
  }
  const first = readName(choices.cell(row, 'person.firstName'));
  const last = readName(choices.cell(row, 'person.lastName'));
  const joined = joinName(first.ok ? first.value : '', last.ok ? last.value : '');
  if (joined) return joined;
  log.problem(
    choices.has('person.name') ? 'person.name' : 'person.lastName',
    'importRows.problem.nameMissing',
  );
  return '';
}

/**
 * The register has no free note on a case: the file's note goes into the description of the need,
 * marked as coming from the old register, for the case worker to move where it belongs.
 */
const NOTE_PREFIX = 'Merknad fra tidligere register: ';

function noteText(row: SheetRow, choices: Choices, log: RowLog): string {
  const read = readText(choices.cell(row, 'case.note'), 100_000);
  const note = read.ok && read.value ? `${NOTE_PREFIX}${read.value}` : '';
  if (note.length <= NOTE_MAX) return note;
  log.note('case.note', 'importRows.note.noteShortened', { max: NOTE_MAX });
  return `${note.slice(0, NOTE_MAX - 1)}…`;
}

/**
 * A value from a closed list: the user's choice for the raw text, else the suggestion; a text
 * neither understands is a note (the rest of the row still comes in).
 */
function choose<T extends string>(
  row: SheetRow,
  choices: Choices,
  field: ImportField,
  log: RowLog,
  suggest: (raw: string) => T | null,
  allowed: readonly T[],
): T | null {
  const raw = cellText(choices.cell(row, field) ?? null).trim();
  if (!raw) return null;
  const to = choices.chosen(field, raw) ?? suggest(raw);
  if (to === 'ignore') return null;
  if (to !== null && (allowed as readonly string[]).includes(to)) return to as T;
  log.note(field, 'importRows.note.valueUnread', { value: raw.slice(0, 60) });
  return null;
}

/** The rights asked for: required; several in one cell ("K + IP") or chosen per value. */
function chooseRights(row: SheetRow, choices: Choices, log: RowLog): Right[] {
  const raw = cellText(choices.cell(row, 'case.rightsRequested') ?? null).trim();
  const found = new Set<Right>();
  if (raw) {
    const whole = choices.chosen('case.rightsRequested', raw);
    const parts =
      whole !== undefined
        ? [whole]
        : readChoiceValues(raw).map((p) => choices.chosen('case.rightsRequested', p) ?? p);
    for (const part of parts) {
      if (part === 'ignore') continue;
      const listed = part.split(',').filter((r): r is Right => (rights as readonly string[]).includes(r));
      const asRights = listed.length ? listed : (suggestRights(part) ?? []);
      if (!asRights.length)
        log.note('case.rightsRequested', 'importRows.note.valueUnread', { value: part.slice(0, 60) });
      for (const r of asRights) found.add(r);
    }
  }
  // Per-right decision columns also say what was asked for, unless their value is left out.
  for (const r of rights) {
    const value = cellText(choices.cell(row, `decision.${r}.outcome`)).trim();
    if (value && choices.chosen(`decision.${r}.outcome`, value) !== 'ignore') found.add(r);
  }
  if (!found.size) log.problem('case.rightsRequested', 'importRows.problem.rightsMissing');
  return rights.filter((r) => found.has(r));
}

/** A name from the file matched to the register's pool: chosen by the user or matched by name. */
function poolRef(
  row: SheetRow,
  choices: Choices,
  field: 'coordinator.name',
  log: RowLog,
): { id: number } | { newName: string } | null {
  const raw = cellText(choices.cell(row, field) ?? null).trim();
  if (!raw) return null;
  const to = choices.chosen(field, raw) ?? choices.suggestedPool(field, raw);
  if (to === 'ignore' || to === undefined) {
    if (to === undefined) log.note(field, 'importRows.note.poolUnmatched', { value: raw.slice(0, 60) });
    return null;
  }
  if (to === 'new') {
    const name = readName(raw);
    return { newName: name.ok && name.value ? name.value : raw.slice(0, 120) };
  }
  const id = Number(/^coordinator:(\d+)$/.exec(to)?.[1]);
  if (!Number.isInteger(id) || id <= 0) {
    log.note(field, 'importRows.note.valueUnread', { value: raw.slice(0, 60) });
    return null;
  }
  return { id };
}
