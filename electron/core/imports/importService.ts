import { inTransaction, session, type FeatureHandlers } from '../context';
import { listBatches, undoBatch } from './importBatches';
import { closeImportFile, importFileState, openImportFile } from './importFiles';
import { layout, values } from './importLayout';
import { runImport } from './runImport';

/**
 * Innstillinger → Importer (DESIGN.md 12): the file is read by core from its path, kept in memory
 * with the session, and each step of the wizard sends its choices. Nothing is written before
 * `imports.run`; the dry run (`imports.check`) does all the writing of the import and rolls it back.
 */
export const importsHandlers: FeatureHandlers<'imports'> = {
  'imports.open': (ctx, input) => openImportFile(ctx, input.path),
  'imports.file': (ctx, input) => importFileState(ctx, input.fileId),
  'imports.layout': (ctx, input) => layout(ctx, input.fileId, input.sheet, input.headerRow),
  'imports.values': (ctx, input) => values(ctx, input),
  'imports.check': (ctx, input) => runImport(ctx, input, false).report,
  'imports.run': (ctx, input) => {
    const { report, batch } = runImport(ctx, input, true);
    return { report, batch: batch! };
  },
  'imports.close': (ctx, input) => {
    closeImportFile(ctx, input.fileId);
    return null;
  },
  'imports.batches': (ctx) => listBatches(session(ctx).db),
  'imports.undo': (ctx, input) => inTransaction(ctx, (db) => undoBatch(ctx, db, input.batchId)),
};
