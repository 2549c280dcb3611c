import type { UnitRef } from './importRun';

/** One row of a coordinators sheet: a coordinator of the pool and the courses they completed. */
export interface PoolDraft {
  name: string;
  serviceUnit: { ref: UnitRef; label: string } | null;
  position: string;
  phone: string;
  email: string;
  capacity: number | null;
  completions: { courseId: number; courseName: string; date: string }[];
}
