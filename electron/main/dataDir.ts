import os from 'node:os';
import path from 'node:path';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The app's own folder in the local (not roaming) profile: %LOCALAPPDATA%\Samordna on Windows
 * (AppData\Local in the user's home when the variable is not set: Electron's userData is the
 * roaming profile there, which the data folder check refuses), Electron's userData elsewhere. The
 * register (data), the preferences file and the error log (logs) live here: the roaming profile
 * would copy them to a file server at every log-off.
 */
export function localAppFolderFor(
  platform: NodeJS.Platform,
  env: Env,
  userDataFallback: string,
  homeDir: () => string = os.homedir,
): string {
  if (platform !== 'win32') return userDataFallback;
  const localAppData = env.LOCALAPPDATA?.trim() || path.win32.join(homeDir(), 'AppData', 'Local');
  return path.win32.join(localAppData, 'Samordna');
}

/** Where the encrypted register lives by default: `data` in the local app folder. */
export function dataDirFor(
  platform: NodeJS.Platform,
  env: Env,
  userDataFallback: string,
  homeDir?: () => string,
): string {
  const pathOf = platform === 'win32' ? path.win32 : path;
  return pathOf.join(localAppFolderFor(platform, env, userDataFallback, homeDir), 'data');
}

/** The error log's folder: `logs` in the local app folder. */
export function logDirFor(
  platform: NodeJS.Platform,
  env: Env,
  userDataFallback: string,
  homeDir?: () => string,
): string {
  const pathOf = platform === 'win32' ? path.win32 : path;
  return pathOf.join(localAppFolderFor(platform, env, userDataFallback, homeDir), 'logs');
}

/** Why a folder cannot hold the live register (texts in desktop.*.json `dataFolder.reasons`). */
export type DataFolderRefusal = 'notAbsolute' | 'shortName' | 'network' | 'oneDrive' | 'dropbox' | 'roaming';

/**
 * Windows paths compared as Windows does: separators as backslashes, trailing dots and spaces of
 * each name dropped (Win32 drops them: `Roaming.` is `Roaming`), `.` and `..` resolved, case
 * folded, the `\\?\` long-path prefix of a local drive removed, no trailing separator.
 */
function windowsKey(p: string): string {
  let s = p.replace(/\//g, '\\');
  if (/^\\\\[?.]\\[a-z]:\\/i.test(s)) s = s.slice(4);
  s = s
    .split('\\')
    .map((segment) => (segment === '.' || segment === '..' ? segment : segment.replace(/[. ]+$/, '')))
    .join('\\');
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
  // An 8.3 short name (ONEDRI~1) hides the folder's name from every check below.
  if (key.split('\\').some((segment) => /~\d/.test(segment))) return 'shortName';
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

/**
 * The folder with its existing part resolved by `realpath` (fs.realpathSync.native: junctions,
 * symbolic links and short names followed), the part not yet made joined on as written. A folder
 * that looks local may be a link into OneDrive or onto a share; the wiring checks both forms.
 */
export function resolvedFolder(
  folder: string,
  platform: NodeJS.Platform,
  realpath: (existing: string) => string,
): string {
  const pathOf = platform === 'win32' ? path.win32 : path.posix;
  // Only a full path: a relative one would be resolved against the working folder (and is refused).
  if (!pathOf.isAbsolute(folder.trim())) return folder;
  const rest: string[] = [];
  let current = pathOf.normalize(folder.trim());
  for (;;) {
    try {
      return pathOf.join(realpath(current), ...rest.reverse());
    } catch {
      const parent = pathOf.dirname(current);
      if (parent === current) return folder;
      rest.push(pathOf.basename(current));
      current = parent;
    }
  }
}
