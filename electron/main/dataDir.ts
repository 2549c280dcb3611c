import path from 'node:path';

/**
 * Where the encrypted register lives. On Windows it is %LOCALAPPDATA%\Samordna\data: the roaming
 * profile would copy a personal-data database to a file server at every log-off. Elsewhere it is
 * beside Electron's userData.
 */
export function dataDirFor(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
  userDataFallback: string,
): string {
  const localAppData = env.LOCALAPPDATA;
  if (platform === 'win32' && localAppData) return path.win32.join(localAppData, 'Samordna', 'data');
  if (platform === 'win32') return path.win32.join(userDataFallback, 'data');
  return path.join(userDataFallback, 'data');
}
