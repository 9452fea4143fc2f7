// Shapes of the jobs search API (backend/src/main/java/com/careeragent/jobs/web). docs/openapi.json
// describes these endpoints, but it marks every property optional while the backend always sends each
// one (null for "none"), so they are written out here with the nullability the Java records have.
// The guard at the end keeps them in step with the schemas.

import type { components } from '@/types/api';

export type JobStatus = 'open' | 'closed';

export type JobHighlights = {
  /** Escaped text with the matched terms wrapped in <mark>. */
  title: string | null;
  description: string | null;
};

export type JobListing = { id: string; source: string; url: string | null; status: JobStatus };

export type JobSummary = {
  id: string;
  source: string;
  sourceId: string;
  title: string;
  company: string | null;
  url: string | null;
  applyUrl: string | null;
  skills: string[] | null;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  salaryPeriod: string | null;
  remote: boolean;
  location: string | null;
  postedAt: string | null;
  status: JobStatus;
  seniority: string | null;
  employmentType: string | null;
  highlights: JobHighlights | null;
  alsoOn: JobListing[] | null;
};

export type FacetCount = { value: string; count: number };

export type JobFacets = {
  sources: FacetCount[];
  skills: FacetCount[];
  remote: FacetCount[];
  seniority: FacetCount[];
  employmentType: FacetCount[];
  estimated: boolean;
  sampleSize: number;
};

export type JobPage = {
  items: JobSummary[];
  total: number;
  totalIsEstimate: boolean;
  page: number;
  size: number;
  sort: 'relevance' | 'newest' | 'salary';
  facets: JobFacets | null;
};

/** Another posting of the same job: the identifying fields of a summary. */
export type JobDuplicate = Pick<
  JobSummary,
  'id' | 'source' | 'sourceId' | 'title' | 'company' | 'url' | 'applyUrl' | 'status' | 'postedAt'
>;

export type JobDetail = JobSummary & {
  descriptionHtml: string | null;
  descriptionText: string | null;
  duplicates: JobDuplicate[] | null;
};

export type SkillSuggestion = { name: string; category: string | null; openJobs: number };

// Compile-time guard (tsc -b runs in every build): each shape above has exactly the properties its
// schema in the OpenAPI document has, so a field added or renamed in the backend breaks the build here.
type Schemas = components['schemas'];
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : false;
type Assert<T extends true> = T;
export type DocumentedShapes = [
  Assert<SameKeys<JobSummary, Schemas['JobSummary']>>,
  Assert<SameKeys<JobPage, Schemas['JobPage']>>,
  Assert<SameKeys<JobDetail, Schemas['JobDetail']>>,
  Assert<SameKeys<JobFacets, Schemas['JobFacets']>>,
  Assert<SameKeys<FacetCount, Schemas['FacetCount']>>,
  Assert<SameKeys<JobDuplicate, Schemas['JobDuplicate']>>,
  Assert<SameKeys<JobHighlights, Schemas['JobHighlights']>>,
  Assert<SameKeys<JobListing, Schemas['JobListing']>>,
  Assert<SameKeys<SkillSuggestion, Schemas['SkillSuggestion']>>,
];
