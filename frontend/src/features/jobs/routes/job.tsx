import { Link, useLocation, useNavigate, useParams } from 'react-router';

import { ErrorAlert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import { PageSpinner } from '@/components/ui/spinner';
import { sourceName } from '@/config/source-names';
import { ApiError, errorMessage } from '@/lib/api-client';

import { useJob } from '../api/get-job';
import type { JobDetail } from '../api/types';
import { formatPosted, formatSalary, label } from '../utils/format';

function BackLink() {
  const location = useLocation();
  const navigate = useNavigate();
  const search = (location.state as { search?: string } | null)?.search;
  const className = 'inline-flex items-center gap-1 text-sm font-medium text-indigo-600 hover:text-indigo-500';
  // Came from the list: going back restores its search, page and scroll position.
  if (search !== undefined) {
    return (
      <button type="button" className={className} onClick={() => navigate(-1)}>
        ← Back to results
      </button>
    );
  }
  return (
    <Link to="/jobs" className={className}>
      ← All jobs
    </Link>
  );
}

function JobView({ job }: { job: JobDetail }) {
  const salary = formatSalary(job);
  const posted = formatPosted(job.postedAt);
  const place = [job.location, job.remote ? 'Remote' : null].filter(Boolean).join(' · ');
  const apply = job.applyUrl ?? job.url;
  const others = (job.duplicates ?? []).filter((d) => d.id !== job.id);
  return (
    <article className="mt-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-8">
      <header>
        <h1 className="text-2xl font-bold tracking-tight break-words text-slate-900">{job.title}</h1>
        <p className="mt-1 text-base text-slate-700">
          {job.company && <span className="font-semibold">{job.company}</span>}
          {job.company && place && ' · '}
          {place}
        </p>
        <dl className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600">
          {salary && (
            <div>
              <dt className="sr-only">Salary</dt>
              <dd className="font-medium text-emerald-700">{salary}</dd>
            </div>
          )}
          {job.seniority && (
            <div>
              <dt className="sr-only">Seniority</dt>
              <dd>{label(job.seniority)}</dd>
            </div>
          )}
          {job.employmentType && (
            <div>
              <dt className="sr-only">Employment type</dt>
              <dd>{label(job.employmentType)}</dd>
            </div>
          )}
          {posted && (
            <div>
              <dt className="sr-only">Posted</dt>
              <dd>Posted {posted}</dd>
            </div>
          )}
        </dl>
        {job.status === 'closed' && (
          <p className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">This job is no longer listed on {sourceName(job.source)}.</p>
        )}
        <div className="mt-5 flex flex-wrap items-center gap-3">
          {apply && job.status !== 'closed' && (
            <a
              href={apply}
              target="_blank"
              rel="noopener noreferrer"
              className="inline-flex items-center rounded-md bg-indigo-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500"
            >
              Apply
              <span className="sr-only"> (opens in a new tab)</span>
            </a>
          )}
          {job.url && (
            <a href={job.url} target="_blank" rel="noopener noreferrer" className="text-sm font-medium text-indigo-600 hover:text-indigo-500">
              View on {sourceName(job.source)}
            </a>
          )}
        </div>
        {others.length > 0 && (
          <div className="mt-3 text-sm text-slate-600">
            Also on{' '}
            {others.map((d, i) => (
              <span key={d.id}>
                {i > 0 && ', '}
                {d.url ? (
                  <a href={d.url} target="_blank" rel="noopener noreferrer" className="font-medium text-indigo-600 hover:text-indigo-500">
                    {sourceName(d.source)}
                  </a>
                ) : (
                  sourceName(d.source)
                )}
                {d.status === 'closed' && ' (closed)'}
              </span>
            ))}
          </div>
        )}
      </header>

      {job.skills && job.skills.length > 0 && (
        <section className="mt-6">
          <h2 className="text-sm font-semibold text-slate-900">Skills</h2>
          <ul className="mt-2 flex flex-wrap gap-1.5">
            {job.skills.map((skill) => (
              <li key={skill}>
                <Link
                  to={`/jobs?${new URLSearchParams({ skills: skill }).toString()}`}
                  className="inline-block rounded-full bg-indigo-50 px-2.5 py-0.5 text-xs font-medium text-indigo-700 hover:bg-indigo-100"
                >
                  {skill}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="mt-6 border-t border-slate-200 pt-6">
        <h2 className="sr-only">Description</h2>
        {job.descriptionHtml ? (
          <div
            className="max-w-none text-sm leading-6 break-words text-slate-800 [&_a]:text-indigo-600 [&_a]:underline [&_h1]:mt-4 [&_h1]:font-semibold [&_h2]:mt-4 [&_h2]:font-semibold [&_h3]:mt-4 [&_h3]:font-semibold [&_li]:mt-1 [&_ol]:list-decimal [&_ol]:pl-5 [&_p]:mt-3 [&_ul]:list-disc [&_ul]:pl-5 [&>*:first-child]:mt-0"
            // The server sanitizes descriptionHtml with an allow-list (no scripts, handlers or styles).
            dangerouslySetInnerHTML={{ __html: job.descriptionHtml }}
          />
        ) : job.descriptionText ? (
          <p className="text-sm leading-6 whitespace-pre-line text-slate-800">{job.descriptionText}</p>
        ) : (
          <p className="text-sm text-slate-500">The posting has no description.</p>
        )}
      </section>
      <p className="mt-8 text-xs text-slate-500">
        Source: {job.url ? <a href={job.url} target="_blank" rel="noopener noreferrer" className="underline">{sourceName(job.source)}</a> : sourceName(job.source)}
      </p>
    </article>
  );
}

export function JobRoute() {
  const { id = '' } = useParams();
  const job = useJob(id);
  return (
    <div className="mx-auto max-w-3xl">
      <BackLink />
      {job.isPending ? (
        <PageSpinner />
      ) : job.isError ? (
        job.error instanceof ApiError && job.error.status === 404 ? (
          <div className="mt-4">
            <EmptyState title="Job not found">
              This job does not exist (any more).{' '}
              <Link to="/jobs" className="font-semibold text-indigo-600">
                Search all jobs
              </Link>
            </EmptyState>
          </div>
        ) : (
          <div className="mt-4">
            <ErrorAlert title="Could not load the job">{errorMessage(job.error)}</ErrorAlert>
          </div>
        )
      ) : (
        <JobView job={job.data} />
      )}
    </div>
  );
}
