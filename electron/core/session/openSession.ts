import type { SessionUser } from '@shared/api/session';

import type { Db } from '../storage/database';
import type { KeyFile } from '../storage/keyFile';

/** The open register of the one session: its database, its user, its key file and its key. */
export interface OpenSession {
  db: Db;
  user: SessionUser;
  keyFile: KeyFile;
  key: Buffer;
}
