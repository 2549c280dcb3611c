/**
 * What a column of a KE's Excel register can be (DESIGN.md 12): the fields of the case sheet and
 * of the coordinator sheet, and the field a header suggests. Headers are matched as sets of
 * folded words (case, accents and punctuation ignored, any order), and the variant with the most
 * letters wins, so "Koordinator vedtak" beats "Koordinator" and "Vedtak". The words themselves
 * are in importHeaderWords.
 */

import { caseFields } from '../api/cases';
import type { ImportTarget } from '../api/imports';
import { personInput } from '../api/persons';
import { caseChannels, decisionOutcomes, rights } from './case';
import { importFieldKeys, type ImportField } from './importFieldKeys';
import { headerWords } from './importHeaderWords';
import { importPlanStatuses } from './importSuggestions';
import { foldText } from './importValues';

export { importFieldKeys, type ImportField };

export const importValueKinds = [
  'text',
  'name',
  'nationalId',
  'date',
  'phone',
  'email',
  'number',
  'choice',
  'multiChoice',
  'pool',
] as const;
export type ImportValueKind = (typeof importValueKinds)[number];

/** The lists a pool column's values are matched against (and new entries added to). */
export type ImportPool = 'serviceUnits' | 'coordinators' | 'courses';

export interface ImportFieldSpec {
  key: ImportField;
  target: ImportTarget;
  kind: ImportValueKind;
  /** importRows.field.<key with dots as _>. */
  labelKey: string;
  /** choice and multiChoice: the register's values. */
  options?: readonly string[];
  /** pool: the list the values are found in. */
  pool?: ImportPool;
  /** text and name: the most characters the register keeps. */
  max?: number;
}

type Kind = Pick<ImportFieldSpec, 'kind' | 'options' | 'pool' | 'max'>;
const nameKind: Kind = { kind: 'name', max: 120 };
const dateKind: Kind = { kind: 'date' };
const phoneKind: Kind = { kind: 'phone' };
const emailKind: Kind = { kind: 'email' };
const outcomeKind: Kind = { kind: 'choice', options: decisionOutcomes };
const unitKind: Kind = { kind: 'pool', pool: 'serviceUnits' };

const kinds: Record<ImportField, Kind> = {
  'person.name': nameKind,
  'person.lastName': nameKind,
  'person.firstName': nameKind,
  'person.nationalId': { kind: 'nationalId' },
  'person.birthDate': dateKind,
  'person.dueDate': dateKind,
  'person.address': { kind: 'text', max: personInput.shape.address.unwrap().maxLength! },
  'person.phone': phoneKind,
  'person.email': emailKind,
  'guardian1.name': nameKind,
  'guardian1.phone': phoneKind,
  'guardian1.email': emailKind,
  'guardian2.name': nameKind,
  'guardian2.phone': phoneKind,
  'guardian2.email': emailKind,
  'case.receivedDate': dateKind,
  'case.channel': { kind: 'choice', options: caseChannels },
  'case.rightsRequested': { kind: 'multiChoice', options: rights },
  'case.serviceUnit': unitKind,
  /** Goes into the need's description, so it keeps as much. */
  'case.note': { kind: 'text', max: caseFields.shape.needDescription.unwrap().maxLength! },
  /** Applies to every right asked for that has no decision column of its own. */
  'decision.outcome': outcomeKind,
  'decision.date': dateKind,
  'decision.notifiedDate': dateKind,
  'decision.koordinator.outcome': outcomeKind,
  'decision.koordinator.date': dateKind,
  'decision.barnekoordinator.outcome': outcomeKind,
  'decision.barnekoordinator.date': dateKind,
  'decision.individuellPlan.outcome': outcomeKind,
  'decision.individuellPlan.date': dateKind,
  'coordinator.name': { kind: 'pool', pool: 'coordinators' },
  'coordinator.startDate': dateKind,
  'plan.status': { kind: 'choice', options: importPlanStatuses },
  'plan.startDate': dateKind,
  'plan.nextRevisionDate': dateKind,
  'plan.closedDate': dateKind,
  'case.closedDate': dateKind,
  'pool.name': nameKind,
  'pool.lastName': nameKind,
  'pool.firstName': nameKind,
  'pool.serviceUnit': unitKind,
  'pool.position': { kind: 'text', max: 120 },
  'pool.phone': phoneKind,
  'pool.email': emailKind,
  'pool.capacity': { kind: 'number' },
  'training.course': { kind: 'pool', pool: 'courses' },
  'training.date': dateKind,
};

export const importFields: Readonly<Record<ImportField, ImportFieldSpec>> = Object.fromEntries(
  importFieldKeys.map((key) => [
    key,
    {
      key,
      target: key.startsWith('pool.') || key.startsWith('training.') ? 'coordinators' : 'cases',
      labelKey: `importRows.field.${key.replace(/\./g, '_')}`,
      ...kinds[key],
    },
  ]),
) as Record<ImportField, ImportFieldSpec>;

const fieldSet: ReadonlySet<string> = new Set(importFieldKeys);
export function isImportField(key: unknown): key is ImportField {
  return typeof key === 'string' && fieldSet.has(key);
}

