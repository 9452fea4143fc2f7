import { Link } from 'react-router';

import { sourceName } from '@/config/source-names';

import type { JobSummary } from '../api/types';
import { formatPosted, formatSalary, label } from '../utils/format';

import { Highlighted } from './highlighted';

export function JobCard({ job, search }: { job: JobSummary; search: string }) {
  const salary = formatSalary(job);
  const posted = formatPosted(job.postedAt);
  const place = [job.location, job.remote ? 'Remote' : null].filter(Boolean).join(' · ');
  const skills = job.skills ?? [];
  return (
    <li className="relative rounded-lg border border-slate-200 bg-white p-4 shadow-sm transition hover:border-indigo-300 hover:shadow sm:p-5">
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1">
        <h2 className="min-w-0 text-base font-semibold break-words text-slate-900">
          {/* The whole card is clickable through this link's ::after; the title stays its accessible name. */}
          <Link to={`/jobs/${encodeURIComponent(job.id)}`} state={{ search }} className="after:absolute after:inset-0 hover:text-indigo-700 focus-visible:outline-none">
            {job.highlights?.title ? <Highlighted html={job.highlights.title} /> : job.title}
          </Link>
        </h2>
        {salary && <p className="shrink-0 text-sm font-medium text-emerald-700">{salary}</p>}
      </div>
      <p className="mt-1 text-sm text-slate-600">
        {job.company && <span className="font-medium text-slate-800">{job.company}</span>}
        {job.company && place && ' · '}
        {place}
      </p>
      {job.highlights?.description && (
        <p className="mt-2 line-clamp-3 text-sm break-words text-slate-600">
          <Highlighted html={job.highlights.description} />
        </p>
      )}
      {skills.length > 0 && (
        <ul aria-label="Skills" className="mt-3 flex flex-wrap gap-1.5">
          {skills.slice(0, 8).map((skill) => (
            <li key={skill} className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">
              {skill}
            </li>
          ))}
          {skills.length > 8 && <li className="px-1 py-0.5 text-xs text-slate-500">+{skills.length - 8} more</li>}
        </ul>
      )}
      <p className="mt-3 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-500">
        <span>{sourceName(job.source)}</span>
        {job.alsoOn && job.alsoOn.length > 0 && <span>Also on {job.alsoOn.map((l) => sourceName(l.source)).join(', ')}</span>}
        {posted && <span>Posted {posted}</span>}
        {job.seniority && <span>{label(job.seniority)}</span>}
        {job.employmentType && <span>{label(job.employmentType)}</span>}
        {job.status === 'closed' && <span className="font-medium text-red-700">Closed</span>}
      </p>
    </li>
  );
}
