import { describe, expect, it } from 'vitest';
import { DRAFT_MAX_CHARS } from '../../../shared/api/drafts';
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
      password: 'saksbehandler 2027',
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
    await again.ok('session.login', { username: 'siri', password: 'saksbehandler 2027' });
    expect(await again.ok('drafts.get', { form: 'newCase' })).toBeNull();
    await again.ok('session.logout', {});

    await again.ok('session.login', { username: ADMIN.username, password: ADMIN.password });
    await again.ok('drafts.discard', { form: 'newCase' });
    expect(await again.ok('drafts.get', { form: 'newCase' })).toBeNull();
  });

  it('refuses an unknown form and an oversized draft, and deletes the drafts of a deactivated user', async () => {
    const { core } = await setUpCore({ now });
    expect((await core.fails('drafts.save', { form: 'letters', data: {} })).code).toBe('VALIDATION');
    const huge = { text: 'x'.repeat(DRAFT_MAX_CHARS) };
    expect((await core.fails('drafts.save', { form: 'newCase', data: huge })).code).toBe('VALIDATION');
    expect((await core.fails('drafts.save', { form: 'newCase', data: 'text' })).code).toBe('VALIDATION');
    expect(await core.ok('drafts.get', { form: 'newCase' })).toBeNull();

    const siri = await core.ok('users.create', {
      username: 'siri',
      displayName: 'Siri Saksbehandler',
      role: 'saksbehandler',
      password: 'saksbehandler 2027',
    });
    await core.ok('session.logout', {});
    await core.ok('session.login', { username: 'siri', password: 'saksbehandler 2027' });
    await core.ok('drafts.save', { form: 'newCase', data: typed });
    await core.ok('session.logout', {});
    await core.ok('session.login', { username: ADMIN.username, password: ADMIN.password });
    await core.ok('users.deactivate', { userId: siri.id });
    // Siri can no longer log in to ask: look in the database itself, with the administrator's key.
    const left = await withRawDb(core.dataDir, (db) => db.prepare('SELECT count(*) AS n FROM drafts').get());
    expect(left).toEqual({ n: 0 });
  });
});
