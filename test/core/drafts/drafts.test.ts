import { describe, expect, it } from 'vitest';

import { DRAFT_KEY_MAX, DRAFT_MAX_CHARS, DRAFT_MAX_DEPTH } from '@shared/api/drafts';

import { ADMIN, newCore, setUpCore, withRawDb } from '../harness';

const now = () => new Date('2027-03-01T10:00:00Z');
const typed = { receivedDate: '01.03.2027', person: { name: 'Emma Testrud', nationalId: '170519' } };

describe('drafts of unfinished forms', () => {
  it('keeps what was typed across a lock and a restart, for the user who typed it only', async () => {
    const { core } = await setUpCore({ now });
    await core.ok('users.create', {
      username: 'siri',
      displayName: 'Siri Saksbehandler',
      role: 'saksbehandler',
      password: 'mange saker hver uke',
    });
    expect(await core.ok('drafts.get', { form: 'newCase' })).toBeNull();
    expect(await core.ok('drafts.save', { form: 'newCase', data: typed })).toEqual({
      savedAt: '2027-03-01T10:00:00.000Z',
    });

    // The app is closed and opened again: a new core on the same folder.
    core.close();
    const again = newCore({ dataDir: core.dataDir, now });
    await again.ok('session.login', { username: ADMIN.username, password: ADMIN.password });
    expect(await again.ok('drafts.get', { form: 'newCase' })).toEqual({
      data: typed,
      savedAt: '2027-03-01T10:00:00.000Z',
    });

    // A colleague on the same PC sees no draft of someone else's.
    await again.ok('session.logout', {});
    await again.ok('session.login', { username: 'siri', password: 'mange saker hver uke' });
    expect(await again.ok('drafts.get', { form: 'newCase' })).toBeNull();
    await again.ok('session.logout', {});

    await again.ok('session.login', { username: ADMIN.username, password: ADMIN.password });
    await again.ok('drafts.discard', { form: 'newCase' });
    expect(await again.ok('drafts.get', { form: 'newCase' })).toBeNull();
  });

  it('keeps one draft per form and page, named by a plain key', async () => {
    const { core } = await setUpCore({ now });
    const appeal = 'appeal:saker/12/klage/45';
    const decision = 'decision:saker/12/vedtak?rett=individuellPlan';
    await core.ok('drafts.save', { form: appeal, data: { receivedDate: '01.03.2027' } });
    await core.ok('drafts.save', { form: decision, data: { reasons: 'Vilkårene er oppfylt.' } });
    expect((await core.ok('drafts.get', { form: appeal }))?.data).toEqual({ receivedDate: '01.03.2027' });
    await core.ok('drafts.discard', { form: appeal });
    expect(await core.ok('drafts.get', { form: appeal })).toBeNull();
    expect((await core.ok('drafts.get', { form: decision }))?.data).toEqual({
      reasons: 'Vilkårene er oppfylt.',
    });

    for (const form of [
      '',
      'x'.repeat(DRAFT_KEY_MAX + 1),
      'person saker',
      'a\u0000b',
      '<script>',
      42,
      null,
    ]) {
      const error = await core.fails('drafts.save', { form, data: {} });
      expect(error.code, String(form)).toBe('VALIDATION');
    }
  });

  it('refuses hostile nesting as a validation error, not a crash', async () => {
    const { core } = await setUpCore({ now });
    // Deeper than any form, and deep enough to overflow JSON.stringify's recursion.
    for (const depth of [DRAFT_MAX_DEPTH + 1, 10_000, 200_000]) {
      const arrays = JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`) as unknown;
      let objects: unknown = {};
      for (let i = 0; i < depth; i++) objects = { a: objects };
      for (const data of [{ rows: arrays }, objects]) {
        const error = await core.fails('drafts.save', { form: 'newCase', data });
        expect(error, `depth ${depth}`).toMatchObject({
          code: 'VALIDATION',
          fields: { data: 'validation.tooLong' },
        });
      }
    }
    // A form's own shape (a list of rows of fields) is well within the limit.
    const rows = { person: { relations: [{ name: 'Kari', address: { line: 'Storgata 1' } }] } };
    await core.ok('drafts.save', { form: 'newCase', data: rows });
    // Many small values count as much as their JSON.
    const wide = { ids: Array.from({ length: DRAFT_MAX_CHARS }, () => 1) };
    expect((await core.fails('drafts.save', { form: 'newCase', data: wide })).code).toBe('VALIDATION');
  });

  it('refuses an oversized draft, and deletes the drafts of a deactivated user', async () => {
    const { core } = await setUpCore({ now });
    const huge = { text: 'x'.repeat(DRAFT_MAX_CHARS) };
    expect((await core.fails('drafts.save', { form: 'newCase', data: huge })).code).toBe('VALIDATION');
    expect((await core.fails('drafts.save', { form: 'newCase', data: 'text' })).code).toBe('VALIDATION');
    expect(await core.ok('drafts.get', { form: 'newCase' })).toBeNull();

    const siri = await core.ok('users.create', {
      username: 'siri',
      displayName: 'Siri Saksbehandler',
      role: 'saksbehandler',
      password: 'mange saker hver uke',
    });
    await core.ok('session.logout', {});
    await core.ok('session.login', { username: 'siri', password: 'mange saker hver uke' });
    await core.ok('drafts.save', { form: 'newCase', data: typed });
    await core.ok('session.logout', {});
    await core.ok('session.login', { username: ADMIN.username, password: ADMIN.password });
    await core.ok('users.deactivate', { userId: siri.id });
    // Siri can no longer log in to ask: look in the database itself, with the administrator's key.
    const left = await withRawDb(core.dataDir, (db) => db.prepare('SELECT count(*) AS n FROM drafts').get());
    expect(left).toEqual({ n: 0 });
  });
});
