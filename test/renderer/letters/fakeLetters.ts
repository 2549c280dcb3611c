import type { SamordnaBridge } from '@shared/api/bridge';
import type { CaseDetail } from '@shared/api/cases';
import type { Result } from '@shared/api/errors';
import type { Letter, LetterDraft, LetterSettings, LetterSummary } from '@shared/api/letters';

import { FakeCore } from '../casePage/fakeCase';

export const letterhead: LetterSettings = {
  unitName: 'Koordinerende enhet',
  address: 'Postboks 114\n1870 Ørje',
  phone: '69 81 05 00',
  email: 'postmottak@marker.kommune.no',
  appealInstance: 'Statsforvalteren i Østfold, Buskerud, Oslo og Akershus',
  logo: null,
  templates: { interimReply: 'Svar {svarfrist}', decision: 'Vedtak {utfall}' },
};

/**
 * The case of fakeCase, with letters: a draft's text names what it was filled with, so a test
 * sees which fill it shows; a recorded letter gets id 77.
 */
export class LetterCore extends FakeCore {
  letters: LetterSummary[] = [];
  interimReplyRecorded = false;

  constructor(detail: CaseDetail) {
    super(detail);
    const caseCalls = this.invoke;
    this.invoke = this.withLetters(caseCalls);
  }

  private withLetters = (caseCalls: SamordnaBridge['invoke']) =>
    (async (channel: string, input: Record<string, unknown>): Promise<Result<unknown>> => {
      const ok = (data: unknown): Result<unknown> => ({ ok: true, data });
      switch (channel) {
        case 'letters.settings':
          this.calls.push({ channel, input });
          return ok(letterhead);
        case 'letters.list':
          this.calls.push({ channel, input });
          return ok(this.letters);
        case 'letters.draft': {
          this.calls.push({ channel, input });
          const decision = this.detail.record.steps.find((s) => s.id === input.decisionId);
          const expectedDate =
            input.kind === 'interimReply' ? ((input.expectedDate as string | null) ?? '2027-03-20') : null;
          const draft: LetterDraft = {
            caseId: this.detail.record.id,
            caseNumber: this.detail.record.caseNumber,
            personName: this.detail.person.name,
            kind: input.kind as LetterDraft['kind'],
            decision:
              decision?.kind === 'decision'
                ? {
                    id: decision.id,
                    right: decision.right,
                    outcome: decision.outcome,
                    decisionDate: decision.decisionDate,
                    notifiedDate: decision.notifiedDate,
                  }
                : null,
            date: input.date as string,
            text: `Brev datert ${input.date as string}. Svar innen ${expectedDate ?? '-'}. ${(input.reason as string | undefined) ?? ''}`.trim(),
            expectedDate,
            reason: (input.reason as string | undefined) ?? '',
            interimReplyRecorded: this.interimReplyRecorded,
            appealDeadline: decision ? '2027-03-22' : null,
            caseClosed: false,
          };
          return ok(draft);
        }
        case 'letters.record': {
          this.calls.push({ channel, input });
          if (this.failWith) return { ok: false, error: this.failWith };
          const letter: Letter = {
            id: 77,
            caseId: this.detail.record.id,
            kind: input.kind as Letter['kind'],
            decisionId: (input.decisionId as number | null) ?? null,
            right: null,
            date: input.date as string,
            createdBy: 'kari.admin',
            createdAt: '2027-02-20T10:00:00.000Z',
            text: input.text as string,
          };
          return ok(letter);
        }
        default:
          return caseCalls(channel as never, input as never) as Promise<Result<unknown>>;
      }
    }) as SamordnaBridge['invoke'];
}
