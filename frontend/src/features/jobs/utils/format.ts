const LABELS: Record<string, string> = {
  full_time: 'Full-time',
  part_time: 'Part-time',
  contract: 'Contract',
  internship: 'Internship',
  temporary: 'Temporary',
  intern: 'Intern',
  junior: 'Junior',
  senior: 'Senior',
  staff: 'Staff',
  principal: 'Principal',
  lead: 'Lead',
  manager: 'Manager',
  director: 'Director',
  executive: 'Executive',
};

export function label(value: string): string {
  return LABELS[value] ?? value.charAt(0).toUpperCase() + value.slice(1).replaceAll('_', ' ');
}

const PERIODS: Record<string, string> = {
  year: 'a year',
  annual: 'a year',
  yearly: 'a year',
  month: 'a month',
  monthly: 'a month',
  week: 'a week',
  weekly: 'a week',
  day: 'a day',
  daily: 'a day',
  hour: 'an hour',
  hourly: 'an hour',
};

type Salary = { salaryMin: number | null; salaryMax: number | null; salaryCurrency: string | null; salaryPeriod: string | null };

function money(amount: number, currency: string | null): string {
  const code = currency && /^[A-Za-z]{3}$/.test(currency) ? currency.toUpperCase() : null;
  const options: Intl.NumberFormatOptions = { minimumFractionDigits: 0, maximumFractionDigits: Number.isInteger(amount) || amount >= 1000 ? 0 : 2 };
  if (code) {
    try {
      return new Intl.NumberFormat('en-US', { ...options, style: 'currency', currency: code, currencyDisplay: 'narrowSymbol' }).format(amount);
    } catch {
      // An unknown code: show it next to the number below.
    }
  }
  const number = new Intl.NumberFormat('en-US', options).format(amount);
  return currency ? `${number} ${currency}` : number;
}

/** "$120,000 – $150,000 a year"; null when the posting states no salary. */
export function formatSalary(job: Salary): string | null {
  const min = job.salaryMin && job.salaryMin > 0 ? job.salaryMin : null;
  const max = job.salaryMax && job.salaryMax > 0 ? job.salaryMax : null;
  if (min === null && max === null) return null;
  let amount: string;
  if (min !== null && max !== null && min !== max) amount = `${money(min, job.salaryCurrency)} – ${money(max, job.salaryCurrency)}`;
  else if (min !== null && max === null) amount = `From ${money(min, job.salaryCurrency)}`;
  else if (min === null && max !== null) amount = `Up to ${money(max, job.salaryCurrency)}`;
  else amount = money((min ?? max) as number, job.salaryCurrency);
  const period = job.salaryPeriod ? (PERIODS[job.salaryPeriod.toLowerCase()] ?? `per ${job.salaryPeriod.toLowerCase()}`) : null;
  return period ? `${amount} ${period}` : amount;
}

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "today", "3 days ago", "2 months ago". */
export function formatPosted(iso: string | null, now = new Date()): string | null {
  if (!iso) return null;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return null;
  const days = Math.floor((now.getTime() - time) / 86_400_000);
  if (days <= 0) return 'today';
  if (days < 30) return relative.format(-days, 'day');
  if (days < 365) return relative.format(-Math.floor(days / 30), 'month');
  return relative.format(-Math.floor(days / 365), 'year');
}

export function formatCount(n: number): string {
  return new Intl.NumberFormat('en-US').format(n);
}
