import { useId, useState } from 'react';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { errorMessage } from '@/lib/api-client';

import { useAnalyseMatch } from '../api/analyse-match';
import type { Match } from '../api/get-matches';
import { useUpdateMatch } from '../api/update-match';
import { formatSalary, jobTitle } from '../lib/format';
import { isStatus, STATUS_BADGE, STATUS_LABELS } from '../lib/status';

import { FactorList } from './factor-list';
import { ScoreRing } from './score-ring';
import { StatusSelect } from './status-select';

export function MatchCard({ match }: { match: Match }) {
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const update = useUpdateMatch();
  const analysis = useAnalyseMatch();
  const job = match.job ?? {};
  const status = isStatus(match.status) ? match.status : 'new';
  const title = jobTitle(match);
  const salary = formatSalary(job);
  const missing = match.missingSkills ?? [];
  const meta = [job.company, job.location, job.remote ? 'Remote' : null, salary].filter(Boolean);

  return (
    <article aria-labelledby={`${detailsId}-title`} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5">
      <div className="flex gap-4">
        <ScoreRing score={match.score ?? 0} />
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
            <div className="min-w-0">
              <h2 id={`${detailsId}-title`} className="text-base font-semibold break-words text-slate-900">
                {job.url ? (
                  <a href={job.url} target="_blank" rel="noopener noreferrer" className="hover:text-indigo-700 hover:underline">
                    {title}
                  </a>
                ) : (
                  title
                )}
              </h2>
              {meta.length > 0 && <p className="mt-0.5 text-sm break-words text-slate-600">{meta.join(' · ')}</p>}
            </div>
            <div className="flex items-center gap-2">
              <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_BADGE[status]}`}>{STATUS_LABELS[status]}</span>
              <StatusSelect
                status={status}
                label={`Status of ${title}`}
                disabled={update.isPending}
                onChange={(next) => update.mutate({ id: match.id!, status: next })}
              />
            </div>
          </div>

          {missing.length > 0 && (
            <div className="mt-3">
              <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">Skill gaps</p>
              <ul className="mt-1 flex flex-wrap gap-1.5" aria-label={`Skill gaps for ${title}`}>
                {missing.map((skill) => (
                  <li key={skill}>
                    <Link
                      to={`/jobs?skills=${encodeURIComponent(skill)}`}
                      className="inline-block rounded-full bg-rose-50 px-2.5 py-0.5 text-xs font-medium text-rose-700 ring-1 ring-rose-200 ring-inset hover:bg-rose-100"
                      title={`Jobs asking for ${skill}`}
                    >
                      {skill}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          )}

          {update.isError && (
            <div className="mt-3">
              <ErrorAlert title="Status not changed">{errorMessage(update.error)}</ErrorAlert>
            </div>
          )}

          <div className="mt-3 flex flex-wrap gap-2">
            <Button variant="secondary" aria-expanded={open} aria-controls={`${detailsId}-why`} onClick={() => setOpen((value) => !value)}>
              {open ? 'Hide score breakdown' : 'Why this score?'}
            </Button>
            {job.applyUrl && (
              <a
                href={job.applyUrl}
                target="_blank"
                rel="noopener noreferrer"
                className="inline-flex items-center rounded-md px-3 py-2 text-sm font-semibold text-indigo-700 hover:bg-indigo-50"
              >
                Apply ↗
              </a>
            )}
          </div>
        </div>
      </div>

      {open && (
        <section id={`${detailsId}-why`} aria-label={`Score breakdown for ${title}`} className="mt-4 border-t border-slate-100 pt-3">
          <FactorList factors={match.factors ?? []} />
          <div className="mt-3">
            {analysis.data ? (
              <div className="rounded-md bg-indigo-50 p-3 text-sm text-slate-800">
                <p className="mb-1 text-xs font-medium text-indigo-700">
                  {analysis.data.source === 'claude' ? 'Written by Claude' : 'Summary (offline)'}
                  {analysis.data.note ? ` — ${analysis.data.note}` : ''}
                </p>
                <p className="whitespace-pre-line">{analysis.data.text}</p>
              </div>
            ) : (
              <Button variant="ghost" isLoading={analysis.isPending} onClick={() => analysis.mutate(match.id!)}>
                Explain in plain words
              </Button>
            )}
            {analysis.isError && (
              <div className="mt-2">
                <ErrorAlert title="No explanation">{errorMessage(analysis.error)}</ErrorAlert>
              </div>
            )}
          </div>
        </section>
      )}
    </article>
  );
}
