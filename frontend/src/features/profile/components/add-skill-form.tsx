import { useState } from 'react';

import { Button } from '@/components/ui/button';
import { errorMessage } from '@/lib/api-client';

import { saveSkillInputSchema, skillLevels, useSaveSkill, type SkillLevel } from '../api/save-skill';

import { SkillCombobox } from './skill-combobox';
import { levelLabels } from './skill-row';

/** Adds a skill by name (a known one or the user's own), with an optional level and years. */
export function AddSkillForm({ existing }: { existing: readonly string[] }) {
  const save = useSaveSkill();
  const [name, setName] = useState('');
  const [level, setLevel] = useState<SkillLevel | ''>('');
  const [years, setYears] = useState('');
  const [error, setError] = useState<{ name?: string; years?: string; form?: string }>({});
  const [added, setAdded] = useState<string | null>(null);

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setAdded(null);
    const parsed = saveSkillInputSchema.safeParse({
      name,
      level: level || null,
      years: years.trim() === '' ? null : Number(years.replace(',', '.')),
    });
    if (!parsed.success) {
      const issues = parsed.error.issues;
      setError({ name: issues.find((i) => i.path[0] === 'name')?.message, years: issues.find((i) => i.path[0] === 'years') ? 'Enter 0 to 60 years' : undefined });
      return;
    }
    setError({});
    try {
      const skill = await save.mutateAsync(parsed.data);
      const wasThere = existing.some((n) => n.toLowerCase() === (skill.name ?? '').toLowerCase());
      setAdded(wasThere ? `Updated ${skill.name}.` : `Added ${skill.name}${skill.custom ? ' as your own skill' : ''}.`);
      setName('');
      setLevel('');
      setYears('');
    } catch (failure) {
      setError({ form: errorMessage(failure) });
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add a skill" className="rounded-md bg-slate-50 p-3 sm:p-4">
      <div className="grid grid-cols-[minmax(0,1fr)_5rem] gap-3 sm:grid-cols-[minmax(0,1fr)_5rem_auto] sm:items-start">
        <div className="col-span-full">
          <SkillCombobox value={name} onChange={setName} error={error.name} />
        </div>
        <div>
          <label htmlFor="new-skill-level" className="block text-sm font-medium text-slate-900">
            Level
          </label>
          <select id="new-skill-level" value={level} onChange={(event) => setLevel(event.target.value as SkillLevel | '')} className="mt-1 block w-full rounded-md border-0 py-2 pr-8 pl-3 text-slate-900 shadow-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-indigo-600 sm:text-sm">
            <option value="">Not set</option>
            {skillLevels.map((value) => (
              <option key={value} value={value}>
                {levelLabels[value]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="new-skill-years" className="block text-sm font-medium text-slate-900">
            Years
          </label>
          <input id="new-skill-years" inputMode="decimal" value={years} onChange={(event) => setYears(event.target.value)} aria-invalid={error.years ? true : undefined} className="mt-1 block w-full rounded-md border-0 px-3 py-2 text-slate-900 shadow-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-indigo-600 sm:text-sm" />
          {error.years && <p className="mt-1 text-sm text-red-600">{error.years}</p>}
        </div>
        <Button type="submit" isLoading={save.isPending} className="col-span-full sm:col-span-1 sm:mt-6">
          Add skill
        </Button>
      </div>
      <div aria-live="polite">
        {error.form && <p className="mt-2 text-sm text-red-600" role="alert">{error.form}</p>}
        {added && <p className="mt-2 text-sm text-green-700">{added}</p>}
      </div>
    </form>
  );
}
