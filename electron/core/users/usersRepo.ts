import type { Role } from '@shared/api/channel';
import type { SessionUser } from '@shared/api/session';
import type { UserRow } from '@shared/api/users';

import type { Db } from '../storage/database';

interface Stored {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  active: number;
  created_at: string;
  last_login_at: string | null;
}

/** A user as stored; whether it is locked is kept outside the register (session/loginThrottle). */
export type UserRecord = Omit<UserRow, 'locked'>;

const toRow = (r: Stored): UserRecord => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: r.role,
  active: r.active === 1,
  createdAt: r.created_at,
  lastLoginAt: r.last_login_at,
});

export const toSessionUser = (u: UserRecord): SessionUser => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  role: u.role,
});

export function listUsers(db: Db): UserRecord[] {
  return (db.prepare('SELECT * FROM users ORDER BY display_name COLLATE NOCASE').all() as Stored[]).map(
    toRow,
  );
}

export function findUserByName(db: Db, username: string): UserRecord | undefined {
  const r = db.prepare('SELECT * FROM users WHERE username = ?').get(username) as Stored | undefined;
  return r && toRow(r);
}

export function findUser(db: Db, id: number): UserRecord | undefined {
  const r = db.prepare('SELECT * FROM users WHERE id = ?').get(id) as Stored | undefined;
  return r && toRow(r);
}

export function insertUser(
  db: Db,
  u: { username: string; displayName: string; role: Role },
  at: string,
): UserRecord {
  const { lastInsertRowid } = db
    .prepare(
      'INSERT INTO users (username, display_name, role, active, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)',
    )
    .run(u.username, u.displayName, u.role, at, at);
  return findUser(db, Number(lastInsertRowid))!;
}

export function countActiveAdmins(db: Db): number {
  return (
    db.prepare("SELECT count(*) AS n FROM users WHERE role = 'admin' AND active = 1").get() as { n: number }
  ).n;
}