export function importFieldsFor(target: ImportTarget): ImportFieldSpec[] {
  return importFieldKeys.filter((k) => importFields[k].target === target).map((k) => importFields[k]);
}

// ---- Header matching ----

interface Variant {
  field: ImportField;
  words: string[];
  /** '*kurs': a word ending in "kurs" (but longer). */
  suffix: boolean;
}

const variants: Variant[] = importFieldKeys.flatMap((field) =>
  headerWords[field].map((phrase) => ({
    field,
    words: foldText(phrase.replace(/^\*/, '')).split(' '),
    suffix: phrase.startsWith('*'),
  })),
);

/** How well a variant fits the header's words: the letters it matches, or 0. */
function fit(variant: Variant, words: ReadonlySet<string>): number {
  if (variant.suffix) {
    const end = variant.words[0]!;
    let best = 0;
    for (const w of words) if (w.length > end.length && w.endsWith(end)) best = Math.max(best, w.length);
    return best;
  }
  let letters = 0;
  for (const w of variant.words) {
    if (!words.has(w)) return 0;
    letters += w.length;
  }
  return letters;
}

/** The fields a header fits, best first (ties in catalogue order). */
function ranked(header: string, target?: ImportTarget): { field: ImportField; score: number }[] {
  if (typeof header !== 'string') return [];
  const words = new Set(
    foldText(header, 120)
      .split(' ')
      .slice(0, 20)
      .filter((w) => w !== ''),
  );
  if (words.size === 0) return [];
  const best = new Map<ImportField, number>();
  for (const v of variants) {
    if (target && importFields[v.field].target !== target) continue;
    const score = fit(v, words);
    if (score > (best.get(v.field) ?? 0)) best.set(v.field, score);
  }
  return [...best]
    .map(([field, score]) => ({ field, score }))
    .sort((a, b) => b.score - a.score || importFieldKeys.indexOf(a.field) - importFieldKeys.indexOf(b.field));
}

/** The field a header suggests, or null: "Fnr" → person.nationalId, "Koordinator fra" → its start date. */
export function suggestField(header: string, target?: ImportTarget): ImportField | null {
  return ranked(header, target)[0]?.field ?? null;
}

/** What a sheet holds: coordinators when more headers fit the coordinator sheet better, else cases. */
export function suggestTarget(headers: string[]): ImportTarget {
  const votes = { cases: 0, coordinators: 0 };
  for (const header of headers.slice(0, 300)) {
    const cases = ranked(header, 'cases')[0]?.score ?? 0;
    const coordinators = ranked(header, 'coordinators')[0]?.score ?? 0;
    if (cases > coordinators) votes.cases++;
    if (coordinators > cases) votes.coordinators++;
  }
  return votes.coordinators > votes.cases ? 'coordinators' : 'cases';
}

/** Who a guardian column is about: "Foresatt 2" is the second, "Mor" and "Far" as met. */
function guardianOf(header: string): string {
  const words = foldText(header, 120).split(' ');
  if (words.includes('1') || words.includes('2')) return words.includes('2') ? '2' : '1';
  if (words.includes('mor') || words.includes('mors')) return 'mor';
  if (words.includes('far') || words.includes('fars')) return 'far';
  return 'foresatt';
}

/** Guardian 1 or 2 for each guardian named in the headers; a third has none. */
function guardianSlots(whos: string[]): Map<string, number> {
  const slots = new Map<string, number>();
  for (const who of whos) if (who === '1' || who === '2') slots.set(who, Number(who));
  for (const who of whos) {
    if (slots.has(who)) continue;
    const taken = new Set(slots.values());
    slots.set(who, [1, 2].find((n) => !taken.has(n)) ?? 0);
  }
  return slots;
}

/**
 * A field for each header, none used twice (but training.date, once per course): the best fit
 * wins, the first of equals; the rest are null. Guardian columns are spread over the two
 * guardians by whom they name ("Mor", "Far").
 */
export function suggestMapping(headers: string[], target: ImportTarget): (ImportField | null)[] {
  const tops = headers.slice(0, 300).map((header) => ranked(header, target)[0] ?? null);
  const isGuardian = (field: ImportField | undefined) => field?.startsWith('guardian') ?? false;
  const slots = guardianSlots(headers.filter((_h, i) => isGuardian(tops[i]?.field)).map(guardianOf));
  const wanted = tops.flatMap((top, index) => {
    if (!top) return [];
    if (!isGuardian(top.field)) return [{ index, field: top.field, score: top.score }];
    const slot = slots.get(guardianOf(headers[index]!)) ?? 0;
    const field = `guardian${slot}.${top.field.split('.')[1]}`;
    return isImportField(field) ? [{ index, field, score: top.score }] : [];
  });
  const result: (ImportField | null)[] = headers.map(() => null);
  const used = new Set<ImportField>();
  for (const { index, field } of wanted.sort((a, b) => b.score - a.score || a.index - b.index)) {
    // A column of dates per course: each is a training.date (the course is chosen with it).
    if (used.has(field) && field !== 'training.date') continue;
    used.add(field);
    result[index] = field;
  }
  return result;
}
