import { session, type Ctx } from '../context';
import { getSetting } from '../settings/settingsRepo';
import type { AuditHead } from '../storage/keyFile';
import { registerPaths } from '../storage/paths';
import { readBackupHead } from './backupFile';
import { listBackups } from './backupFolders';

/**
 * The audit heads recorded in the newest backup of this register in each place: anchors outside
 * the database and outside the key file, so a log cut together with the key file's anchor still
 * shows (`audit.verify`).
 */
export function backupAnchors(ctx: Ctx): AuditHead[] {
  const { db, keyFile } = session(ctx);
  const { secondFolder } = getSetting(db, 'backup.settings');
  const places = [listBackups(registerPaths(ctx.config.dataDir).backups, 'local', keyFile.registerId)];
  if (secondFolder) places.push(listBackups(secondFolder, 'second', keyFile.registerId));
  return places.flatMap((files) => {
    const head = files[0] && readBackupHead(files[0].file);
    return head ? [{ ...head.manifest.auditHead, at: head.manifest.createdAt }] : [];
  });
}
