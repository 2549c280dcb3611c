import { describe, expect, it } from 'vitest';

import type { ChannelName } from '@shared/api/index';
import { placeholderPath } from '@shared/api/letters';

import { ADMIN } from '../harness';
import { expectNothingWritten, letterFingerprint, letterRegister } from './letterRegister';

/** A PNG's first bytes and a JPEG's, padded to `size` bytes, as a data URL of the given type. */
function imageUrl(kind: 'png' | 'jpeg' | 'gif', size: number, declared = kind) {
  const head = {
    png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    jpeg: [0xff, 0xd8, 0xff, 0xe0],
    gif: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61],
  }[kind];
  const bytes = Buffer.alloc(size, 0);
  Buffer.from(head).copy(bytes);
  return `data:image/${declared};base64,${bytes.toString('base64')}`;
}

describe('letters: what core refuses', () => {
  it('refuses a template with a placeholder it does not know, naming it, and saves nothing', async () => {
    const { core } = await letterRegister();
    const settings = await core.ok('letters.settings', {});
    await expectNothingWritten(core, async () => {
      const error = await core.fails('letters.updateSettings', {
        ...settings,
        templates: {
          interimReply: `${settings.templates.interimReply}\n{navnn}`,
          // {utfall} is a decision's: an interim reply has none.
          decision: `${settings.templates.decision}\n{utfall} {klagefrist}`,
        },
      });
      expect(error.code).toBe('VALIDATION');
      expect(error.fields).toEqual({
        [placeholderPath('interimReply', 'navnn')]: 'validation.placeholderUnknown',
      });
      const interimWithDecisionWord = await core.fails('letters.updateSettings', {
        ...settings,
        templates: { ...settings.templates, interimReply: 'Svar {utfall}' },
      });
      expect(interimWithDecisionWord.fields).toEqual({
        [placeholderPath('interimReply', 'utfall')]: 'validation.placeholderUnknown',
      });
      // A space typed inside the braces does not let a misspelt name through unfilled.
      const spaced = await core.fails('letters.updateSettings', {
        ...settings,
        templates: { ...settings.templates, interimReply: 'Hei { navnn }' },
      });
      expect(spaced.fields).toEqual({
        [placeholderPath('interimReply', 'navnn')]: 'validation.placeholderUnknown',
      });
    });
  });

  it('takes a PNG or JPEG logo of at most 200 KB, told by its bytes, and refuses anything else', async () => {
    const { core } = await letterRegister();
    const settings = await core.ok('letters.settings', {});
    const saved = await core.ok('letters.updateSettings', {
      ...settings,
      logo: imageUrl('jpeg', 200 * 1024),
    });
    expect(saved.logo).toMatch(/^data:image\/jpeg;base64,\/9j\//);
    const refusals: [string, string][] = [
      [imageUrl('gif', 1000), 'validation.logoType'],
      // Called PNG, but the bytes are a GIF's: the name is not trusted.
      [imageUrl('gif', 1000, 'png'), 'validation.logoType'],
      // A real PNG sent as a JPEG.
      [imageUrl('png', 1000, 'jpeg'), 'validation.logoType'],
      [imageUrl('png', 200 * 1024 + 1), 'validation.logoTooLarge'],
      ['data:image/png;base64,not base64!', 'validation.logoType'],
      ['https://example.org/logo.png', 'validation.logoType'],
    ];
    await expectNothingWritten(core, async () => {
      for (const [logo, key] of refusals) {
        const error = await core.fails('letters.updateSettings', { ...settings, logo });
        expect(error.fields, logo.slice(0, 40)).toEqual({ logo: key });
      }
    });
    expect((await core.ok('letters.settings', {})).logo).toBe(saved.logo);
  });

  it("refuses another case's decision, a decision letter without one, and dates before the case", async () => {
    const { core, ids } = await letterRegister();
    const base = { caseId: ids.a, kind: 'decision' as const, date: '2027-03-01', text: 'Vedtak.' };
    await expectNothingWritten(core, async () => {
      for (const channel of ['letters.draft', 'letters.record'] as const) {
        const other = await core.fails(channel, { ...base, decisionId: ids.decisionB });
        expect(other.fields).toEqual({ decisionId: 'validation.decisionUnknown' });
        const none = await core.fails(channel, { ...base, decisionId: null });
        expect(none.fields).toEqual({ decisionId: 'validation.decisionUnknown' });
        const missing = await core.fails(channel, { ...base, caseId: 9999, decisionId: ids.decisionA });
        expect(missing.code).toBe('NOT_FOUND');
      }
      const early = await core.fails('letters.record', {
        ...base,
        decisionId: ids.decisionA,
        date: '2027-01-19',
      });
      expect(early.fields).toEqual({ date: 'validation.letterBeforeDecision' });
      const beforeCase = await core.fails('letters.record', {
        ...base,
        kind: 'interimReply',
        date: '2027-01-03',
      });
      expect(beforeCase.fields).toEqual({ date: 'validation.beforeReceived' });
      // An interim reply on a closed case is too late; the letter is not written.
      const closed = await core.fails('letters.record', { ...base, caseId: ids.b, kind: 'interimReply' });
      expect(closed.code).toBe('CASE_CLOSED');
      // The step's own rules: a sent date in the future is refused at the letter's date field.
      const future = await core.fails('letters.record', {
        ...base,
        kind: 'interimReply',
        date: '2027-03-05',
        interimReply: { reason: 'Venter.', expectedDate: '2027-04-01' },
      });
      expect(future.fields).toEqual({ date: 'validation.dateInFuture' });
      const expectedBefore = await core.fails('letters.record', {
        ...base,
        kind: 'interimReply',
        date: '2027-02-01',
        interimReply: { reason: 'Venter.', expectedDate: '2027-01-31' },
      });
      expect(expectedBefore.fields).toEqual({ 'interimReply.expectedDate': 'validation.expectedBeforeSent' });
    });
  });

  it('refuses a leder every letter call, before looking at the input, and a saksbehandler the settings', async () => {
    const { core, ids } = await letterRegister();
    const letter = await core.ok('letters.record', {
      caseId: ids.a,
      kind: 'decision',
      decisionId: ids.decisionA,
      date: '2027-03-01',
      text: 'Vedtak.',
    });
    const settings = await core.ok('letters.settings', {});
    await core.ok('users.create', {
      username: 'lise',
      displayName: 'Lise Leder',
      role: 'leder',
      password: 'lederpassord 2026',
    });
    await core.ok('users.create', {
      username: 'sara',
      displayName: 'Sara Saksbehandler',
      role: 'saksbehandler',
      password: 'mange saker hver dag',
    });
    await core.ok('session.logout', {});
    await core.ok('session.login', { username: 'lise', password: 'lederpassord 2026' });
    const before = await letterFingerprint(core);
    const calls: [ChannelName, unknown][] = [
      ['letters.settings', {}],
      ['letters.updateSettings', settings],
      ['letters.list', { caseId: ids.a }],
      ['letters.draft', { caseId: ids.a, kind: 'interimReply', date: '2027-03-01' }],
      ['letters.record', { caseId: ids.a, kind: 'interimReply', date: '2027-03-01', text: 'x' }],
      ['letters.print', { id: letter.id }],
      ['letters.record', { caseId: 'x' }],
    ];
    const codes = [];
    for (const [channel, input] of calls) {
      const result = await core.dispatch(channel, input);
      codes.push(result.ok ? 'ok' : result.error.code);
    }
    expect(codes).toEqual(calls.map(() => 'FORBIDDEN'));
    // Only the login and logout are new in the log.
    const after = JSON.parse(await letterFingerprint(core));
    const was = JSON.parse(before);
    expect(after.slice(0, 3)).toEqual(was.slice(0, 3));

    await core.ok('session.logout', {});
    await core.ok('session.login', { username: 'sara', password: 'mange saker hver dag' });
    const saksbehandler = await core.dispatch('letters.updateSettings', { ...settings, phone: '12345678' });
    expect(saksbehandler.ok ? 'ok' : saksbehandler.error.code).toBe('FORBIDDEN');
    // A saksbehandler writes and prints letters.
    expect((await core.ok('letters.print', { id: letter.id })).letter.text).toBe('Vedtak.');
    await core.ok('session.logout', {});
    await core.ok('session.login', { username: ADMIN.username, password: ADMIN.password });
  });
});
