import { useEffect, useId, useState, type KeyboardEvent } from 'react';

import { useSkillSuggestions } from '../api/suggest-skills';
import type { FacetCount } from '../api/types';
import { formatCount } from '../utils/format';

type SkillsFilterProps = {
  selected: string[];
  popular: FacetCount[];
  onChange: (skills: string[]) => void;
};

/** Required skills as removable chips, with typo-tolerant autocomplete from the skill taxonomy. */
export function SkillsFilter({ selected, popular, onChange }: SkillsFilterProps) {
  const [text, setText] = useState('');
  const [typed, setTyped] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const inputId = useId();
  const listId = useId();

  useEffect(() => {
    const timer = setTimeout(() => setTyped(text.trim()), 150);
    return () => clearTimeout(timer);
  }, [text]);

  const suggestions = useSkillSuggestions(typed);
  const lower = selected.map((s) => s.toLowerCase());
  const options = typed ? (suggestions.data?.items ?? []).filter((s) => !lower.includes(s.name.toLowerCase())) : [];
  const showList = open && text.trim().length > 0 && options.length > 0;

  function add(name: string) {
    const value = name.trim();
    if (value && !lower.includes(value.toLowerCase()) && selected.length < 20) onChange([...selected, value]);
    setText('');
    setTyped('');
    setActive(0);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' && options.length) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % options.length);
    } else if (event.key === 'ArrowUp' && options.length) {
      event.preventDefault();
      setActive((i) => (i - 1 + options.length) % options.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (showList && options[active]) add(options[active].name);
      else if (text.trim()) add(text);
    } else if (event.key === 'Escape') {
      setOpen(false);
    } else if (event.key === 'Backspace' && !text && selected.length) {
      onChange(selected.slice(0, -1));
    }
  }

  const unusedPopular = popular.filter((p) => !lower.includes(p.value.toLowerCase())).slice(0, 8);

  return (
    <div>
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-900">
        Skills
      </label>
      {selected.length > 0 && (
        <ul aria-label="Required skills" className="mt-2 flex flex-wrap gap-1.5">
          {selected.map((skill) => (
            <li key={skill} className="inline-flex items-center gap-1 rounded-full bg-indigo-100 py-0.5 pr-1 pl-2.5 text-xs font-medium text-indigo-800">
              {skill}
              <button
                type="button"
                onClick={() => onChange(selected.filter((s) => s !== skill))}
                className="rounded-full px-1 text-indigo-600 hover:bg-indigo-200 hover:text-indigo-900"
                aria-label={`Remove skill ${skill}`}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="relative mt-2">
        <input
          id={inputId}
          type="text"
          role="combobox"
          autoComplete="off"
          placeholder="Add a skill, e.g. React"
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={showList ? `${listId}-${active}` : undefined}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          className="block w-full rounded-md border-0 px-3 py-2 text-slate-900 shadow-sm ring-1 ring-slate-300 ring-inset placeholder:text-slate-400 focus:ring-2 focus:ring-indigo-600 focus:outline-none focus:ring-inset sm:text-sm"
        />
        {showList && (
          <ul id={listId} role="listbox" aria-label="Skill suggestions" className="absolute z-20 mt-1 max-h-60 w-full overflow-auto rounded-md bg-white py-1 text-sm shadow-lg ring-1 ring-black/5">
            {options.map((option, i) => (
              <li
                key={option.name}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => add(option.name)}
                onMouseEnter={() => setActive(i)}
                className={`flex cursor-pointer justify-between gap-2 px-3 py-2 ${i === active ? 'bg-indigo-600 text-white' : 'text-slate-900'}`}
              >
                <span>{option.name}</span>
                <span className={i === active ? 'text-indigo-100' : 'text-slate-500'}>{formatCount(option.openJobs)} jobs</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {unusedPopular.length > 0 && (
        <div className="mt-2">
          <p className="text-xs text-slate-500">Common in these results:</p>
          <ul className="mt-1 flex flex-wrap gap-1.5">
            {unusedPopular.map((p) => (
              <li key={p.value}>
                <button
                  type="button"
                  onClick={() => add(p.value)}
                  aria-label={`Require skill ${p.value} (${p.count} jobs)`}
                  className="rounded-full border border-slate-200 px-2 py-0.5 text-xs text-slate-700 hover:border-indigo-300 hover:bg-indigo-50"
                >
                  {p.value} <span className="text-slate-400">{formatCount(p.count)}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
