import { z } from 'zod';

import type { DecisionOutcome, Right } from '../domain/case';
import { ADMIN_ONLY, CASE_WORKERS, channel } from './channel';
import { email, id, isoDate, optionalText, phone, requiredText } from './fields';

/**
 * Letters to the family, written from the municipality's templates (DOMAIN.md section 3, steps 4
 * and 6): the interim reply (foreløpig svar) and the decision letter. The user reviews and edits
 * the filled text; what was sent is recorded on the case with its date.
 */
export const letterKinds = ['interimReply', 'decision'] as const;
export type LetterKind = (typeof letterKinds)[number];

/**
 * The placeholders a template may use, per kind. Core fills them from the case; a saved template
 * naming any other is refused, so a typo never reaches a family as `{navnn}`.
 */
const commonPlaceholders = [
  'kommune',
  'enhet',
  'dato',
  'navn',
  'mottaker',
  'saksnummer',
  'mottatt',
  'saksbehandler',
];
export const letterPlaceholders = {
  interimReply: [...commonPlaceholders, 'rettighet', 'svarfrist', 'grunn', 'lovhjemmel'],
  decision: [
    ...commonPlaceholders,
    'rettighet',
    'utfall',
    'begrunnelse',
    'lovhjemmel',
    'vedtaksdato',
    'klagefrist',
    'klagehjemmel',
    'klageinstans',
  ],
} as const satisfies Record<LetterKind, readonly string[]>;
export type LetterPlaceholder = (typeof letterPlaceholders)[LetterKind][number];

/** `{navn}`; `{ navn }` too, so a space typed inside the braces cannot slip through unfilled. */
const PLACEHOLDER = /\{\s*([^{}\s]{1,40})\s*\}/g;

/** The placeholders in a text that the kind does not know, each once, in the order they appear. */
export function unknownPlaceholders(kind: LetterKind, text: string): string[] {
  const known: readonly string[] = letterPlaceholders[kind];
  const found = [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
  return [...new Set(found.filter((p) => !known.includes(p)))];
}

/** The template with each known placeholder replaced by its value; anything else is left as typed. */
export function fillTemplate(text: string, values: Partial<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
}

/**
 * Where a refused placeholder is reported: `templates.decision.placeholder.navnn`. The path names
 * the template and the placeholder, the message is `validation.placeholderUnknown`, so the form
 * can say which one, in the user's language.
 */
export const placeholderPath = (kind: LetterKind, name: string) => `templates.${kind}.placeholder.${name}`;

// ---- The logo ----

export const LOGO_MAX_BYTES = 200 * 1024;
export const logoTypes = ['image/png', 'image/jpeg'] as const;
export type LogoType = (typeof logoTypes)[number];

/** The image type the first bytes say, whatever the file was called: PNG and JPEG only. */
export function logoTypeOf(bytes: Uint8Array): LogoType | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= png.length && png.every((b, i) => bytes[i] === b)) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

/** The problem with a logo's bytes (a translation key), or null when it may be used. */
export function logoProblem(bytes: Uint8Array): string | null {
  if (bytes.length > LOGO_MAX_BYTES) return 'validation.logoTooLarge';
  return logoTypeOf(bytes) ? null : 'validation.logoType';
}

const DATA_URL = /^data:(image\/(?:png|jpeg));base64,([A-Za-z0-9+/]+={0,2})$/;

/** The bytes of a `data:image/png;base64,…` URL, or null when it is not one. */
export function dataUrlBytes(url: string): { type: string; bytes: Uint8Array } | null {
  const m = DATA_URL.exec(url);
  if (!m) return null;
  try {
    const binary = atob(m[2]!);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return { type: m[1]!, bytes };
  } catch {
    return null;
  }
}

/** A stored logo: a data URL whose bytes are a PNG or JPEG of at most 200 KB, as its type says. */
const logo = z
  .string()
  // Base64 of 200 KB is about 273 000 characters; anything far larger is refused before decoding.
  .max(400_000, { message: 'validation.logoTooLarge' })
  .nullable()
  .default(null)
  .superRefine((url, ctx) => {
    if (url === null) return;
    const decoded = dataUrlBytes(url);
    const problem = decoded ? logoProblem(decoded.bytes) : 'validation.logoType';
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
    else if (decoded && logoTypeOf(decoded.bytes) !== decoded.type)
      ctx.addIssue({ code: 'custom', message: 'validation.logoType' });
  });

// ---- Settings ----

export interface LetterTemplates {
  interimReply: string;
  decision: string;
}

/** The letterhead and the templates (Innstillinger → Brev); the municipality's name is the general one. */
export interface LetterSettings {
  /** The unit that signs: "Koordinerende enhet" or the service's own name. */
  unitName: string;
  /** Postal address, one line per line. */
  address: string;
  phone: string;
  email: string;
  /** Who decides an appeal the municipality does not uphold: "Statsforvalteren i Østfold, …". */
  appealInstance: string;
  /** PNG or JPEG as a data URL, or null for none. */
  logo: string | null;
  templates: LetterTemplates;
}

