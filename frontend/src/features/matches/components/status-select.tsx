import { useId } from 'react';

import { canMove, isStatus, STATUS_LABELS, STATUSES, type MatchStatus } from '../lib/status';

type StatusSelectProps = {
  status: MatchStatus;
  onChange: (status: MatchStatus) => void;
  disabled?: boolean;
  /** The accessible name, e.g. "Status of Senior Java Developer". */
  label: string;
  hideLabel?: boolean;
};

/** The keyboard- and screen-reader-friendly way to move a match; moves the backend refuses are disabled. */
export function StatusSelect({ status, onChange, disabled, label, hideLabel = true }: StatusSelectProps) {
  const id = useId();
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className={hideLabel ? 'sr-only' : 'text-sm font-medium text-slate-700'}>
        {label}
      </label>
      <select
        id={id}
        value={status}
        disabled={disabled}
        onChange={(event) => {
          if (isStatus(event.target.value)) onChange(event.target.value);
        }}
        className="rounded-md border-0 py-1.5 pr-8 pl-2 text-sm text-slate-900 ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-indigo-600 disabled:opacity-60"
      >
        {STATUSES.map((option) => (
          <option key={option} value={option} disabled={!canMove(status, option)}>
            {STATUS_LABELS[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
