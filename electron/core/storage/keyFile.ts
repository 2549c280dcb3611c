import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

import { z } from 'zod';

import { CoreError } from '../errors';
import { isAtomicTemp, writeFileAtomic } from './atomicWrite';

const kdfSchema = z.object({
  name: z.literal('scrypt'),
  N: z.number().int().positive(),
  r: z.number().int().positive(),
  p: z.number().int().positive(),
  salt: z.string(),
});

const sealedSchema = z.object({ epk: z.string(), iv: z.string(), tag: z.string(), ct: z.string() });

const slotSchema = z.object({
  id: z.string(),
  kind: z.enum(['user', 'recovery']),
  /** sha256(registerId:username): finds a user's slot without the name in plain text. */
  lookup: z.string().optional(),
  kdf: kdfSchema,
  /** The slot's private key (format 1: the database key) wrapped with the secret. */
  iv: z.string(),
  tag: z.string(),
  ct: z.string(),
  /** Format 2: the slot's X25519 public key and the database key sealed to it. */
  publicKey: z.string().optional(),
  sealed: sealedSchema.optional(),
  /** During a re-key: the new database key sealed to the same public key. */
  next: sealedSchema.optional(),
});

/** The audit log's newest row when the key file was written: cutting the log shows against it. */
const auditHeadSchema = z.object({ count: z.number().int().min(0), hash: z.string(), at: z.string() });

/** The last change of who can unlock, so a crash before its audit row is found at the next login. */
const keyChangeSchema = z.object({
  serial: z.number().int().min(0),
  action: z.string(),
  entityId: z.string().nullable(),
  at: z.string(),
});

const keyFileSchema = z.object({
  format: z.literal('samordna-keys'),
  version: z.union([z.literal(1), z.literal(2)]),
  registerId: z.string(),
  demo: z.boolean(),
  /** The municipality's name, shown on the login screen before anything is decrypted. */
  label: z.string(),
  /** Counts every write; of two valid copies the higher is the newer. */
  written: z.number().int().min(0).default(0),
  /** Which database key the slots hold (keyCheck); a re-key changes it. */
  keyCheck: z.string().optional(),
  /** Set while a re-key is under way: the check of the new key. */
  rekeyTo: z.string().optional(),
  keyChange: keyChangeSchema.optional(),
  anchor: auditHeadSchema.optional(),
  slots: z.array(slotSchema),
});

export type KeySlot = z.infer<typeof slotSchema>;
export type Sealed = z.infer<typeof sealedSchema>;
export type KdfParams = z.infer<typeof kdfSchema>;
export type KeyFile = z.infer<typeof keyFileSchema>;
export type AuditHead = z.infer<typeof auditHeadSchema>;

/** The copy beside the key file: one damaged or deleted file never loses the register. */
export const keyCopyPath = (file: string) => `${file}.copy`;

type Read = { state: 'ok'; keyFile: KeyFile } | { state: 'missing' } | { state: 'damaged' };

function readOne(file: string): Read {
  if (!existsSync(file)) return { state: 'missing' };
  try {
    const result = keyFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return result.success ? { state: 'ok', keyFile: result.data } : { state: 'damaged' };
  } catch {
    return { state: 'damaged' };
  }
}

/** Parses a key file's text (from a backup); null when it is not one. */
export function parseKeyFile(text: string): KeyFile | null {
  try {
    const result = keyFileSchema.safeParse(JSON.parse(text));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

/**
 * The readable ones of the key file and its copy, newer first, each once. A file damaged in a way
 * that still parses (a changed character in a slot) is only found out when its slot does not
 * unwrap; then the other one is tried (session/register.ts).
 */
export function readKeyFiles(file: string): KeyFile[] {
  const good = [readOne(file), readOne(keyCopyPath(file))].flatMap((r) =>
    r.state === 'ok' ? [r.keyFile] : [],
  );
  good.sort((a, b) => b.written - a.written);
  return good.filter((k, i) => i === 0 || JSON.stringify(k) !== JSON.stringify(good[0]));
}

/**
 * The key file, from whichever of the file and its copy is readable (the newer of two), or null
 * when neither exists. Both present and unreadable: KEY_FILE_DAMAGED.
 */
export function readKeyFile(file: string): KeyFile | null {
  const reads = [readOne(file), readOne(keyCopyPath(file))];
  const good = reads.flatMap((r) => (r.state === 'ok' ? [r.keyFile] : []));
  if (good.length) return good.reduce((a, b) => (b.written > a.written ? b : a));
  if (reads.every((r) => r.state === 'missing')) return null;
  throw new CoreError('KEY_FILE_DAMAGED');
}

/**
 * Writes the key file and then its copy, each atomically: at every moment at least one of them
 * is whole, and the newer one wins when they differ (`written`).
 */
export function writeKeyFile(file: string, keyFile: KeyFile): KeyFile {
  const next: KeyFile = { ...keyFile, version: 2, written: keyFile.written + 1 };
  const text = JSON.stringify(next, null, 2);
  writeFileAtomic(file, text);
  writeFileAtomic(keyCopyPath(file), text);
  return next;
}

/**
 * Removes what an interrupted write left in the data folder (at start): temp files of atomic
 * writes, and the unpacking folder of a stopped restore (the register itself was not touched yet).
 */
export function removeLeftoverTemps(folder: string): void {
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    if (isAtomicTemp(name) || name.startsWith('.restore-'))
      rmSync(path.join(folder, name), { recursive: true, force: true });
  }
}
