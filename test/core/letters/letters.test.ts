import { describe, expect, it } from 'vitest';

import { auditSince, lastAuditId, letterRegister } from './letterRegister';

describe('letters from the templates', () => {
  it('fills a decision letter from the case, the decision, the deadline rules and the letterhead', async () => {
    const { core, ids } = await letterRegister();
    const draft = await core.ok('letters.draft', {
      caseId: ids.a,
      kind: 'decision',
      decisionId: ids.decisionA,
      date: '2027-03-01',
    });
    expect(draft).toMatchObject({
      caseNumber: expect.stringMatching(/^2027-/),
      personName: 'Jonas Demoli',
      kind: 'decision',
      decision: { id: ids.decisionA, right: 'barnekoordinator', outcome: 'granted' },
      // Four weeks from the day the family was told (22 January): 19 February, a Friday.
      appealDeadline: '2027-02-19',
      caseClosed: false,
    });
    const text = draft.text;
    // A child's letter goes to those with parental responsibility, at the first address given.
    expect(text.startsWith('Mona Demoli og Per Demoli\nElvegata 2\n1870 Ørje\n')).toBe(true);
    for (const expected of [
      'Vedtak om barnekoordinator – Jonas Demoli',
      'som vi mottok 04.01.2027',
      'Marker kommune har behandlet saken, og har 20.01.2027 fattet dette vedtaket',
      'Søknaden om barnekoordinator er innvilget.',
      'Familien har behov for langvarige og koordinerte tjenester.',
      // No legal basis typed on the decision: the one the settings give for the right.
      'Vedtaket er fattet etter pasient- og brukerrettighetsloven § 2-5 c og helse- og omsorgstjenesteloven § 7-2 a.',
      'Klagen må være sendt senest 19.02.2027, jf. pasient- og brukerrettighetsloven § 7-5.',
      'sender vi klagen videre til Statsforvalteren i Østfold, Buskerud, Oslo og Akershus, som avgjør saken',
      `Oppgi saksnummer ${draft.caseNumber}.`,
      'Kari Nordmann\nKoordinerende enhet, Marker kommune',
    ])
      expect(text).toContain(expected);
    expect(text).not.toMatch(/\{[^{}\s]+\}/);
  });

  it('runs the appeal deadline from the letter when the family has not been told yet', async () => {
    const { core, ids } = await letterRegister();
    // Case B is closed: a decision letter may still be written and recorded.
    const draft = await core.ok('letters.draft', {
      caseId: ids.b,
      kind: 'decision',
      decisionId: ids.decisionB,
      date: '2027-03-01',
    });
    // 1 March + four weeks = 29 March 2027, Easter Monday: the deadline moves to Tuesday 30 March.
    expect(draft.appealDeadline).toBe('2027-03-30');
    expect(draft.caseClosed).toBe(true);
    // An adult gets the letter at their own address; the legal basis typed on the decision is used.
    expect(draft.text.startsWith('Emma Demoli\nStorgata 1\n1870 Ørje\n')).toBe(true);
    expect(draft.text).toContain('Søknaden om individuell plan er avslått.');
    expect(draft.text).toContain('Vedtaket er fattet etter pasient- og brukerrettighetsloven § 2-5.');
    expect(draft.text).toContain('Klagen må være sendt senest 30.03.2027');
    const letter = await core.ok('letters.record', {
      caseId: ids.b,
      kind: 'decision',
      decisionId: ids.decisionB,
      date: '2027-03-01',
      text: draft.text,
    });
    expect(letter).toMatchObject({ kind: 'decision', decisionId: ids.decisionB, right: 'individuellPlan' });
  });

  it('fills an interim reply with the rights asked for, an expected date and the reason given', async () => {
    const { core, ids } = await letterRegister();
    const plain = await core.ok('letters.draft', { caseId: ids.a, kind: 'interimReply', date: '2027-02-01' });
    // No reply recorded yet: one more month from the letter's date, and no reason until one is typed.
    expect(plain).toMatchObject({ expectedDate: '2027-03-01', reason: '', interimReplyRecorded: false });
    const draft = await core.ok('letters.draft', {
      caseId: ids.a,
      kind: 'interimReply',
      date: '2027-02-01',
      expectedDate: '2027-03-15',
      reason: 'Vi venter på uttalelse fra fastlegen.',
    });
    for (const expected of [
      'Foreløpig svar på søknaden om individuell plan og barnekoordinator – Jonas Demoli',
      'Vi har ikke kunnet avgjøre saken ennå. Vi venter på uttalelse fra fastlegen.',
      'svar innen 15.03.2027',
      'jf. forvaltningsloven § 11 a.',
    ])
      expect(draft.text).toContain(expected);
  });

  it('records a letter with its edits, lists it, prints it, and logs each as done on the case', async () => {
    const { core, ids } = await letterRegister();
    const draft = await core.ok('letters.draft', {
      caseId: ids.a,
      kind: 'decision',
      decisionId: ids.decisionA,
      date: '2027-03-01',
    });
    const mark = await lastAuditId(core);
    const edited = `${draft.text}\n\nPS: Ring oss gjerne.`;
    const letter = await core.ok('letters.record', {
      caseId: ids.a,
      kind: 'decision',
      decisionId: ids.decisionA,
      date: '2027-03-01',
      text: edited,
    });
    expect(letter).toMatchObject({
      caseId: ids.a,
      kind: 'decision',
      decisionId: ids.decisionA,
      right: 'barnekoordinator',
      date: '2027-03-01',
      text: edited,
      createdBy: 'kari.admin',
    });
    expect(await core.ok('letters.list', { caseId: ids.a })).toEqual([
      {
        id: letter.id,
        caseId: ids.a,
        kind: 'decision',
        decisionId: ids.decisionA,
        right: 'barnekoordinator',
        date: '2027-03-01',
        createdBy: 'kari.admin',
        createdAt: letter.createdAt,
      },
    ]);
    const printed = await core.ok('letters.print', { id: letter.id });
    expect(printed).toMatchObject({
      letter: { id: letter.id, text: edited },
      personName: 'Jonas Demoli',
      municipalityName: 'Marker kommune',
      letterhead: { address: 'Postboks 114\n1870 Ørje', phone: '69 81 05 00', logo: null },
    });
    expect(printed.letterhead).not.toHaveProperty('templates');
    const personId = (await core.ok('cases.get', { id: ids.a })).person.id;
    expect(
      (await auditSince(core, mark)).filter((r) => r.action !== 'read' || r.fields.includes('letters')),
    ).toEqual([
      {
        action: 'letter_create',
        entity: 'case',
        entityId: String(ids.a),
        fields: [`letter:${letter.id}`, 'decision', `decision:${ids.decisionA}`, 'date', 'text'],
      },
      { action: 'read', entity: 'case', entityId: String(ids.a), fields: ['letters', `person:${personId}`] },
      {
        action: 'print',
        entity: 'case',
        entityId: String(ids.a),
        fields: [`letter:${letter.id}`, `person:${personId}`],
      },
    ]);
  });

  it('records the decision as notified on the letter date, in the same call, when asked', async () => {
    const { core } = await letterRegister();
    const open = await core.ok('cases.create', {
      receivedDate: '2027-01-04',
      channel: 'oral',
      appliedBy: 'person',
      rightsRequested: ['koordinator'],
      person: { name: 'Kari Ventesen', birthDate: '1975-05-05', address: 'Torget 3\n1870 Ørje' },
    });
    const decided = await core.ok('cases.recordStep', {
      caseId: open.record.id,
      step: { kind: 'decision', right: 'koordinator', outcome: 'refused', decisionDate: '2027-02-20' },
    });
    const decisionId = decided.record.steps.find((s) => s.kind === 'decision')!.id;
    const draft = await core.ok('letters.draft', {
      caseId: open.record.id,
      kind: 'decision',
      decisionId,
      date: '2027-02-26',
    });
    const mark = await lastAuditId(core);
    await core.ok('letters.record', {
      caseId: open.record.id,
      kind: 'decision',
      decisionId,
      date: '2027-02-26',
      text: draft.text,
      markNotified: true,
    });
    expect((await auditSince(core, mark)).map((r) => [r.action, r.fields[0]])).toEqual([
      ['step_update', `decision:${decisionId}`],
      ['letter_create', expect.stringMatching(/^letter:/)],
    ]);
    const after = await core.ok('cases.get', { id: open.record.id });
    expect(after.record.steps.find((s) => s.id === decisionId)).toMatchObject({ notifiedDate: '2027-02-26' });
    // The deadline the letter states now runs on the case too: 26 Feb + four weeks is Good
    // Friday 26 March; after Easter the first working day is Tuesday 30 March.
    expect(draft.appealDeadline).toBe('2027-03-30');
    expect(after.overview.deadlines.find((d) => d.kind === 'appeal')).toMatchObject({
      dueDate: '2027-03-30',
    });
  });

  it('records the interim reply step with the letter, in one call, when asked', async () => {
    const { core, ids } = await letterRegister();
    const mark = await lastAuditId(core);
    const letter = await core.ok('letters.record', {
      caseId: ids.a,
      kind: 'interimReply',
      date: '2027-02-01',
      text: 'Foreløpig svar.',
      interimReply: { reason: 'Vi venter på uttalelse.', expectedDate: '2027-03-15' },
    });
    const detail = await core.ok('cases.get', { id: ids.a });
    const step = detail.record.steps.find((s) => s.kind === 'interimReply');
    expect(step).toMatchObject({
      sentDate: '2027-02-01',
      reason: 'Vi venter på uttalelse.',
      expectedDate: '2027-03-15',
      recordedBy: 'kari.admin',
    });
    // Sent within the month: the case's interim reply deadline is met.
    expect(detail.overview.deadlines.find((d) => d.kind === 'interimReply')?.state).toBe('met');
    const written = (await auditSince(core, mark)).filter((r) => r.action !== 'read');
    expect(written).toEqual([
      {
        action: 'step_create',
        entity: 'case',
        entityId: String(ids.a),
        fields: [`interimReply:${step!.id}`, 'sentDate', 'reason', 'expectedDate'],
      },
      {
        action: 'letter_create',
        entity: 'case',
        entityId: String(ids.a),
        fields: [`letter:${letter.id}`, 'interimReply', 'date', 'text'],
      },
    ]);
    // A second draft knows the reply recorded and offers its date and reason.
    expect(
      await core.ok('letters.draft', { caseId: ids.a, kind: 'interimReply', date: '2027-02-02' }),
    ).toMatchObject({
      interimReplyRecorded: true,
      expectedDate: '2027-03-15',
      reason: 'Vi venter på uttalelse.',
    });
  });
});
