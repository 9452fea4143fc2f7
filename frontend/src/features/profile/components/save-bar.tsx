import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

type SaveBarProps = {
  dirty: boolean;
  saving: boolean;
  saved: boolean;
  error: string | null;
  saveLabel: string;
  onDiscard: () => void;
};

/** Save and discard for a form; it sticks to the bottom of the screen while there are unsaved changes. */
export function SaveBar({ dirty, saving, saved, error, saveLabel, onDiscard }: SaveBarProps) {
  return (
    <div className={`z-10 space-y-2 ${dirty ? 'sticky bottom-0 pb-2' : ''}`}>
      {error && <ErrorAlert>{error}</ErrorAlert>}
      <div className={`flex flex-wrap items-center justify-between gap-3 rounded-lg border px-4 py-3 shadow-sm ${dirty ? 'border-indigo-200 bg-indigo-50/95 backdrop-blur' : 'border-slate-200 bg-white'}`}>
        <p role="status" className="text-sm text-slate-700">
          {dirty ? 'You have unsaved changes.' : saved ? 'All changes saved.' : 'No unsaved changes.'}
        </p>
        <div className="flex gap-2">
          <Button variant="secondary" disabled={!dirty || saving} onClick={onDiscard}>
            Discard
          </Button>
          <Button type="submit" isLoading={saving} disabled={!dirty}>
            {saveLabel}
          </Button>
        </div>
      </div>
    </div>
  );
}
