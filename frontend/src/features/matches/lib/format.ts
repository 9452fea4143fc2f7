import type { Match } from '../api/get-matches';

export function formatSalary(job: Match['job']): string | null {
  if (!job?.salaryMin && !job?.salaryMax) return null;
  const currency = job.salaryCurrency || 'USD';
  const format = (value: number) => {
    try {
      return new Intl.NumberFormat('en', { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 0 }).format(value);
    } catch {
      return `${Math.round(value / 1000)}k ${currency}`;
    }
  };
  const range = job.salaryMin && job.salaryMax && job.salaryMin !== job.salaryMax
    ? `${format(job.salaryMin)}–${format(job.salaryMax)}`
    : format((job.salaryMin || job.salaryMax)!);
  const period = job.salaryPeriod ? ` / ${job.salaryPeriod.toLowerCase().replace(/ly$/, '').replace('annual', 'year')}` : '';
  return `${range}${period}`;
}

export function formatDate(iso: string | undefined): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return date.toLocaleDateString('en', { day: 'numeric', month: 'short', year: 'numeric' });
}

/** The date part (YYYY-MM-DD) of an ISO date-time, for an <input type="date">. */
export function dateInputValue(iso: string | undefined): string {
  return iso ? iso.slice(0, 10) : '';
}

export function jobTitle(match: Match): string {
  return match.job?.title || 'Untitled job';
}

/** Whether a next-action date lies before today. */
export function isOverdue(iso: string | undefined, now = new Date()): boolean {
  if (!iso) return false;
  return iso.slice(0, 10) < now.toISOString().slice(0, 10);
}
