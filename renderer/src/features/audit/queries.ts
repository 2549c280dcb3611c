import { useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';

import type { AuditQuery } from '@shared/api/audit';

import { call } from '../../api/client';

export const PAGE = 100;

/** The log, a page at a time; each look is logged in core. */
export function useAuditLog(query: AuditQuery) {
  return useInfiniteQuery({
    queryKey: ['audit.list', query],
    queryFn: ({ pageParam }) => call('audit.list', { ...query, limit: PAGE, offset: pageParam }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const shown = pages.reduce((n, p) => n + p.rows.length, 0);
      return shown < last.total ? shown : undefined;
    },
  });
}

export function useVerifyAudit() {
  return useMutation({ mutationFn: () => call('audit.verify', {}) });
}

/** The persons the person filter offers; asked only when the user searches. */
export function useAuditPersonSearch(q: string) {
  return useQuery({
    queryKey: ['audit.findPersons', q],
    queryFn: () => call('audit.findPersons', { q }),
    enabled: q.length >= 2,
  });
}

/** "Innsyn i logg": read once per opening of the print, which core logs as a print. */
export function usePersonLog(personId: number) {
  return useQuery({
    queryKey: ['audit.personLog', personId],
    queryFn: () => call('audit.personLog', { personId }),
    staleTime: Infinity,
    gcTime: 0,
  });
}
