import { useId, useState, type ReactNode } from 'react';

import { sourceName } from '@/config/source-names';

import { EMPLOYMENT_TYPES, SENIORITIES, SOURCES, type JobSearch } from '../api/search-params';
import type { FacetCount, JobFacets } from '../api/types';
import { formatCount, label } from '../utils/format';

import { SkillsFilter } from './skills-filter';

type JobFiltersProps = {
  search: JobSearch;
  facets: JobFacets | null | undefined;
  onChange: (change: Partial<JobSearch>) => void;
};

function countOf(counts: FacetCount[] | undefined, value: string): number | undefined {
  if (!counts) return undefined;
  return counts.find((c) => c.value === value)?.count ?? 0;
}

function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-900">{legend}</legend>
      <div className="mt-2 space-y-1.5">{children}</div>
    </fieldset>
  );
}

function Count({ value, estimated }: { value: number | undefined; estimated: boolean }) {
  if (value === undefined) return null;
  return (
    <span className="ml-auto text-xs text-slate-500" aria-label={`${estimated ? 'about ' : ''}${value} jobs`}>
      {estimated && value > 0 ? '~' : ''}
      {formatCount(value)}
    </span>
  );
}

type CheckListProps = {
  legend: string;
  all: readonly string[];
  selected: string[];
  counts: FacetCount[] | undefined;
  estimated: boolean;
  name: (value: string) => string;
  onChange: (values: string[]) => void;
};

/** Options that occur in the results (or are selected); all of them before the first answer. */
function CheckList({ legend, all, selected, counts, estimated, name, onChange }: CheckListProps) {
  const visible = all.filter((value) => !counts || selected.includes(value) || (countOf(counts, value) ?? 0) > 0);
  if (visible.length === 0) return null;
  return (
    <Group legend={legend}>
      {visible.map((value) => (
        <label key={value} className="flex items-center gap-2 text-sm text-slate-700">
          <input
            type="checkbox"
            className="h-4 w-4 rounded border-slate-300 text-indigo-600 accent-indigo-600"
            checked={selected.includes(value)}
            onChange={(e) => onChange(e.target.checked ? [...selected, value] : selected.filter((v) => v !== value))}
          />
          {name(value)}
          <Count value={countOf(counts, value)} estimated={estimated} />
        </label>
      ))}
    </Group>
  );
}

function SalaryField({ value, onChange }: { value: number | undefined; onChange: (value: number | undefined) => void }) {
  const id = useId();
  const [text, setText] = useState(value ? String(value) : '');
  function commit() {
    const digits = text.replace(/[^\d]/g, '');
    const next = digits ? Math.min(Number(digits), 10_000_000) : undefined;
    if (next !== value) onChange(next || undefined);
  }
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        Minimum salary (per year)
      </label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        placeholder="e.g. 100000"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
        className="mt-1 block w-full rounded-md border-0 px-3 py-2 text-slate-900 shadow-sm ring-1 ring-slate-300 ring-inset placeholder:text-slate-400 focus:ring-2 focus:ring-indigo-600 focus:outline-none focus:ring-inset sm:text-sm"
      />
      <p className="mt-1 text-xs text-slate-500">Only jobs that state a salary.</p>
    </div>
  );
}

export function JobFilters({ search, facets, onChange }: JobFiltersProps) {
  const postedId = useId();
  const estimated = facets?.estimated ?? false;
  const remoteCounts = facets?.remote;
  const remoteOptions: { value: JobSearch['remote']; text: string; count: number | undefined }[] = [
    { value: undefined, text: 'Any', count: undefined },
    { value: 'true', text: 'Remote only', count: countOf(remoteCounts, 'remote') },
    { value: 'false', text: 'On-site or hybrid', count: countOf(remoteCounts, 'onSite') },
  ];
  return (
    <div className="space-y-6">
      <SkillsFilter selected={search.skills} popular={facets?.skills ?? []} onChange={(skills) => onChange({ skills })} />

      <Group legend="Remote">
        {remoteOptions.map((option) => (
          <label key={option.text} className="flex items-center gap-2 text-sm text-slate-700">
            <input
              type="radio"
              name="remote"
              className="h-4 w-4 accent-indigo-600"
              checked={search.remote === option.value}
              onChange={() => onChange({ remote: option.value })}
            />
            {option.text}
            <Count value={option.count} estimated={estimated} />
          </label>
        ))}
      </Group>

      <SalaryField key={search.salaryMin ?? ''} value={search.salaryMin} onChange={(salaryMin) => onChange({ salaryMin })} />

      <div>
        <label htmlFor={postedId} className="block text-sm font-medium text-slate-900">
          Posted within
        </label>
        <select
          id={postedId}
          value={search.posted ?? ''}
          onChange={(e) => onChange({ posted: (e.target.value || undefined) as JobSearch['posted'] })}
          className="mt-1 block w-full rounded-md border-0 bg-white px-3 py-2 text-slate-900 shadow-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-indigo-600 focus:outline-none sm:text-sm"
        >
          <option value="">Any time</option>
          <option value="1">Last 24 hours</option>
          <option value="7">Last 7 days</option>
          <option value="30">Last 30 days</option>
        </select>
      </div>

      <CheckList legend="Source" all={SOURCES} selected={search.source} counts={facets?.sources} estimated={estimated} name={sourceName} onChange={(source) => onChange({ source })} />
      <CheckList legend="Seniority" all={SENIORITIES} selected={search.seniority} counts={facets?.seniority} estimated={estimated} name={label} onChange={(seniority) => onChange({ seniority })} />
      <CheckList
        legend="Employment type"
        all={EMPLOYMENT_TYPES}
        selected={search.employmentType}
        counts={facets?.employmentType}
        estimated={estimated}
        name={label}
        onChange={(employmentType) => onChange({ employmentType })}
      />
    </div>
  );
}
