/** Error codes that cross the bridge. Each has a message in shared/i18n (`errors.<code>`). */
export const errorCodes = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'WRONG_PASSWORD',
  'WRONG_RECOVERY_CODE',
  'NOT_FOUND',
  'CONFLICT',
  'NOT_SET_UP',
  'ALREADY_SET_UP',
  'REGISTER_TOO_NEW',
  'KEY_FILE_DAMAGED',
  'LAST_ADMIN',
  'DATA_FOLDER_ON_NETWORK',
  'CASE_CLOSED',
  /** Retention: the case (or the person of only anonymised cases) was anonymised; nothing may change. */
  'CASE_ANONYMISED',
  'DATABASE_DAMAGED',
  /** A workflow step stored in the register does not read as its kind (see cases/stepReader.ts). */
  'STEP_DAMAGED',
  'DATABASE_MISSING',
  'KEY_FILE_MISSING',
  'KEY_FILE_STALE',
  'USER_LOCKED',
  'TOO_MANY_ATTEMPTS',
  'BACKUP_INVALID',
  'BACKUP_TOO_NEW',
  'BACKUP_FAILED',
  'REGISTER_EXISTS',
  'RECOVERY_SLOT_OUTDATED',
  'TOO_LARGE',
  'IMPORT_REFUSED',
  /** Retention: a case sent is no longer a closed case past its time (or is gone). */
  'RETENTION_NOT_EXPIRED',
  /** Archive copy: the record's ticket is unknown, used, expired, of another case or session. */
  'ARCHIVE_NOT_MADE',
  'UNKNOWN_CHANNEL',
  /** Desktop only: the app is quitting (or Windows is shutting down); the register has closed. */
  'APP_CLOSING',
  /** Browser host only: the address or the call lacks the host's token (or has an old one). */
  'HOST_TOKEN_INVALID',
  /** Browser host only: nothing answers at the address (the demo stopped or moved). */
  'HOST_UNREACHABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** What crosses the bridge when a call fails: never a stack trace. */
export interface ApiErrorShape {
  code: ErrorCode;
  /** Norwegian (bokmål) text for a human. */
  message: string;
  /** For VALIDATION: field path -> translation key of the problem, shown next to the field. */
  fields?: Record<string, string>;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: ApiErrorShape };
