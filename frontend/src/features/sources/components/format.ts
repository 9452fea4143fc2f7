export const countFields = ['found', 'created', 'updated', 'unchanged', 'invalid', 'closed'] as const;
export type CountField = (typeof countFields)[number];

export const countLabels: Record<CountField, string> = {
  found: 'Found',
  created: 'Created',
  updated: 'Updated',
  unchanged: 'Unchanged',
  invalid: 'Invalid',
  closed: 'Closed',
};

export const countHints: Record<CountField, string> = {
  found: 'Postings in the feed',
  created: 'New jobs stored',
  updated: 'Stored jobs whose posting changed',
  unchanged: 'Stored jobs seen again, unchanged',
  invalid: 'Postings without a title or company (not stored)',
  closed: 'Jobs gone from their whole board twice in a row',
};

/** "4 s", "2 min 5 s", "1 h 3 min" */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return seconds % 60 ? `${minutes} min ${seconds % 60} s` : `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
}

export function durationBetween(start: string | null, end: string | null, now = Date.now()): string | null {
  if (!start) return null;
  const from = Date.parse(start);
  const to = end ? Date.parse(end) : now;
  return Number.isNaN(from) || Number.isNaN(to) ? null : formatDuration(to - from);
}

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const absolute = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "just now", "5 minutes ago", "yesterday", then the date. */
export function formatRelative(iso: string, now = Date.now()): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const seconds = Math.round((time - now) / 1000);
  if (Math.abs(seconds) < 45) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (Math.abs(minutes) < 60) return relative.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return relative.format(hours, 'hour');
  const days = Math.round(hours / 24);
  if (Math.abs(days) < 7) return relative.format(days, 'day');
  return absolute.format(time);
}

export function formatAbsolute(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : absolute.format(time);
}
