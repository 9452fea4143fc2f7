import { useId, useState, type FormEvent } from 'react';

import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { errorMessage } from '@/lib/api-client';

import { useSources } from '../api/get-sources';
import type { SourceView } from '../api/types';

/** Why a source would be skipped if chosen, or null when it can run. */
export function whyNotRunnable(source: Pick<SourceView, 'enabled' | 'boards'>): string | null {
  if (!source.enabled) return 'switched off';
  if (source.boards === 0) return 'no boards on the watchlist';
  return null;
}

type SourceChooserProps = {
  id: string;
  onSubmit: (sources: string[]) => void;
  onCancel: () => void;
};

/** Checkboxes for a refresh of some sources only; the runnable ones are ticked to begin with. */
export function SourceChooser({ id, onSubmit, onCancel }: SourceChooserProps) {
  const sources = useSources();
  const [picked, setPicked] = useState<ReadonlySet<string> | null>(null);
  const hintId = useId();

  if (sources.isPending) return <Spinner label="Loading sources" />;
  if (sources.isError) return <ErrorAlert title="Could not load the sources">{errorMessage(sources.error)}</ErrorAlert>;

  const runnable = sources.data.filter((source) => whyNotRunnable(source) === null).map((source) => source.name);
  const selected = picked ?? new Set(runnable);
  const chosen = sources.data.map((source) => source.name).filter((name) => selected.has(name));

  const toggle = (name: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(name);
    else next.delete(name);
    setPicked(next);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen.length > 0) onSubmit(chosen);
  };

  return (
    <form id={id} onSubmit={submit} aria-label="Choose sources to refresh" className="rounded-lg border border-slate-200 bg-slate-50 p-4">
      <fieldset>
        <legend className="text-sm font-semibold text-slate-900">Sources to refresh</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {sources.data.map((source) => {
            const reason = whyNotRunnable(source);
            return (
              <label key={source.name} className={`flex items-start gap-2 text-sm ${reason ? 'text-slate-500' : 'text-slate-900'}`}>
                <input
                  type="checkbox"
                  className="mt-0.5 h-4 w-4 rounded border-slate-300 text-indigo-600 focus-visible:outline-2 focus-visible:outline-indigo-600"
                  checked={selected.has(source.name)}
                  disabled={reason !== null}
                  onChange={(event) => toggle(source.name, event.target.checked)}
                />
                <span>
                  {source.displayName}
                  {reason && <span className="block text-xs">({reason})</span>}
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>
      {chosen.length === 0 && (
        <p id={hintId} className="mt-3 text-sm text-red-600">
          Choose at least one source.
        </p>
      )}
      <div className="mt-4 flex flex-wrap gap-2">
        <Button type="submit" disabled={chosen.length === 0} aria-describedby={chosen.length === 0 ? hintId : undefined}>
          Refresh {chosen.length === 1 ? '1 source' : `${chosen.length} sources`}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
