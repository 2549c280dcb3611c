import i18next from 'i18next';
import { describe, expect, it } from 'vitest';

import { fieldWords, personLabel, whatHappened, whoDid } from '@renderer/features/audit/describeRow';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, type AuditRow } from '@shared/api/audit';
import { uiTexts } from '@shared/i18n/resources';

import { auditRow } from './auditRow';

const t = i18next.getFixedT('nb');

// A row naming no one, so each text is tested on its own.
const row = (over: Partial<AuditRow>): AuditRow =>
  auditRow({ caseNumber: '2027-0007', persons: [], fields: [], ...over });

describe('the log in words', () => {
  it('has a text for every action and record kind in bokmål, nynorsk and English', () => {
    for (const lang of ['nb', 'nn', 'en'] as const) {
      const texts = uiTexts[lang].auditLog;
      for (const a of AUDIT_ACTIONS) expect(texts.actions[a], `${lang} actions.${a}`).toMatch(/\S/);
      for (const e of AUDIT_ENTITIES) expect(texts.entities[e], `${lang} entities.${e}`).toMatch(/\S/);
    }
  });

  it('says what happened the way a person would: the case opened, the decision recorded, the overview printed', () => {
    expect(whatHappened(t, row({}))).toBe('Åpnet saken');
    expect(whatHappened(t, row({ action: 'step_create', fields: ['decision:31'] }))).toBe(
      'Registrerte vedtak',
    );
    expect(whatHappened(t, row({ action: 'step_update', fields: ['interimReply:3'] }))).toBe(
      'Endret foreløpig svar',
    );
    expect(whatHappened(t, row({ action: 'print', fields: ['caseOverview', 'person:4'] }))).toBe(
      'Skrev ut saksoversikten',
    );
    expect(whatHappened(t, row({ action: 'list', entity: 'case', entityId: null }))).toBe(
      'Så listen over saker',
    );
    expect(whatHappened(t, row({ action: 'list', entity: 'audit', entityId: null }))).toBe('Så i loggen');
    expect(whatHappened(t, row({ action: 'archive_copy', fields: ['archive'] }))).toBe('Lagde arkivkopi');
    expect(whatHappened(t, row({ fields: ['plan', 'person:4'] }))).toBe('Åpnet planen');
    expect(whatHappened(t, row({ fields: ['letters', 'person:4'] }))).toBe('Så brevene i saken');
    // A bare verb with no phrase for its record kind says which kind of record it touched.
    expect(whatHappened(t, row({ action: 'remove', entity: 'serviceUnit' }))).toBe('Fjernet (tjenestested)');
    expect(whatHappened(t, row({ action: 'create', entity: 'demo' }))).toBe('Laget demodata');
    // Taking a case for its archive copy is not exporting the register.
    expect(whatHappened(t, row({ action: 'export', fields: ['archive', 'person:4'] }))).toBe(
      'Hentet saken til arkivkopi',
    );
    expect(whatHappened(t, row({ action: 'export', entity: 'register' }))).toBe('Eksporterte registeret');
    // A step field that is not a step kind is not taken for one.
    expect(whatHappened(t, row({ action: 'step_create', fields: ['drop:1'] }))).toBe(
      'Registrerte et steg i saken',
    );
  });

  it('names fields in words, counts those without a text, and never shows ids or references', () => {
    const change = (fields: string[]) => ({ action: 'update' as const, fields });
    expect(fieldWords(t, change(['name', 'phone']))).toBe('navn, telefon');
    expect(fieldWords(t, change(['name', 'secretInternalName', 'other_thing']))).toBe('navn, 2 andre felt');
    expect(fieldWords(t, change(['person:92', 'decision:4', 'appointment:7']))).toBe('');
    expect(fieldWords(t, change(['weird']))).toBe('1 felt');
    // What a read, list or print showed is said by "what happened", not counted as fields.
    expect(fieldWords(t, { action: 'print', fields: ['caseOverview', 'person:4'] })).toBe('');
    expect(fieldWords(t, { action: 'list', fields: ['agenda', 'person:4'] })).toBe('');
  });

  it('shows a person by name and case numbers, one no longer in the register neutrally', () => {
    expect(personLabel(t, { id: 1, name: 'Emma', caseNumbers: ['2027-0001', '2027-0002'] })).toBe(
      'Emma (2027-0001, 2027-0002)',
    );
    expect(personLabel(t, { id: 1, name: null, caseNumbers: [] })).toBe(
      'person som ikke lenger er i registeret',
    );
    expect(whoDid(t, row({}))).toBe('Siv Saksbehandler (siv)');
    expect(whoDid(t, row({ userId: null, username: 'system', userDisplayName: null }))).toBe('Programmet');
  });
});
