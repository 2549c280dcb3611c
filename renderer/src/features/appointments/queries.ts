import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { call } from '@renderer/api/client';
import { keepFresh } from '@renderer/features/cases/casePage/queries';
import type { CaseDetail } from '@shared/api/cases';
import type { Input } from '@shared/api/index';

type AppointmentChannel =
  | 'appointments.appoint'
  | 'appointments.change'
  | 'appointments.end'
  | 'appointments.correct'
  | 'appointments.remove';

/** Appointing, changing, ending, correcting or removing a coordinator: each returns the case. */
export function useAppointment<K extends AppointmentChannel>(channel: K) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<K>) => call(channel, input) as Promise<CaseDetail>,
    onSuccess: (detail) => keepFresh(queryClient, detail, true),
  });
}

/** The pool, the most suitable first, for the coordinator picker. */
export function useCandidates(caseId: number) {
  return useQuery({
    queryKey: ['appointments.candidates', caseId],
    queryFn: () => call('appointments.candidates', { caseId }),
  });
}
