import type { ArchiveLetter } from '@shared/api/archive';

import { archiveWords } from './archiveWords';

/**
 * File and folder names of an archive package: the case number and the day it was made first,
 * so the files sort together in the archive's import folder and say what they are. Only
 * characters every file system takes (the case number is `2026-0012`, but a register imported
 * from elsewhere may hold other characters), never a Windows device name, never a dot at the end.
 */
export function safeStem(text: string): string {
  const stem = text
    .normalize('NFC')
    .replace(/[\p{Cc}<>:"/\\|?*]+/gu, '-')
    .replace(/\s+/g, '-')
    .replace(/-{2,}/g, '-')
    .slice(0, 60)
    .replace(/^[.\- ]+|[.\- ]+$/g, '');
  return stem === '' || /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(stem) ? 'sak' : stem;
}

/** `2026-0012_2026-12-06`. */
export function archiveFileStem(caseNumber: string, today: string): string {
  return `${safeStem(caseNumber)}_${today}`;
}

const file = archiveWords.file;

export const overviewFileName = (stem: string) => `${stem}_${file.overview}.pdf`;
export const eventsFileName = (stem: string) => `${stem}_${file.events}.csv`;

/** `2026-0012_2026-12-06_brev-1-vedtak.pdf`: numbered in the order the letters were sent. */
export function letterFileName(stem: string, letter: Pick<ArchiveLetter, 'kind'>, number: number): string {
  const name = file.letter.replace('{{number}}', String(number)).replace('{{kind}}', file.kind[letter.kind]);
  return `${stem}_${name}.pdf`;
}

/** The folder's name, then ` (2)`, ` (3)` … for the first that is free. */
export function freeFolderName(stem: string, taken: (name: string) => boolean): string {
  if (!taken(stem)) return stem;
  for (let n = 2; n < 1000; n++) if (!taken(`${stem} (${n})`)) return `${stem} (${n})`;
  throw new Error('No free folder name');
}
