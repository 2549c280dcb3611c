import type { ArchiveCopy } from '@shared/api/archive';

import type { TestCore } from '../harness';

/**
 * Records an archive copy of a case as a package run does: reads the contents (which gives the
 * ticket) and records the overview and each letter. For tests that need a copy on record without
 * writing files (retention, the register export).
 */
export async function recordArchiveCopy(core: TestCore, caseId: number): Promise<ArchiveCopy> {
  const contents = await core.ok('archive.contents', { caseId });
  return core.ok('archive.record', {
    caseId,
    documents: contents.letters.length + 1,
    ticket: contents.ticket,
  });
}
