import { describe, expect, it } from 'vitest';

import { formatPosted, formatSalary } from './format';

const salary = (salaryMin: number | null, salaryMax: number | null, salaryCurrency: string | null = 'USD', salaryPeriod: string | null = 'year') => ({
  salaryMin,
  salaryMax,
  salaryCurrency,
  salaryPeriod,
});

describe('formatSalary', () => {
  it('shows a range with currency and period', () => {
    expect(formatSalary(salary(120000, 150000))).toBe('$120,000 – $150,000 a year');
    expect(formatSalary(salary(50, 70, 'EUR', 'hour'))).toBe('€50 – €70 an hour');
  });

  it('handles one-sided and single amounts', () => {
    expect(formatSalary(salary(90000, null))).toBe('From $90,000 a year');
    expect(formatSalary(salary(null, 90000))).toBe('Up to $90,000 a year');
    expect(formatSalary(salary(5000, 5000, 'GBP', 'month'))).toBe('£5,000 a month');
  });

  it('says nothing when no salary is stated', () => {
    expect(formatSalary(salary(null, null))).toBeNull();
    expect(formatSalary(salary(0, 0))).toBeNull();
  });

  it('keeps an unknown currency next to the number', () => {
    expect(formatSalary(salary(1000, null, null, null))).toBe('From 1,000');
    expect(formatSalary(salary(1000, null, 'credits', null))).toBe('From 1,000 credits');
  });
});

describe('formatPosted', () => {
  const now = new Date('2026-03-10T12:00:00Z');
  it('is relative to now', () => {
    expect(formatPosted('2026-03-10T08:00:00Z', now)).toBe('today');
    expect(formatPosted('2026-03-09T08:00:00Z', now)).toBe('yesterday');
    expect(formatPosted('2026-03-01T08:00:00Z', now)).toBe('9 days ago');
    expect(formatPosted(null, now)).toBeNull();
  });
});
