/**
 * The words KEs head their register's columns with, per import field (DESIGN.md 12), bokmål and
 * nynorsk, as people write them. Kept apart from the matching in importFields so the lists can
 * grow without touching how a header is scored.
 */

import type { ImportField } from './importFieldKeys';

/** Phrases separated by |, written as people write them; folded when the module loads. */
const list = (phrases: string): string[] => phrases.split('|');
const phone = list('telefon|tlf|mobil|mob|telefonnummer|telefonnr|tlf nr|tlfnr|mobilnummer|mobilnr');
const email = list('e-post|epost|mail|e-mail|email|e-postadresse|epostadresse|mailadresse');
const name = list('navn|namn|fullt navn|fullt namn');
const lastName = list('etternavn|etternamn|slektsnavn|familienavn');
const firstName = list('fornavn|førenamn|fornamn|fornavn og mellomnavn');
const unit = list('tjenestested|tenestestad|enhet|eining|avdeling|tjenesteenhet|virksomhet|verksemd');
const guardian = list(
  'foresatt|foresatte|foresattes|forelder|foreldre|foreldres|føresett|føresette|foreldra|' +
    'mor|mors|far|fars|verge|pårørende|pårørande',
);
const numbered = list('foresatt|forelder|føresett|foresatte');
const coordinator = list('koordinator|koord|koordinatoren|koordinators');
const plan = list('ip|individuell plan|indiv plan|ind plan|plan');
const outcome = list('vedtak|utfall|avgjerd|avgjørelse|resultat');
const decisionDate = list('vedtaksdato|dato vedtak|vedtatt|vedteke|dato avgjerd|dato avgjørelse|dato utfall');
const rightWords = {
  koordinator: list('koordinator|koord|k'),
  barnekoordinator: list('barnekoordinator|barnekoord|bk'),
  individuellPlan: list('ip|individuell plan|indiv plan|ind plan'),
};

/** Every combination of one phrase of each list: (['ip'], ['start', 'fra']) → 'ip start', 'ip fra'. */
function combine(...lists: string[][]): string[] {
  return lists.reduce((acc, l) => acc.flatMap((a) => l.map((w) => `${a} ${w}`.trim())), ['']);
}

