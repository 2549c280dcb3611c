import type { Db } from '../storage/database';

/** One schema version: applied once, in one transaction with its `user_version` bump. */
export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}
