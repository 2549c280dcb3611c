/**
 * The register's own words suggested as the register's values (DESIGN.md 12): "innv.", "K + IP",
 * "Digitalt", "Under arbeid", "x", and names in a pool list. Each returns null rather than guess,
 * so the user is asked for what it cannot tell; separate from the cell readers because these
 * are word lists of the domain, not cell formats.
 */

import { rights, type CaseChannel, type DecisionOutcome, type Right } from './case';
import { foldText, noneMarks } from './importValues';
import type { PlanStatus } from './plan';

/** The plan statuses a register can state; "til evaluering" is derived from the dates. */
export const importPlanStatuses = [
  'notWanted',
  'notStarted',
  'inProgress',
  'active',
  'closed',
] as const satisfies readonly PlanStatus[];
export type ImportPlanStatus = (typeof importPlanStatuses)[number];

/** Folded words of a short value, without the words in `skip` and bare numbers; null if too long. */
function words(raw: string, skip: ReadonlySet<string> = new Set()): string[] | null {
  if (typeof raw !== 'string' || raw.length > 200) return null;
  return foldText(raw)
    .split(' ')
    .filter((w) => w !== '' && !skip.has(w) && !/^\d+$/.test(w));
}

/** Phrases separated by |, written as people write them, folded into a lookup. */
function phrases<T>(table: [T, string][]): Map<string, T> {
  return new Map(
    table.flatMap(([value, list]) => list.split('|').map((p): [string, T] => [foldText(p), value])),
  );
}

/** Words that say nothing about the value ("søkt om IP", "vedtak: innvilget"), folded. */
const fillers = (list: string): ReadonlySet<string> => new Set(list.split('|'));

function lookup<T>(table: Map<string, T>, raw: string, skip?: ReadonlySet<string>): T | null {
  const w = words(raw, skip);
  return w === null || w.length === 0 ? null : (table.get(w.join(' ')) ?? null);
}

const rightWords = phrases<readonly Right[]>([
  [['koordinator'], 'k|koordinator|koord|koordinator voksen'],
  [['barnekoordinator'], 'bk|barnekoordinator|barnekoord|barne koordinator'],
  [['individuellPlan'], 'ip|i p|individuell plan|indiv plan|ind plan|individuellplan|plan'],
  [['individuellPlan', 'koordinator'], 'begge|begge to'],
  [rights, 'alle|alle tre'],
]);
const rightFillers = fillers('og|and|samt|pluss|med|rett|retten|til|pa|om|sokt|soknad');

/** The rights a cell names: "K", "BK", "IP", "K + IP", "ip/k", "begge", "Individuell plan", … */
export function suggestRights(raw: string): Right[] | null {
  const w = words(raw);
  if (w === null) return null;
  const found = new Set<Right>();
  for (let i = 0; i < w.length;) {
    const two = i + 1 < w.length ? rightWords.get(`${w[i]} ${w[i + 1]}`) : undefined;
    const one = two ?? rightWords.get(w[i]!);
    if (one) one.forEach((r) => found.add(r));
    else if (!rightFillers.has(w[i]!)) return null;
    i += two ? 2 : 1;
  }
  return found.size === 0 ? null : rights.filter((r) => found.has(r));
}

const checkMarks = new Set(['✓', '✔', '☑', '√', '✅']);
const outcomeWords = phrases<DecisionOutcome>([
  [
    'granted',
    'innvilget|innvilga|innv|innvilg|ja|j|x|ok|godkjent|godkjend|tildelt|fullt innvilget|innvilget helt|' +
      'heilt innvilga',
  ],
  [
    'partlyGranted',
    'delvis innvilget|delvis innvilga|delvis innv|delvis|delvis avslag|delvis avslått|innvilget delvis|' +
      'delvis godkjent',
  ],
  [
    'refused',
    'avslag|avslått|avslaatt|avslo|nei|n|ikke innvilget|ikkje innvilga|ikkje innvilget|ikke godkjent|' +
      'ikkje godkjent',
  ],
  ['withdrawn', 'trukket|trukke|trekt|trukket tilbake|trekt tilbake|tilbaketrukket|trukket av søker'],
  [
    'dismissed',
    'avvist|avvist formelt|ikke realitetsbehandlet|ikkje realitetsbehandla|ikkje realitetsbehandlet|' +
      'ikke behandlet|ikkje behandla',
  ],
]);
const outcomeFillers = fillers('vedtak|soknad|soknaden|er|ble|vart|blei|saken|saka');

/** A decision's outcome from "Innvilget", "innv.", "Ja", "x", "Avslag", "Delvis innvilget", … */
export function suggestOutcome(raw: string): DecisionOutcome | null {
  if (typeof raw === 'string' && checkMarks.has(raw.trim())) return 'granted';
  return lookup(outcomeWords, raw, outcomeFillers);
}

