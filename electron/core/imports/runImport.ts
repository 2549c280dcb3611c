import type { ImportBatch, ImportReport } from '@shared/api/imports';
import { cellText } from '@shared/domain/importValues';

import { session, type Ctx } from '../context';
import { CoreError } from '../errors';
import { CaseImporter } from './caseImport';
import { batchById, finishBatch, insertBatch } from './importBatches';
import { readSheet } from './importFiles';
import { ImportRun } from './importRun';
import { Choices, courseForHeader, dataRows, type ParsedSpec } from './importSpec';
import { PoolImporter } from './poolImport';
import { saveMapping } from './savedMappings';

/** Thrown at the end of a dry run to roll the whole of it back. */
class DryRunDone extends Error {
  constructor(readonly report: ImportReport) {
    super('dry run');
  }
}

/**
 * The dry run (`write` false: everything rolled back, the report kept) or the import itself (the
 * rows without problems committed as one batch, with its audit row; the mapping saved).
 */
export function runImport(
  ctx: Ctx,
  spec: ParsedSpec,
  write: boolean,
): { report: ImportReport; batch: ImportBatch | null } {
  const { file, sheet } = readSheet(ctx, spec.fileId, spec.sheet);
  const choices = new Choices(spec);
  const rows = dataRows(sheet, spec.headerRow);
  const { db } = session(ctx);
  try {
    const batch = db.transaction(() => {
      const run = new ImportRun(ctx);
      run.pools(choices);
      run.batchId = insertBatch(db, {
        at: run.at,
        by: run.by,
        fileName: file.fileName,
        sheetName: sheet.name,
        target: spec.target,
      });
      for (const column of choices.columns.get('training.date') ?? [])
        if (!choices.courseOf.has(column)) {
          const course = courseForHeader(
            cellText(sheet.rows[spec.headerRow - 1]?.[column] ?? null),
            [...run.courseNames()].map(([id, name]) => ({ id, name })),
          );
          if (course !== null) choices.courseOf.set(column, course);
        }
      const importer =
        spec.target === 'cases' ? new CaseImporter(run, choices) : new PoolImporter(run, choices);
      for (const row of rows) importer.importRow(row);
      // What every row gets the same way, said once for the file.
      const notices = [
        ...(spec.target === 'cases' && !choices.has('case.channel')
          ? [{ key: 'importRows.notice.channelDefault' }]
          : []),
        ...(run.counts.appointments > 0 ? [{ key: 'importRows.notice.familyWishDefault' }] : []),
      ];
      const report: ImportReport = { counts: run.counts, notices, rows: run.rows };
      if (!write) throw new DryRunDone(report);
      if (run.counts.create + run.counts.join === 0)
        throw new CoreError('VALIDATION', { rows: 'importRows.problem.nothingToImport' });
      finishBatch(ctx, db, run.batchId, run.counts);
      saveMapping(db, sheet, spec);
      return { report, batch: batchById(db, run.batchId) };
    })();
    return batch;
  } catch (error) {
    if (error instanceof DryRunDone) return { report: error.report, batch: null };
    throw error;
  }
}
