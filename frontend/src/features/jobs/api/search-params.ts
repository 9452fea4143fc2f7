import { z } from 'zod';

// The whole search lives in the page URL (shareable, restored by the back button). These helpers turn
// the URL into a validated search and the search into the API's query string.

export const SOURCES = ['remoteok', 'greenhouse', 'lever', 'ashby', 'remotive', 'arbeitnow', 'wwr'] as const;
export const SENIORITIES = ['intern', 'junior', 'senior', 'staff', 'principal', 'lead', 'manager', 'director', 'executive'] as const;
export const EMPLOYMENT_TYPES = ['full_time', 'part_time', 'contract', 'internship', 'temporary'] as const;
export const POSTED_WITHIN = ['1', '7', '30'] as const;
export const SORTS = ['relevance', 'newest', 'salary'] as const;
export const PAGE_SIZE = 20;

const oneOf = (values: readonly string[]) => z.array(z.string()).transform((list) => list.filter((v) => values.includes(v)));

/** Parses what the URL holds; anything malformed is dropped rather than sent to the server. */
export const jobSearchSchema = z.object({
  q: z.string().max(300).catch(''),
  source: oneOf(SOURCES).catch([]),
  skills: z.array(z.string().trim().min(1).max(80)).max(20).catch([]),
  remote: z.enum(['true', 'false']).optional().catch(undefined),
  salaryMin: z.coerce.number().int().min(1).max(10_000_000).optional().catch(undefined),
  posted: z.enum(POSTED_WITHIN).optional().catch(undefined),
  seniority: oneOf(SENIORITIES).catch([]),
  employmentType: oneOf(EMPLOYMENT_TYPES).catch([]),
  sort: z.enum(SORTS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(500).catch(1),
});

export type JobSearch = z.infer<typeof jobSearchSchema>;

const LIST_KEYS = ['source', 'skills', 'seniority', 'employmentType'] as const;

export function parseJobSearch(params: URLSearchParams): JobSearch {
  const raw: Record<string, unknown> = {
    q: params.get('q') ?? '',
    remote: params.get('remote') ?? undefined,
    salaryMin: params.get('salaryMin') || undefined,
    posted: params.get('posted') ?? undefined,
    sort: params.get('sort') ?? undefined,
    page: params.get('page') ?? 1,
  };
  for (const key of LIST_KEYS) {
    raw[key] = [...new Set(params.getAll(key).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean))];
  }
  return jobSearchSchema.parse(raw);
}

/** The page URL for a search (only what differs from the defaults). */
export function toUrlParams(search: JobSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.q.trim()) params.set('q', search.q);
  for (const key of LIST_KEYS) for (const value of search[key]) params.append(key, value);
  if (search.remote) params.set('remote', search.remote);
  if (search.salaryMin) params.set('salaryMin', String(search.salaryMin));
  if (search.posted) params.set('posted', search.posted);
  if (search.sort) params.set('sort', search.sort);
  if (search.page > 1) params.set('page', String(search.page));
  return params;
}

/** "Posted within N days" as the ISO date the API expects (day precision keeps the cache key stable). */
export function postedAfterDate(days: string, now = new Date()): string {
  const date = new Date(now.getTime() - Number(days) * 24 * 60 * 60 * 1000);
  return date.toISOString().slice(0, 10);
}

/** Query string of GET /api/jobs for a search. */
export function toApiParams(search: JobSearch, now = new Date()): URLSearchParams {
  const params = new URLSearchParams();
  if (search.q.trim()) params.set('q', search.q.trim());
  for (const key of LIST_KEYS) for (const value of search[key]) params.append(key, value);
  if (search.remote) params.set('remote', search.remote);
  if (search.salaryMin) params.set('salaryMin', String(search.salaryMin));
  if (search.posted) params.set('postedAfter', postedAfterDate(search.posted, now));
  if (search.sort && !(search.sort === 'relevance' && !search.q.trim())) params.set('sort', search.sort);
  params.set('page', String(search.page - 1));
  params.set('size', String(PAGE_SIZE));
  params.set('facets', 'true');
  return params;
}

export function hasFilters(search: JobSearch): boolean {
  return Boolean(
    search.q.trim() || search.source.length || search.skills.length || search.remote || search.salaryMin || search.posted || search.seniority.length || search.employmentType.length,
  );
}
