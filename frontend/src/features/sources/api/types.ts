import type { components } from '@/types/api';

type Schemas = components['schemas'];

/**
 * The OpenAPI document marks every property optional, but the backend always sends each one
 * (Jackson `default-property-inclusion: always`) and uses null for "none". `Nullable` lists the
 * properties that can be null, as the Java records and the scrape_logs/scrape_runs columns say.
 */
type Sent<T, Nullable extends keyof T = never> = {
  [K in keyof T]-?: K extends Nullable ? NonNullable<T[K]> | null : NonNullable<T[K]>;
};

/** running | completed | failed | skipped */
export type SourceStatus = 'running' | 'completed' | 'failed' | 'skipped';
/** running | completed | partial | failed */
export type RunStatus = 'running' | 'completed' | 'partial' | 'failed';

export type SourceReport = Omit<Sent<Schemas['SourceReport'], 'error' | 'finishedAt'>, 'status'> & { status: SourceStatus };

export type RunReport = Omit<Sent<Schemas['RunReport'], 'error' | 'finishedAt'>, 'status' | 'sources' | 'trigger'> & {
  status: RunStatus;
  trigger: 'manual' | 'scheduled';
  sources: SourceReport[];
};

export type SourceView = Omit<
  Sent<Schemas['SourceView'], 'termsUrl' | 'siteUrl' | 'attribution' | 'politeness' | 'boards' | 'lastRun' | 'url'>,
  'lastRun'
> & { lastRun: SourceReport | null };

/** `origin`: config (from CAREER_AGENT_SOURCES_*_BOARDS, not removable here) or user. */
export type Board = Omit<Sent<Schemas['BoardView'], 'addedAt'>, 'origin' | 'provider'> & {
  provider: BoardProvider;
  origin: 'config' | 'user';
};

export const boardProviders = ['greenhouse', 'lever', 'ashby'] as const;
export type BoardProvider = (typeof boardProviders)[number];

export function isFinished(status: RunStatus | SourceStatus): boolean {
  return status !== 'running';
}
