/** How many backups to keep: the newest of each of the last days, ISO weeks and months. */
export interface Keep {
  keepDaily: number;
  keepWeekly: number;
  keepMonthly: number;
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const month = (d: Date) => d.toISOString().slice(0, 7);
function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const weekday = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  return `${t.getUTCFullYear()}-W${Math.ceil(((t.getTime() - yearStart) / 86_400_000 + 1) / 7)}`;
}

/**
 * Grandfather-father-son: the `keepDaily` newest backups, and the newest backup of each of the
 * `keepDaily` newest days, of the `keepWeekly` newest weeks and of the `keepMonthly` newest
 * months are kept (a backup taken by hand is not pushed out by the next lock the same day).
 * Returns the ones to delete.
 */
export function backupsToDelete<T extends { createdAt: Date }>(backups: readonly T[], keep: Keep): T[] {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const kept = new Set<T>(newestFirst.slice(0, Math.max(1, keep.keepDaily)));
  const bucket = (period: (d: Date) => string, count: number) => {
    const seen = new Set<string>();
    for (const b of newestFirst) {
      const p = period(b.createdAt);
      if (seen.has(p)) continue;
      if (seen.size >= count) break;
      seen.add(p);
      kept.add(b);
    }
  };
  bucket(day, keep.keepDaily);
  bucket(isoWeek, keep.keepWeekly);
  bucket(month, keep.keepMonthly);
  return newestFirst.filter((b) => !kept.has(b));
}