/** The phrases that head a column of each field; '*kurs' is any longer word ending in "kurs". */
export const headerWords: Record<ImportField, string[]> = {
  'person.name': [
    ...name,
    ...list('barnets navn|barnets namn|barn|barnet|bruker|brukar|brukers navn|brukaren|pasient|person|elev'),
  ],
  'person.lastName': lastName,
  'person.firstName': firstName,
  'person.nationalId': list(
    'fnr|f nr|fødselsnr|fødsels nr|fødselsnummer|personnummer|personnr|pers nr|pnr|p nr|d-nummer|dnr|' +
      'fnr dnr|identitetsnummer|id nr',
  ),
  'person.birthDate': list('født|fødd|fødselsdato|fødselsdag|f dato|fdato|født dato|dato født'),
  'person.dueDate': list('termin|termindato|forventet fødsel|venta fødsel|termin dato'),
  'person.address': list('adresse|adr|bostedsadresse|bustadadresse|postadresse|gateadresse|bosted|bustad'),
  'person.phone': phone,
  'person.email': email,
  'guardian1.name': [...guardian, ...combine(guardian, name), ...combine(numbered, ['1'], ['', ...name])],
  'guardian1.phone': [...combine(guardian, phone), ...combine(numbered, ['1'], phone)],
  'guardian1.email': [...combine(guardian, email), ...combine(numbered, ['1'], email)],
  'guardian2.name': combine(numbered, ['2'], ['', ...name]),
  'guardian2.phone': combine(numbered, ['2'], phone),
  'guardian2.email': combine(numbered, ['2'], email),
  'case.receivedDate': list(
    'mottatt|søknad mottatt|dato mottatt|mottaksdato|motteke|motteken|innkomen|innkomne|innkommet|' +
      'søknadsdato|dato søknad|dato søkt|dato inn|registrert dato',
  ),
  'case.channel': list(
    'kanal|mottakskanal|kilde|kjelde|mottatt via|motteke via|mottatt som|hvordan mottatt|korleis motteke|' +
      'søknadsform|henvendelsesform|innsendt som',
  ),
  'case.rightsRequested': list(
    'søkt om|hva er søkt|kva er søkt|søknad om|rett|rettighet|rettigheter|rettar|tjeneste søkt|' +
      'søkt tjeneste|teneste søkt|søkt',
  ),
  'case.serviceUnit': unit,
  'case.note': list('merknad|merknader|kommentar|kommentarer|notat|notater|anmerkning|anmerkningar'),
  'decision.outcome': [...outcome, 'innvilget', 'innvilga'],
  'decision.date': decisionDate,
  'decision.notifiedDate': list(
    'underrettet|underretta|underretning|dato underrettet|vedtak sendt|vedtaksbrev sendt|sendt|dato sendt|' +
      'melding om vedtak|varslet|varsla|vedtak meldt',
  ),
  'decision.koordinator.outcome': [...combine(rightWords.koordinator, outcome), 'koordinatorvedtak'],
  'decision.koordinator.date': combine(rightWords.koordinator, decisionDate),
  'decision.barnekoordinator.outcome': [
    ...combine(rightWords.barnekoordinator, outcome),
    'barnekoordinatorvedtak',
  ],
  'decision.barnekoordinator.date': combine(rightWords.barnekoordinator, decisionDate),
  'decision.individuellPlan.outcome': [...combine(rightWords.individuellPlan, outcome), 'ipvedtak'],
  'decision.individuellPlan.date': combine(rightWords.individuellPlan, decisionDate),
  'coordinator.name': [
    ...coordinator,
    ...list('barnekoordinator|koordinator navn|koordinators navn|koordinator namn'),
  ],
  'coordinator.startDate': [
    ...combine(coordinator, list('fra|startdato|start|fra dato|dato|oppnevnt|oppnemnd|tildelt')),
    ...list('oppnevnt|oppnemnd|dato oppnevnt'),
  ],
  'plan.status': [...plan, ...combine(plan, ['status']), 'planstatus'],
  'plan.startDate': combine(
    plan,
    list('startdato|start|fra|startet|starta|oppstart|opprettet|oppretta|periode fra'),
  ),
  'plan.nextRevisionDate': [
    ...list(
      'revisjon|revisjonsdato|neste revisjon|revideres|rullering|neste rullering|neste evaluering|evalueres',
    ),
    ...combine(plan, list('revisjon|revideres|rullering')),
  ],
  'plan.closedDate': combine(plan, list('avsluttet|avslutta|slutt|sluttdato|til|lukket')),
  'case.closedDate': list(
    'avsluttet|avslutta|sak avsluttet|saka avslutta|dato avsluttet|avsluttet dato|avslutningsdato|lukket|sak lukket',
  ),
  'pool.name': [
    ...name,
    ...coordinator,
    ...list('koordinatorer|koordinator navn|ansatt|tilsett|medarbeider'),
  ],
  'pool.lastName': lastName,
  'pool.firstName': firstName,
  'pool.serviceUnit': [...unit, 'arbeidssted', 'arbeidsstad'],
  'pool.position': list('stilling|stillingstittel|tittel|yrke|yrkestittel|profesjon|fagbakgrunn|rolle'),
  'pool.phone': phone,
  'pool.email': email,
  'pool.capacity': list(
    'kapasitet|maks saker|maks antall saker|maksimalt antall saker|maks|antall saker|saker maks',
  ),
  'training.course': list('kurs|kursnavn|kurstype|opplæring|opplæringstype'),
  // A column named after a course ("Grunnkurs", "Koordinatoropplæring") holds its completion date.
  'training.date': list(
    'kursdato|dato kurs|dato fullført|fullført|fullført dato|gjennomført|dato gjennomført|kurs fullført|' +
      'fullført kurs|opplæring dato|dato opplæring|grunnkurs|grunnopplæring|oppfriskning|e-læring|elæring|' +
      '*kurs|*opplæring',
  ),
};
