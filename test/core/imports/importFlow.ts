import path from 'node:path';

import type { ImportFile, ImportLayout, ImportSpec, ImportTarget } from '@shared/api/imports';

import type { TestCore } from '../harness';

/** The fixtures' folder: workbooks shaped as different municipalities keep them (README there). */
export const fixture = (file: string) => path.resolve('test/fixtures/import', file);

/** The fixtures were made with dates up to the autumn of 2026. */
export const now = () => new Date('2026-11-02T10:00:00');

/** Opens a file through the wizard's channels and waits until it is read (or refused). */
export async function openFile(core: TestCore, file: string): Promise<ImportFile> {
  let state = await core.ok('imports.open', { path: file });
  for (let i = 0; state.state === 'reading' && i < 1000; i++) {
    await new Promise((r) => setTimeout(r, 10));
    state = await core.ok('imports.file', { fileId: state.fileId });
  }
  return state;
}

/** The wizard's choices as suggested: the header row, the target and each column's field. */
export function suggestedSpec(file: ImportFile, layout: ImportLayout, target?: ImportTarget): ImportSpec {
  return {
    fileId: file.fileId,
    sheet: layout.sheet,
    headerRow: layout.headerRow,
    target: target ?? layout.suggestedTarget,
    columns: layout.columns
      .filter((c) => c.suggested)
      .map((c) => ({
        column: c.index,
        field: c.suggested!,
        ...(c.suggestedCourseId === null ? {} : { courseId: c.suggestedCourseId }),
      })),
    values: [],
  };
}

/** Opens the file and lays out the named sheet with the suggestions. */
export async function sheetSpec(core: TestCore, file: string, sheetName?: string) {
  const opened = await openFile(core, fixture(file));
  const sheet = opened.sheets.find((s) => sheetName === undefined || s.name === sheetName)!;
  const layout = await core.ok('imports.layout', { fileId: opened.fileId, sheet: sheet.index });
  return { opened, layout, spec: suggestedSpec(opened, layout) };
}
