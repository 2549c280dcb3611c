/**
 * The words of the archive copy: its file names, its documents' titles and the case's event list
 * (hendelser.csv). The archive copy is always in bokmål, whatever language the user reads the app
 * in, as the letters' legal texts are: it is the municipality's record, filed in its archive, not
 * a screen. So these are not UI translations and live here, not in `shared/i18n`.
 * `{{name}}` marks a value filled in when the copy is made.
 */
export const archiveWords = {
  file: {
    overview: 'saksoversikt',
    events: 'hendelser',
    letter: 'brev-{{number}}-{{kind}}',
    kind: {
      interimReply: 'forelopig-svar',
      decision: 'vedtak',
    },
  },
  document: {
    overview: 'Saksoversikt {{caseNumber}}',
    letter: '{{kind}} {{date}}, sak {{caseNumber}}',
  },
  csv: {
    header: {
      date: 'Dato',
      event: 'Hendelse',
      right: 'Rettighet',
      detail: 'Utfall og detaljer',
      recordedBy: 'Registrert av',
      recordedAt: 'Registrert',
    },
    event: {
      received: 'Søknad eller melding mottatt',
      mapping: 'Kartleggingssamtale',
      consent: 'Samtykke gitt',
      consentWithdrawn: 'Samtykke trukket',
      interimReply: 'Foreløpig svar sendt',
      assessment: 'Vilkårsvurdering',
      decision: 'Vedtak',
      appeal: 'Klage mottatt',
      reassessment: 'Klagen vurdert på nytt av kommunen',
      forwarded: 'Klagen sendt til Statsforvalteren',
      governorOutcome: 'Statsforvalterens avgjørelse',
      transition: 'Overgang ved 18 år',
      closing: 'Saken avsluttet',
      reopening: 'Saken gjenåpnet',
      appointed: 'Koordinator oppnevnt',
      changed: 'Koordinator byttet',
      appointmentEnded: 'Koordinator avsluttet',
      letter: 'Brev sendt',
      planStarted: 'Individuell plan startet',
      planNotWanted: 'Familien ønsker ikke individuell plan',
      planEvaluated: 'Individuell plan evaluert',
      planMeeting: 'Møte om individuell plan',
      planClosed: 'Individuell plan avsluttet',
    },
    detail: {
      received: '{{channel}}, fra {{applicant}}',
      notified: '{{outcome}}, underrettet {{date}}',
      notNotified: '{{outcome}}, ikke registrert underrettet',
      interimReply: 'Svar ventet {{date}}. {{reason}}',
      consent: '{{type}}, gitt av {{givenBy}}',
      withNote: '{{text}}: {{note}}',
      appointment: '{{name}}, {{unit}}',
      appointmentEnded: '{{name}}: {{reason}}',
      extendedUntil: '{{outcome}} til {{date}}',
    },
    endReason: {
      coordinatorLeft: 'Koordinatoren sluttet',
      coordinatorRequest: 'Koordinatoren ba om fritak',
      familyRequest: 'Familien ønsket bytte',
      workload: 'For stor arbeidsbelastning',
      betterMatch: 'En annen tjeneste passet bedre',
      roleChanged: 'Rollen endret seg',
      caseClosed: 'Saken ble avsluttet',
      other: 'Annet',
    },
  },
};
