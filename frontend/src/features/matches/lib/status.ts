// The application pipeline as the backend enforces it (MatchStatus): forward only along the main
// line, and rejected / withdrawn can end any match that is not finished yet.
export const STATUSES = ['new', 'saved', 'applied', 'interviewing', 'offer', 'accepted', 'rejected', 'withdrawn'] as const;

export type MatchStatus = (typeof STATUSES)[number];

export const STATUS_LABELS: Record<MatchStatus, string> = {
  new: 'New',
  saved: 'Saved',
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  accepted: 'Accepted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

export const STATUS_BADGE: Record<MatchStatus, string> = {
  new: 'bg-slate-100 text-slate-700',
  saved: 'bg-sky-100 text-sky-800',
  applied: 'bg-indigo-100 text-indigo-800',
  interviewing: 'bg-violet-100 text-violet-800',
  offer: 'bg-amber-100 text-amber-800',
  accepted: 'bg-emerald-100 text-emerald-800',
  rejected: 'bg-rose-100 text-rose-800',
  withdrawn: 'bg-zinc-200 text-zinc-700',
};

const FINAL: ReadonlySet<MatchStatus> = new Set(['accepted', 'rejected', 'withdrawn']);

export function isStatus(value: unknown): value is MatchStatus {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

export function isFinal(status: MatchStatus): boolean {
  return FINAL.has(status);
}

/** Whether the backend will accept moving a match from `from` to `to` (staying put is fine). */
export function canMove(from: MatchStatus, to: MatchStatus): boolean {
  if (from === to) return true;
  if (isFinal(from)) return false;
  if (to === 'rejected' || to === 'withdrawn') return true;
  return STATUSES.indexOf(to) > STATUSES.indexOf(from) && STATUSES.indexOf(to) <= STATUSES.indexOf('accepted');
}
