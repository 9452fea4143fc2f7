import { useId, useState, type KeyboardEvent } from 'react';

type TagInputProps = {
  label: string;
  values: string[];
  onChange: (values: string[]) => void;
  onBlur?: () => void;
  hint?: string;
  error?: string;
  max: number;
  maxLength: number;
};

/** A list of short texts: type one and press Enter (or a comma) to add it; each can be removed. */
export function TagInput({ label, values, onChange, onBlur, hint, error, max, maxLength }: TagInputProps) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const full = values.length >= max;

  function commit() {
    const value = draft.trim().replace(/\s+/g, ' ');
    if (!value) return;
    if (!values.some((existing) => existing.toLowerCase() === value.toLowerCase()) && !full) onChange([...values, value]);
    setDraft('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Backspace' && draft === '' && values.length > 0) {
      onChange(values.slice(0, -1));
    }
  }

  return (
    <div className="min-w-0">
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      <div className={`mt-1 flex flex-wrap items-center gap-1.5 rounded-md bg-white px-2 py-1.5 shadow-sm ring-1 ring-inset focus-within:ring-2 ${error ? 'ring-red-400' : 'ring-slate-300 focus-within:ring-indigo-600'}`}>
        {values.length > 0 && (
          <ul aria-label={label} className="contents">
            {values.map((value) => (
              <li key={value} className="inline-flex max-w-full items-center gap-1 rounded-full bg-indigo-50 py-0.5 pr-1 pl-2.5 text-sm text-indigo-900">
                <span className="truncate">{value}</span>
                <button type="button" aria-label={`Remove ${value}`} onClick={() => onChange(values.filter((v) => v !== value))} className="rounded-full px-1 text-indigo-500 hover:bg-indigo-100 hover:text-indigo-800">
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          id={id}
          value={draft}
          maxLength={maxLength}
          disabled={full}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-help`}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => {
            commit();
            onBlur?.();
          }}
          placeholder={full ? `At most ${max}` : values.length ? 'Add another' : 'Type and press Enter'}
          className="min-w-[8rem] flex-1 border-0 bg-transparent px-1 py-1 text-slate-900 placeholder:text-slate-400 focus:outline-none sm:text-sm"
        />
      </div>
      <p id={`${id}-help`} className={`mt-1 text-xs ${error ? 'text-sm text-red-600' : 'text-slate-500'}`}>
        {error ?? hint}
      </p>
    </div>
  );
}
