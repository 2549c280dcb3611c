import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { Input } from '@shared/api/index';
import type { LetterSettings } from '@shared/api/letters';

import { call } from '../../api/client';

/** The case's letters: one read in the access log per visit to the case page. */
export function useLetters(caseId: number) {
  return useQuery({ queryKey: ['letters.list', caseId], queryFn: () => call('letters.list', { caseId }) });
}

export function useLetterSettings() {
  return useQuery({ queryKey: ['letters.settings'], queryFn: () => call('letters.settings', {}) });
}

export function useUpdateLetterSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'letters.updateSettings'>) => call('letters.updateSettings', input),
    onSuccess: (data: LetterSettings) => queryClient.setQueryData(['letters.settings'], data),
  });
}

/** Recording a letter changes the case (its list of letters, and maybe an interim reply step). */
export function useRecordLetter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'letters.record'>) => call('letters.record', input),
    onSuccess: (letter) =>
      queryClient.invalidateQueries({
        predicate: (q) => {
          const [key, id] = q.queryKey;
          if (key === 'letters.list') return id === letter.caseId;
          if (key === 'cases.get') return id === letter.caseId;
          // An interim reply recorded with the letter moves the case's deadlines in lists and dashboards.
          return typeof key === 'string' && /^(cases|dashboards)\./.test(key);
        },
      }),
  });
}

/** A stored letter for the print layout: each opening is logged as a print, so never kept. */
export function useLetterPrint(id: number) {
  return useQuery({
    queryKey: ['letters.print', id],
    queryFn: () => call('letters.print', { id }),
    staleTime: Infinity,
    gcTime: 0,
  });
}
