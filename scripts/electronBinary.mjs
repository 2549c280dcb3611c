import path from 'node:path';

/** The one line `npm start` prints where Electron cannot run; never a stack trace. */
export const MISSING_ELECTRON_MESSAGE =
  'Samordna kan ikke startes her: Electron-programfilen mangler og kan ikke lastes ned på denne maskinen. ' +
  'Bruk «npm run demo» for å kjøre Samordna i nettleseren.';

/**
 * Where the electron package says its binary is (path.txt, as electron/index.js reads it), or
 * null when path.txt or the binary is missing. File access is injected so this stays pure.
 */
export function locateElectronBinary(electronDir, fs) {
  const pathTxt = fs.readText(path.join(electronDir, 'path.txt'));
  if (pathTxt === null) return null;
  const relative = pathTxt.trim();
  if (relative === '') return null;
  const binary = path.join(electronDir, 'dist', relative);
  return fs.exists(binary) ? binary : null;
}

/**
 * What `npm start` does next: launch a binary that is there, try the electron installer once
 * when it is not, and give up with the one-line explanation after that.
 */
export function nextStartStep({ binary, installTried }) {
  if (binary) return { action: 'launch', binary };
  if (!installTried) return { action: 'install' };
  return { action: 'refuse', message: MISSING_ELECTRON_MESSAGE };
}