const channelWords = phrases<CaseChannel>([
  [
    'electronicForm',
    'elektronisk skjema|elektronisk|digitalt|digital|e-skjema|eskjema|nettskjema|digitalt skjema|' +
      'elektronisk søknad|digital søknad|web|internett|altinn',
  ],
  ['paper', 'papir|papirskjema|papirsøknad|brev|post|skriftlig|skriftleg|papir brev|brev post'],
  ['oral', 'muntlig|munnleg|muntleg|telefon|tlf|møte|samtale|personlig oppmøte|oppmøte'],
  [
    'serviceReport',
    'melding fra tjeneste|melding frå teneste|melding fra tjenesten|melding frå tenesta|melding|' +
      'fra tjeneste|frå teneste|fra tjenesten|frå tenesta|tjeneste|teneste|henvisning|tilvising|henvist|' +
      'meldt fra tjeneste',
  ],
  [
    'ownInitiative',
    'egen|eget|eige|eigen|eget initiativ|egeninitiativ|eige initiativ|ke|koordinerende enhet|' +
      'koordinerande eining|intern|internt',
  ],
]);
const channelFillers = fillers('via|pa|som|per|pr|mottatt|motteke');

/** How the case came in: "Elektronisk skjema", "Digitalt", "Papir", "Brev", "Muntlig", "Egen", … */
export function suggestChannel(raw: string): CaseChannel | null {
  return lookup(channelWords, raw, channelFillers);
}

const planStatusWords = phrases<ImportPlanStatus>([
  [
    'notWanted',
    'ikke ønsket|ikkje ønskt|ikkje ønska|ikke ønskt|ønskes ikke|ønsker ikke|ønskjer ikkje|ikke aktuelt|' +
      'ikkje aktuelt|takket nei|takka nei|nei',
  ],
  [
    'notStarted',
    'ikke startet|ikkje starta|ikkje starta opp|ikke startet opp|ikke påbegynt|ikkje påbyrja|' +
      'ikke oppstartet|ikke begynt|venter|ventar|ikke opprettet|ikkje oppretta',
  ],
  [
    'inProgress',
    'under arbeid|utarbeides|utarbeidast|under utarbeiding|under utarbeidelse|påbegynt|påbyrja|startet|' +
      'starta|i gang|igang|pågår|utkast|under oppretting',
  ],
  ['active', 'aktiv|i bruk|løpende|løpande|etablert|opprettet|oppretta|ja'],
  ['closed', 'avsluttet|avslutta|lukket|lukka|avslutt|inaktiv|ikke aktiv|ikkje aktiv|ferdig avsluttet'],
]);
const planFillers = fillers('plan|ip|individuell|er|status');

/** An individual plan's status from "Ikke ønsket", "Under arbeid", "Aktiv", "Avslutta", … */
export function suggestPlanStatus(raw: string): ImportPlanStatus | null {
  return lookup(planStatusWords, raw, planFillers);
}

const yesNoWords = phrases<boolean>([
  [true, 'ja|j|x|1|yes|y|true|sann|ok'],
  [false, 'nei|n|0|no|false|usann'],
]);

/** Yes or no from "Ja", "J", "x", "✓", "1", "Nei", "N", "0", "-". */
export function suggestYesNo(raw: string): boolean | null {
  if (typeof raw !== 'string' || raw.length > 200) return null;
  const t = raw.trim();
  if (checkMarks.has(t)) return true;
  if (t !== '' && noneMarks.has(t)) return false;
  return yesNoWords.get(foldText(t)) ?? null;
}

/** "Hansen, Kari" as "Kari Hansen", folded. */
function nameKey(raw: string): string {
  const parts = raw.split(',');
  return foldText(parts.length === 2 ? `${parts[1]} ${parts[0]}` : raw);
}

/**
 * The one entry of a list (coordinators, service units, courses) a cell names, ignoring case,
 * accents, spaces and hyphens, and "Etternavn, Fornavn" order; null when none or several fit.
 */
export function suggestPoolMatch(raw: string, names: { id: number; name: string }[]): number | null {
  if (typeof raw !== 'string' || raw.length > 200) return null;
  const key = nameKey(raw);
  if (key === '') return null;
  const tiers = [(k: string) => k.replace(/ /g, ''), (k: string) => k.split(' ').sort().join(' ')];
  for (const tier of tiers) {
    const wanted = tier(key);
    const ids = new Set(names.filter((n) => tier(nameKey(n.name)) === wanted).map((n) => n.id));
    if (ids.size === 1) return [...ids][0]!;
    if (ids.size > 1) return null;
  }
  return null;
}
