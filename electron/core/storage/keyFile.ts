import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { CoreError } from '../errors';
import { writeFileAtomic } from './atomicWrite';

const kdfSchema = z.object({
  name: z.literal('scrypt'),
  N: z.number().int().positive(),
  r: z.number().int().positive(),
  p: z.number().int().positive(),
  salt: z.string(),
});

const slotSchema = z.object({
  id: z.string(),
  kind: z.enum(['user', 'recovery']),
  /** sha256(registerId:username): finds a user's slot without the name in plain text. */
  lookup: z.string().optional(),
  kdf: kdfSchema,
  iv: z.string(),
  tag: z.string(),
  ct: z.string(),
});

const keyFileSchema = z.object({
  format: z.literal('samordna-keys'),
  version: z.literal(1),
  registerId: z.string(),
  demo: z.boolean(),
  /** The municipality's name, shown on the login screen before anything is decrypted. */
  label: z.string(),
  slots: z.array(slotSchema),
});

export type KeySlot = z.infer<typeof slotSchema>;
export type KdfParams = z.infer<typeof kdfSchema>;
export type KeyFile = z.infer<typeof keyFileSchema>;

/** The key file, or null when there is none (a register not set up). */
export function readKeyFile(file: string): KeyFile | null {
  if (!existsSync(file)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new CoreError('KEY_FILE_DAMAGED');
  }
  const result = keyFileSchema.safeParse(parsed);
  if (!result.success) throw new CoreError('KEY_FILE_DAMAGED');
  return result.data;
}

export function writeKeyFile(file: string, keyFile: KeyFile): void {
  writeFileAtomic(file, JSON.stringify(keyFile, null, 2));
}
