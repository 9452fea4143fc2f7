import { useEffect, useId, useState, type KeyboardEvent } from 'react';

import { Spinner } from '@/components/ui/spinner';

import { useSkillSuggestions, type SkillSuggestion } from '../api/autocomplete-skills';

function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

type ComboboxProps = { value: string; onChange: (value: string) => void; error?: string; id?: string };

/** A text field that suggests skills as you type (ARIA 1.2 combobox with a list box popup). */
export function SkillCombobox({ value, onChange, error, id }: ComboboxProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const listId = `${inputId}-list`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const query = useDebounced(value, 200);
  const suggestions = useSkillSuggestions(query);
  const options: SkillSuggestion[] = value.trim() ? (suggestions.data ?? []) : [];
  const expanded = open && options.length > 0;
  const known = options.some((option) => option.name?.toLowerCase() === value.trim().toLowerCase());

  function pick(option: SkillSuggestion) {
    onChange(option.name ?? '');
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (index + step + options.length) % options.length);
    } else if (event.key === 'Enter' && expanded && options[active]) {
      event.preventDefault();
      pick(options[active]);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
    }
  }

  return (
    <div className="relative min-w-0">
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-900">
        Skill
      </label>
      <div className="relative">
        <input
          id={inputId}
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${inputId}-help`}
          value={value}
          maxLength={60}
          onChange={(event) => {
            onChange(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          className={`mt-1 block w-full rounded-md border-0 px-3 py-2 pr-9 text-slate-900 shadow-sm ring-1 ring-inset focus:ring-2 focus:ring-inset focus:outline-none sm:text-sm ${error ? 'ring-red-400' : 'ring-slate-300 focus:ring-indigo-600'}`}
        />
        {suggestions.isFetching && (
          <span className="absolute top-1/2 right-3 -translate-y-1/2 text-slate-400">
            <Spinner size="sm" />
          </span>
        )}
      </div>
      <ul id={listId} role="listbox" aria-label="Skill suggestions" hidden={!expanded} className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-md bg-white py-1 text-sm shadow-lg ring-1 ring-black/5">
        {options.map((option, index) => (
          <li
            key={`${option.name}-${option.custom}`}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(option)}
            className={`flex cursor-pointer items-center justify-between gap-3 px-3 py-2 ${index === active ? 'bg-indigo-600 text-white' : 'text-slate-900 hover:bg-slate-100'}`}
          >
            <span className="truncate">{option.name}</span>
            <span className={`shrink-0 text-xs ${index === active ? 'text-indigo-100' : 'text-slate-500'}`}>
              {option.custom ? 'your skill' : [option.category, option.openJobs ? `${option.openJobs} open job${option.openJobs === 1 ? '' : 's'}` : null].filter(Boolean).join(' · ')}
            </span>
          </li>
        ))}
      </ul>
      <p id={`${inputId}-help`} className={`mt-1 text-xs ${error ? 'text-sm text-red-600' : 'text-slate-500'}`}>
        {error ?? (value.trim() && suggestions.isSuccess && !suggestions.isPlaceholderData && !known ? 'Not in our list: it will be added as your own custom skill.' : 'Suggestions are ranked by how many open jobs ask for them.')}
      </p>
    </div>
  );
}
