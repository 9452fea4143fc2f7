import type { SourceReport } from '../api/types';

import { countFields, countHints, countLabels } from './format';

/** The six counts of one source in one run, as a compact definition list. */
export function SourceCounts({ report }: { report: Pick<SourceReport, (typeof countFields)[number]> }) {
  return (
    <dl className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600">
      {countFields.map((field) => (
        <div key={field} className="flex gap-1" title={countHints[field]}>
          <dt>{countLabels[field]}</dt>
          <dd className={`font-semibold tabular-nums ${report[field] > 0 && (field === 'invalid' || field === 'closed') ? 'text-amber-700' : 'text-slate-900'}`}>
            {report[field]}
          </dd>
        </div>
      ))}
    </dl>
  );
}
