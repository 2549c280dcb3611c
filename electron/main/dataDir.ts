import path from 'node:path';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The app's own folder in the local (not roaming) profile: %LOCALAPPDATA%\Samordna on Windows,
 * Electron's userData elsewhere. The register (data), the preferences file and the error log
 * (logs) live here: the roaming profile would copy them to a file server at every log-off.
 */
export function localAppFolderFor(platform: NodeJS.Platform, env: Env, userDataFallback: string): string {
  const localAppData = env.LOCALAPPDATA;
  if (platform === 'win32' && localAppData) return path.win32.join(localAppData, 'Samordna');
  return userDataFallback;
}

/** Where the encrypted register lives by default: `data` in the local app folder. */
export function dataDirFor(platform: NodeJS.Platform, env: Env, userDataFallback: string): string {
  const pathOf = platform === 'win32' ? path.win32 : path;
  return pathOf.join(localAppFolderFor(platform, env, userDataFallback), 'data');
}

/** The error log's folder: `logs` in the local app folder. */
export function logDirFor(platform: NodeJS.Platform, env: Env, userDataFallback: string): string {
  const pathOf = platform === 'win32' ? path.win32 : path;
  return pathOf.join(localAppFolderFor(platform, env, userDataFallback), 'logs');
}

/** Why a folder cannot hold the live register (texts in desktop.*.json `dataFolder.reasons`). */
export type DataFolderRefusal = 'notAbsolute' | 'network' | 'oneDrive' | 'dropbox' | 'roaming';

/**
 * Windows paths compared as Windows does: separators as backslashes, `.` and `..` resolved, case
 * folded, the `\\?\` long-path prefix of a local drive removed, no trailing separator.
 */
function windowsKey(p: string): string {
  let s = p.replace(/\//g, '\\');
  if (/^\\\\[?.]\\[a-z]:\\/i.test(s)) s = s.slice(4);
  // A UNC root keeps its two leading backslashes through normalize.
  s = path.win32.normalize(s);
  if (s.length > 3 && s.endsWith('\\')) s = s.slice(0, -1);
  return s.toLowerCase();
}

/** Whether a Windows folder (as windowsKey) is the prefix folder or inside it. */
function isUnder(folderKey: string, prefix: string | undefined): boolean {
  if (!prefix || !/^[a-z]:[\\/]/i.test(prefix.trim())) return false;
  const base = windowsKey(prefix.trim());
  return folderKey === base || folderKey.startsWith(base.endsWith('\\') ? base : `${base}\\`);
}

/**
 * Whether a folder may hold the live register, or why not. SQLite's write-ahead log needs a local
 * disk that the owner alone writes: a network share (UNC path) does not give it reliably, and a
 * synchronised folder (OneDrive, Dropbox) or the roaming profile copies the database file while
 * it is written, which leaves conflicting or torn copies and puts personal data in a cloud or on a
 * file server. Backups may go to such places (the backup settings check them); the live register
 * may not. A mapped network drive letter (Z:) cannot be told from a local disk by its path.
 */
export function dataFolderRefusal(
  folder: string,
  platform: NodeJS.Platform,
  env: Env,
): DataFolderRefusal | null {
  const raw = folder.trim();
  if (platform !== 'win32') {
    if (!path.posix.isAbsolute(raw)) return 'notAbsolute';
    const key = (p: string) => path.posix.normalize(p).replace(/(.)\/+$/, '$1');
    const normalised = key(raw);
    const segments = normalised.toLowerCase().split('/');
    if (segments.some((s) => s.startsWith('onedrive'))) return 'oneDrive';
    if (segments.some((s) => s.startsWith('dropbox'))) return 'dropbox';
    if (/^\/\/[^/]/.test(raw)) return 'network';
    return null;
  }
  const forward = raw.replace(/\//g, '\\');
  // \\server\share, \\?\UNC\server\share, \\.\UNC\…, and any other device path that is not a drive.
  if (/^\\\\/.test(forward) && !/^\\\\[?.]\\[a-z]:\\/i.test(forward)) return 'network';
  if (!/^[a-z]:\\/i.test(forward) && !/^\\\\[?.]\\[a-z]:\\/i.test(forward)) return 'notAbsolute';
  const key = windowsKey(forward);
  const oneDriveRoots = [env.OneDrive, env.OneDriveCommercial, env.OneDriveConsumer];
  if (oneDriveRoots.some((root) => isUnder(key, root))) return 'oneDrive';
  const segments = key.split('\\');
  if (segments.some((s) => s.startsWith('onedrive'))) return 'oneDrive';
  if (segments.some((s) => s.startsWith('dropbox'))) return 'dropbox';
  if (isUnder(key, env.APPDATA)) return 'roaming';
  // The roaming profile by its name, when APPDATA is not set or points elsewhere.
  if (/\\appdata\\roaming(\\|$)/.test(key)) return 'roaming';
  return null;
}
