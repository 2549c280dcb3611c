export declare const MISSING_ELECTRON_MESSAGE: string;

export interface FileProbe {
  /** File contents, or null when it cannot be read. */
  readText(file: string): string | null;
  exists(file: string): boolean;
}

export declare function locateElectronBinary(electronDir: string, fs: FileProbe): string | null;

export type StartStep =
  { action: 'launch'; binary: string } | { action: 'install' } | { action: 'refuse'; message: string };

export declare function nextStartStep(state: { binary: string | null; installTried: boolean }): StartStep;
