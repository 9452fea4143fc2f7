import { Spinner } from '@/components/ui/spinner';

import type { RunStatus, SourceStatus } from '../api/types';

const styles: Record<RunStatus | SourceStatus, { label: string; className: string }> = {
  running: { label: 'Running', className: 'bg-sky-50 text-sky-800 ring-sky-600/20' },
  completed: { label: 'Completed', className: 'bg-emerald-50 text-emerald-800 ring-emerald-600/20' },
  partial: { label: 'Partial', className: 'bg-amber-50 text-amber-800 ring-amber-600/30' },
  failed: { label: 'Failed', className: 'bg-red-50 text-red-800 ring-red-600/20' },
  skipped: { label: 'Skipped', className: 'bg-slate-100 text-slate-700 ring-slate-500/20' },
};

/** A run's or a source's status; unknown values from a newer server are shown as they come. */
export function StatusBadge({ status }: { status: string }) {
  const style = styles[status as RunStatus] ?? { label: status, className: 'bg-slate-100 text-slate-700 ring-slate-500/20' };
  return (
    <span className={`inline-flex shrink-0 items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${style.className}`}>
      {status === 'running' && <Spinner size="sm" />}
      {style.label}
    </span>
  );
}
