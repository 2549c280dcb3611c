import { useQuery } from '@tanstack/react-query';

import { call } from '../../api/client';

/**
 * Each print read is logged in core as a print, so it is fetched once per opening of the layout
 * and never kept for the next one: the paper shows the register as it is now.
 */
const once = { staleTime: Infinity, gcTime: 0 } as const;

export function useCaseOverviewPrint(id: number) {
  return useQuery({
    queryKey: ['print.caseOverview', id],
    queryFn: () => call('print.caseOverview', { id }),
    ...once,
  });
}

export function useCoordinatorsPrint() {
  return useQuery({
    queryKey: ['print.coordinators'],
    queryFn: () => call('print.coordinators', {}),
    ...once,
  });
}

export function useDeadlinesPrint() {
  return useQuery({ queryKey: ['print.deadlines'], queryFn: () => call('print.deadlines', {}), ...once });
}

export function useAgendaPrint() {
  return useQuery({ queryKey: ['print.agenda'], queryFn: () => call('print.agenda', {}), ...once });
}

export function useProtocolPrint(from: string, to: string) {
  return useQuery({
    queryKey: ['print.protocol', from, to],
    queryFn: () => call('print.protocol', { from, to }),
    ...once,
  });
}
