import { useId, useState } from 'react';

import type { Evidence, Factor } from '../api/get-matches';

const EVIDENCE_STYLE: Record<string, { label: string; className: string }> = {
  match: { label: 'Match', className: 'bg-emerald-100 text-emerald-800' },
  fit: { label: 'Fit', className: 'bg-emerald-100 text-emerald-800' },
  related: { label: 'Related', className: 'bg-sky-100 text-sky-800' },
  partial: { label: 'Partial', className: 'bg-amber-100 text-amber-800' },
  missing: { label: 'Missing', className: 'bg-rose-100 text-rose-800' },
  'nice-to-have-missing': { label: 'Nice to have', className: 'bg-orange-100 text-orange-800' },
  mismatch: { label: 'Mismatch', className: 'bg-rose-100 text-rose-800' },
  unknown: { label: 'Unknown', className: 'bg-slate-100 text-slate-700' },
};

function humanize(name: string) {
  const spaced = name.replace(/[-_]/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1).toLowerCase();
}

function EvidenceItem({ evidence }: { evidence: Evidence }) {
  const style = EVIDENCE_STYLE[evidence.kind ?? 'unknown'] ?? EVIDENCE_STYLE.unknown!;
  return (
    <li className="flex flex-wrap items-start gap-2 text-sm text-slate-700">
      <span className={`shrink-0 rounded px-1.5 py-0.5 text-xs font-medium ${style.className}`}>{style.label}</span>
      <span className="min-w-0 flex-1 break-words">
        {evidence.text}
        {(evidence.profile || evidence.job) && (
          <span className="line-clamp-2 block text-xs text-slate-500" title={[evidence.profile, evidence.job].filter(Boolean).join('\n')}>
            {evidence.profile && <>You: {evidence.profile}</>}
            {evidence.profile && evidence.job && ' · '}
            {evidence.job && <>Job: {evidence.job}</>}
          </span>
        )}
      </span>
    </li>
  );
}

function FactorRow({ factor }: { factor: Factor }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const points = factor.points ?? 0;
  const max = factor.maxPoints ?? 0;
  const ratio = max > 0 ? Math.max(0, Math.min(1, points / max)) : (factor.fit ?? 0);
  const evidence = factor.evidence ?? [];
  const name = humanize(factor.name ?? 'factor');
  const barColour = ratio >= 0.75 ? 'bg-emerald-500' : ratio >= 0.4 ? 'bg-amber-500' : 'bg-rose-400';
  return (
    <li className="py-2">
      <button
        type="button"
        className="group flex w-full flex-col gap-1 rounded-md text-left focus-visible:outline-2 focus-visible:outline-indigo-600"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="flex w-full items-baseline justify-between gap-2 text-sm">
          <span className="font-medium text-slate-900">
            <span aria-hidden="true" className={`mr-1 inline-block text-slate-400 transition-transform ${open ? 'rotate-90' : ''}`}>
              ▸
            </span>
            {name}
            <span className="sr-only"> evidence</span>
          </span>
          <span className="shrink-0 tabular-nums text-slate-600">
            {points.toFixed(1)} / {max.toFixed(0)} pts
          </span>
        </span>
        <span className="block h-2 w-full overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
          <span className={`block h-full rounded-full ${barColour}`} style={{ width: `${Math.round(ratio * 100)}%` }} />
        </span>
        {factor.summary && <span className="text-xs text-slate-600">{factor.summary}</span>}
      </button>
      {open && (
        <div id={panelId} className="mt-2 rounded-md bg-slate-50 p-3">
          {evidence.length ? (
            <ul className="space-y-2" aria-label={`${name} evidence`}>
              {evidence.map((item, index) => (
                <EvidenceItem key={index} evidence={item} />
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-600">No specific evidence for this factor.</p>
          )}
        </div>
      )}
    </li>
  );
}

export function FactorList({ factors }: { factors: Factor[] }) {
  if (!factors.length) return <p className="text-sm text-slate-600">No factor breakdown for this match.</p>;
  return (
    <ul className="divide-y divide-slate-100" aria-label="Score factors">
      {factors.map((factor, index) => (
        <FactorRow key={factor.name ?? index} factor={factor} />
      ))}
    </ul>
  );
}