const template = (kind: LetterKind) =>
  requiredText(8000).superRefine((text, ctx) => {
    for (const name of unknownPlaceholders(kind, text))
      ctx.addIssue({ code: 'custom', message: 'validation.placeholderUnknown', path: ['placeholder', name] });
  });

export const letterSettingsInput = z.object({
  unitName: requiredText(120),
  address: requiredText(500),
  phone,
  email,
  appealInstance: requiredText(200),
  logo,
  templates: z.object({ interimReply: template('interimReply'), decision: template('decision') }),
});
export type LetterSettingsInput = z.input<typeof letterSettingsInput>;

// ---- Letters on a case ----

export interface LetterSummary {
  id: number;
  caseId: number;
  kind: LetterKind;
  /** The decision a decision letter tells of; null for an interim reply, or if that step was removed. */
  decisionId: number | null;
  /** The right of the decision, while the decision is recorded. */
  right: Right | null;
  /** The date the letter carries. */
  date: string;
  createdBy: string;
  createdAt: string;
}

export interface Letter extends LetterSummary {
  text: string;
}

/** The decision a letter is drafted for, as the chooser and the letter page show it. */
export interface LetterDecision {
  id: number;
  right: Right;
  outcome: DecisionOutcome;
  decisionDate: string;
  notifiedDate: string | null;
}

/** A letter filled from its template, to be reviewed and edited before it is recorded. */
export interface LetterDraft {
  caseId: number;
  caseNumber: string;
  personName: string;
  kind: LetterKind;
  decision: LetterDecision | null;
  date: string;
  text: string;
  /** For an interim reply: when the answer is expected and why it takes time (as filled in). */
  expectedDate: string | null;
  reason: string;
  /** An interim reply is already recorded on the case. */
  interimReplyRecorded: boolean;
  /** The family's appeal deadline the text gives, for a decision letter. */
  appealDeadline: string | null;
  caseClosed: boolean;
}

/** What the print layout of a stored letter needs: the letter and the letterhead. */
export interface LetterForPrint {
  letter: Letter;
  caseNumber: string;
  personName: string;
  municipalityName: string;
  letterhead: Omit<LetterSettings, 'templates'>;
}

const kindFields = {
  caseId: id,
  kind: z.enum(letterKinds),
  /** Required for a decision letter, absent for an interim reply. */
  decisionId: id.nullable().default(null),
  date: isoDate,
};
const needsDecision = (l: { kind: LetterKind; decisionId: number | null }) =>
  (l.kind === 'decision') === (l.decisionId !== null);

export const letterDraftInput = z
  .object({
    ...kindFields,
    expectedDate: isoDate.nullable().default(null),
    reason: optionalText(1000),
  })
  .refine(needsDecision, { message: 'validation.decisionUnknown', path: ['decisionId'] });
export type LetterDraftInput = z.input<typeof letterDraftInput>;

export const letterRecordInput = z
  .object({
    ...kindFields,
    text: requiredText(20000),
    /**
     * For an interim reply: also record the interim reply step as sent on the letter's date, in
     * the same transaction. Null records the letter only.
     */
    interimReply: z
      .object({ reason: requiredText(1000), expectedDate: isoDate })
      .nullable()
      .default(null),
    /**
     * For a decision letter: also record the decision as notified on the letter's date, in the
     * same transaction, so the appeal deadline the letter states starts running on the case too.
     */
    markNotified: z.boolean().default(false),
  })
  .refine(needsDecision, { message: 'validation.decisionUnknown', path: ['decisionId'] })
  .refine((l) => l.kind === 'interimReply' || l.interimReply === null, {
    message: 'validation.invalid',
    path: ['interimReply'],
  })
  .refine((l) => l.kind === 'decision' || !l.markNotified, {
    message: 'validation.invalid',
    path: ['markNotified'],
  });
export type LetterRecordInput = z.input<typeof letterRecordInput>;

export const lettersApi = {
  /** The letterhead and templates: the letter page shows them; only an administrator changes them. */
  'letters.settings': channel<LetterSettings>()(z.object({}), CASE_WORKERS),
  'letters.updateSettings': channel<LetterSettings>()(letterSettingsInput, ADMIN_ONLY),
  /** The case's letters, newest first. */
  'letters.list': channel<LetterSummary[]>()(z.object({ caseId: id }), CASE_WORKERS),
  /** Fills the template from the case; writes nothing but the access log. */
  'letters.draft': channel<LetterDraft>()(letterDraftInput, CASE_WORKERS),
  /** Records the letter as sent (and, if asked, the interim reply step or the decision notified). */
  'letters.record': channel<Letter>()(letterRecordInput, CASE_WORKERS),
  /** A stored letter for printing; logged as a print of the case. */
  'letters.print': channel<LetterForPrint>()(z.object({ id }), CASE_WORKERS),
};
