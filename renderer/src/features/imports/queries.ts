import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { ImportFile, ImportSpec } from '@shared/api/imports';

import { call } from '../../api/client';

export const importKeys = {
  batches: ['imports.batches'] as const,
  file: (fileId: string) => ['imports.file', fileId] as const,
  layout: (fileId: string, sheet: number, headerRow: number | null) =>
    ['imports.layout', fileId, sheet, headerRow] as const,
  check: (spec: ImportSpec) => ['imports.check', spec] as const,
};

/** How often the wizard asks how far core has come with reading the file. */
export const READ_POLL_MS = 300;

/** The file being read: asked again every 300 ms while core is still reading it. */
export function useImportFile(opened: ImportFile | null) {
  const fileId = opened?.fileId ?? '';
  return useQuery({
    queryKey: importKeys.file(fileId),
    queryFn: () => call('imports.file', { fileId }),
    enabled: opened !== null && opened.state === 'reading',
    initialData: opened ?? undefined,
    // A failed question stops the asking: the error is shown instead.
    refetchInterval: (query) =>
      query.state.data?.state === 'reading' && query.state.status !== 'error' ? READ_POLL_MS : false,
    refetchIntervalInBackground: true,
    // Read once, a file stays as it is: only the interval asks again, and only while reading.
    staleTime: Infinity,
    gcTime: 0,
  });
}

/** The columns under the header row (core suggests the row while `headerRow` is null). */
export function useImportLayout(fileId: string, sheet: number, headerRow: number | null) {
  return useQuery({
    queryKey: importKeys.layout(fileId, sheet, headerRow),
    queryFn: () =>
      call('imports.layout', headerRow === null ? { fileId, sheet } : { fileId, sheet, headerRow }),
    placeholderData: keepPreviousData,
    // The first rows and samples are personal data: kept only while the wizard shows them.
    gcTime: 0,
  });
}

/** The dry run. Its rows hold personal data, so the answer is dropped when the step goes. */
export function useImportCheck(spec: ImportSpec) {
  return useQuery({
    queryKey: importKeys.check(spec),
    queryFn: () => call('imports.check', spec),
    gcTime: 0,
    staleTime: Infinity,
  });
}

export function useImportValues() {
  return useMutation({ mutationFn: (spec: ImportSpec) => call('imports.values', spec), gcTime: 0 });
}

export function useRunImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (spec: ImportSpec) => call('imports.run', spec),
    // The answer holds every row's preview: the wizard keeps what it shows, the cache nothing.
    gcTime: 0,
    onSettled: () => queryClient.invalidateQueries({ queryKey: importKeys.batches }),
  });
}

export function useImportBatches() {
  return useQuery({ queryKey: importKeys.batches, queryFn: () => call('imports.batches', {}) });
}

export function useUndoImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (batchId: number) => call('imports.undo', { batchId }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: importKeys.batches }),
  });
}

/** The course catalogue, for a column of training dates that does not name its course. */
export function useCourses(enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: ['training.overview'],
    queryFn: () => call('training.overview', {}),
    select: (overview) => overview.courses.filter((c) => c.active),
  });
}
