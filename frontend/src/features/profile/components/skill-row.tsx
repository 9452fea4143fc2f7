import { useState } from 'react';

import { errorMessage } from '@/lib/api-client';

import { useDeleteSkill } from '../api/delete-skill';
import type { UserSkill } from '../api/get-skills';
import { skillLevels, useSaveSkill, type SkillLevel } from '../api/save-skill';

import { useHighlight } from './review-highlight';
import { RemoveButton } from './section-card';

export const levelLabels: Record<SkillLevel, string> = { beginner: 'Beginner', intermediate: 'Intermediate', advanced: 'Advanced', expert: 'Expert' };

/** The CV line a skill was found in, starting shortly before the skill's name, which is picked out. */
function Evidence({ text, skill }: { text: string; skill: string }) {
  const at = text.toLowerCase().indexOf(skill.toLowerCase());
  if (at < 0) return <q>{text}</q>;
  const from = at > 40 ? text.lastIndexOf(' ', at - 25) + 1 : 0;
  return (
    <q>
      {from > 0 && '…'}
      {text.slice(from, at)}
      <strong className="font-semibold text-slate-700">{text.slice(at, at + skill.length)}</strong>
      {text.slice(at + skill.length)}
    </q>
  );
}

function parseYears(value: string): number | null | undefined {
  if (value.trim() === '') return null;
  const years = Number(value.replace(',', '.'));
  return Number.isFinite(years) && years >= 0 && years <= 60 ? years : undefined;
}

export function SkillRow({ skill, canShowInCv }: { skill: UserSkill; canShowInCv: boolean }) {
  const name = skill.name ?? '';
  const save = useSaveSkill();
  const remove = useDeleteSkill();
  const { show } = useHighlight();
  const serverYears = skill.years == null ? '' : String(skill.years);
  const [years, setYears] = useState(serverYears);
  const [shownYears, setShownYears] = useState(serverYears);
  if (shownYears !== serverYears) {
    // The server's value changed (saved here, or a new CV): show it instead of the old draft.
    setShownYears(serverYears);
    setYears(serverYears);
  }
  const [yearsError, setYearsError] = useState<string | null>(null);
  const level = (skill.level ?? null) as SkillLevel | null;
  const current = skill.years ?? null;
  const failure = save.error ?? remove.error;

  function saveYears() {
    const parsed = parseYears(years);
    if (parsed === undefined) {
      setYearsError('Enter 0 to 60 years');
      return;
    }
    setYearsError(null);
    if (parsed !== current) save.mutate({ name, level, years: parsed });
  }

  return (
    <li className={`py-2.5 ${remove.isPending ? 'opacity-50' : ''}`}>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <div className="flex min-w-0 flex-1 basis-24 flex-wrap items-center gap-x-2">
          <span className="font-medium break-words text-slate-900">{name}</span>
          {skill.custom && <span className="rounded-full bg-sky-100 px-2 py-0.5 text-xs font-medium text-sky-800">Custom</span>}
          {skill.origin !== 'cv' && <span className="text-xs text-slate-500">{skill.evidence ? 'Edited by you' : 'Added by you'}</span>}
        </div>
        <div className="flex items-center gap-2">
          <select
            aria-label={`Level of ${name}`}
            value={level ?? ''}
            aria-busy={save.isPending || undefined}
            onChange={(event) => save.mutate({ name, level: (event.target.value || null) as SkillLevel | null, years: current })}
            className="rounded-md border-0 py-1 pr-8 pl-2 text-sm text-slate-900 ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-indigo-600"
          >
            <option value="">No level</option>
            {skillLevels.map((value) => (
              <option key={value} value={value}>
                {levelLabels[value]}
              </option>
            ))}
          </select>
          <label className="flex items-center gap-1 text-sm text-slate-600">
            <input
              aria-label={`Years of ${name}`}
              inputMode="decimal"
              value={years}
              onChange={(event) => setYears(event.target.value)}
              onBlur={saveYears}
              onKeyDown={(event) => event.key === 'Enter' && event.currentTarget.blur()}
              className="w-12 rounded-md border-0 px-2 py-1 text-sm text-slate-900 ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-indigo-600"
            />
            <span aria-hidden="true">yrs</span>
          </label>
          <RemoveButton label={`Remove ${name}`} onClick={() => remove.mutate(name)} />
        </div>
      </div>
      {skill.evidence &&
        (canShowInCv ? (
          <button
            type="button"
            onClick={() => show(skill.evidence ?? null, { reveal: true })}
            title="Show this line in your CV"
            className="mt-1 block max-w-full truncate text-left text-xs text-slate-500 hover:text-indigo-700 hover:underline"
          >
            <Evidence text={skill.evidence} skill={name} />
          </button>
        ) : (
          <p className="mt-1 truncate text-xs text-slate-500" title={skill.evidence}>
            <Evidence text={skill.evidence} skill={name} />
          </p>
        ))}
      {(failure || yearsError) && (
        <p role="alert" className="mt-1 text-sm text-red-600">
          {yearsError ?? errorMessage(failure)}
        </p>
      )}
    </li>
  );
}
