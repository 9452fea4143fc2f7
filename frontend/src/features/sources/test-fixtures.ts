// Response bodies shaped like the backend's (every property present, null for none), for tests only.
import type { Board, RunReport, SourceReport, SourceView } from './api/types';

const t0 = '2026-03-01T10:00:00Z';

export function sourceReport(overrides: Partial<SourceReport> & Pick<SourceReport, 'source'>): SourceReport {
  return {
    status: 'completed',
    found: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    invalid: 0,
    closed: 0,
    error: null,
    startedAt: t0,
    finishedAt: '2026-03-01T10:00:05Z',
    ...overrides,
  };
}

export function runReport(overrides: Partial<RunReport> = {}): RunReport {
  return {
    runId: '11111111-1111-4111-8111-111111111111',
    status: 'completed',
    trigger: 'manual',
    startedAt: t0,
    finishedAt: '2026-03-01T10:00:09Z',
    error: null,
    sources: [],
    ...overrides,
  };
}

function source(overrides: Partial<SourceView> & Pick<SourceView, 'name' | 'displayName'>): SourceView {
  return {
    enabled: true,
    url: `https://${overrides.name}.example/api`,
    siteUrl: `https://${overrides.name}.example`,
    termsUrl: `https://${overrides.name}.example/terms`,
    attribution: `Jobs via ${overrides.displayName}.`,
    politeness: null,
    wholeBoard: false,
    boards: null,
    lastRun: null,
    ...overrides,
  };
}

export const sources: SourceView[] = [
  source({
    name: 'remoteok',
    displayName: 'Remote OK',
    url: 'https://remoteok.com/api',
    siteUrl: 'https://remoteok.com',
    termsUrl: 'https://remoteok.com/api',
    attribution: 'Jobs via Remote OK: each job links back to its Remote OK page (followed link) and credits Remote OK.',
    wholeBoard: true,
    lastRun: sourceReport({ source: 'remoteok', status: 'failed', error: 'could not reach remoteok.com: ConnectException (4 attempts)' }),
  }),
  source({ name: 'greenhouse', displayName: 'Greenhouse job boards', wholeBoard: true, boards: 2 }),
  source({ name: 'lever', displayName: 'Lever job sites', wholeBoard: true, boards: 0 }),
  source({
    name: 'remotive',
    displayName: 'Remotive',
    siteUrl: 'https://remotive.com',
    politeness: 'at most 4 fetches a day',
    lastRun: sourceReport({ source: 'remotive', found: 12, created: 10, unchanged: 1, invalid: 1 }),
  }),
  source({
    name: 'wwr',
    displayName: 'We Work Remotely',
    enabled: false,
    attribution: "Off by default: We Work Remotely's terms forbid using its data for a job-search service.",
  }),
];

export const boards: Board[] = [
  { provider: 'greenhouse', token: 'gitlab', origin: 'config', addedAt: null },
  { provider: 'greenhouse', token: 'duolingo', origin: 'user', addedAt: '2026-03-01T09:00:00Z' },
];
