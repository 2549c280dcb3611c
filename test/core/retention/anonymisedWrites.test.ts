import { describe, expect, it } from 'vitest';

import { apply, EMMA, retentionRegister, type Clock } from './retentionRegister';

const clock: Clock = { now: new Date() };

/**
 * An anonymised case takes nothing new: what was typed onto it (a name on the "Anonymisert"
 * person, a reopening, a step, a letter) would never come up for deletion again.
 */
describe('an anonymised case', () => {
  it('refuses every write to the case, its plan, letters, appointments, drafts and person', async () => {
    const r = await retentionRegister(clock);
    clock.now = new Date('2026-07-01T08:00:00');
    await apply(r.core, [r.emmaCase]);
    const detail = await r.core.ok('cases.get', { id: r.emmaCase });
    const { record, person } = detail;
    const code = async (channel: string, input: unknown) =>
      (await r.core.fails(channel as never, input as never)).code;

    expect(
      await code('cases.recordStep', {
        caseId: r.emmaCase,
        step: { kind: 'reopening', date: '2026-07-01', reason: 'Ny søknad fra Emma' },
      }),
    ).toBe('CASE_ANONYMISED');
    // Undoing the closing would reopen it just the same.
    const closing = record.steps.find((s) => s.kind === 'closing')!;
    expect(await code('cases.removeStep', { caseId: r.emmaCase, stepId: closing.id })).toBe(
      'CASE_ANONYMISED',
    );
    expect(
      await code('cases.update', {
        id: r.emmaCase,
        receivedDate: record.receivedDate,
        channel: record.channel,
        appliedBy: record.appliedBy,
        appliedByName: EMMA.guardian,
        rightsRequested: record.rightsRequested,
        needDescription: EMMA.need,
        services: [],
      }),
    ).toBe('CASE_ANONYMISED');
    expect(
      await code('persons.update', {
        id: person.id,
        name: EMMA.name,
        nationalId: null,
        birthDate: EMMA.birthDate,
        dueDate: null,
        address: EMMA.address,
        phone: '',
        email: '',
        interpreterNeeded: false,
        interpreterLanguage: '',
        relations: [],
      }),
    ).toBe('CASE_ANONYMISED');
    // A new case on the anonymous person would tie new data to the old one.
    expect(
      await code('cases.create', {
        receivedDate: '2026-07-01',
        channel: 'oral',
        appliedBy: 'person',
        rightsRequested: ['koordinator'],
        personId: person.id,
      }),
    ).toBe('CASE_ANONYMISED');
    // Kari, the coordinator the register was built with, is the first in the pool.
    const kari = 1;
    expect(
      await code('appointments.appoint', {
        caseId: r.emmaCase,
        coordinatorId: kari,
        role: 'koordinator',
        startDate: '2026-07-01',
        familyWish: 'noWish',
      }),
    ).toBe('CASE_ANONYMISED');
    expect(
      await code('plans.saveGoal', {
        caseId: r.emmaCase,
        goal: { text: EMMA.goal, area: 'kindergartenSchool', status: 'inProgress' },
      }),
    ).toBe('CASE_ANONYMISED');
    // The plan page is told, so it shows the case's notice and offers nothing to change.
    expect(await r.core.ok('plans.get', { caseId: r.emmaCase })).toMatchObject({
      caseClosed: true,
      anonymisedAt: record.anonymisedAt,
    });
    expect(record.anonymisedAt).toMatch(/^2026-07-01T/);
    const decision = record.steps.find((s) => s.kind === 'decision')!;
    expect(
      await code('letters.record', {
        caseId: r.emmaCase,
        kind: 'decision',
        decisionId: decision.id,
        date: '2026-07-01',
        text: EMMA.letter,
      }),
    ).toBe('CASE_ANONYMISED');
    for (const form of [`transition:saker/${r.emmaCase}/overgang`, `goal:planer/${r.emmaCase}?mal=1`])
      expect(await code('drafts.save', { form, data: { note: EMMA.closingNote } })).toBe('CASE_ANONYMISED');

    // Nothing of it was written.
    const after = await r.core.ok('cases.get', { id: r.emmaCase });
    expect(JSON.stringify(after.record)).toBe(JSON.stringify(record));
    expect(after.person).toEqual(person);
    expect(JSON.stringify(after)).not.toContain('Emma');
  });

  it('leaves the live case of the same person as it was: only the split-off person is refused', async () => {
    const r = await retentionRegister(clock);
    clock.now = new Date('2026-08-01T08:00:00');
    await apply(r.core, [r.jonasOld]);
    const old = await r.core.ok('cases.get', { id: r.jonasOld });
    const live = await r.core.ok('cases.get', { id: r.jonasNew });
    const fields = (p: typeof live.person) => ({
      id: p.id,
      name: p.name,
      nationalId: p.nationalId,
      birthDate: p.birthDate,
      dueDate: p.dueDate,
      address: 'Ny adresse 1',
      phone: p.phone,
      email: p.email,
      interpreterNeeded: p.interpreterNeeded,
      interpreterLanguage: p.interpreterLanguage,
      relations: [],
    });
    expect((await r.core.fails('persons.update', fields(old.person) as never)).code).toBe('CASE_ANONYMISED');
    expect((await r.core.ok('persons.update', fields(live.person) as never)).address).toBe('Ny adresse 1');
    await r.core.ok('cases.recordStep', {
      caseId: r.jonasNew,
      step: { kind: 'mapping', date: '2026-08-01', form: 'phone' },
    } as never);
    await r.core.ok('drafts.save', { form: `mapping:saker/${r.jonasNew}/kartlegging`, data: { a: 1 } });
  });
});
