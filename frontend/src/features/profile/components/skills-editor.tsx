import { ErrorAlert } from '@/components/ui/alert';
import { Spinner } from '@/components/ui/spinner';
import { errorMessage } from '@/lib/api-client';

import { useSkills } from '../api/get-skills';

import { AddSkillForm } from './add-skill-form';
import { SectionCard, SectionEmpty } from './section-card';
import { SkillRow } from './skill-row';

/** The profile's skills: found in the CV (with the line that shows it) or added by hand. Saved at once. */
export function SkillsEditor({ hasCv }: { hasCv: boolean }) {
  const skills = useSkills();
  const list = skills.data ?? [];
  return (
    <SectionCard
      title="Skills"
      id="skills"
      badge={skills.data ? <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">{list.length}</span> : undefined}
      description="Changes here are saved as soon as you make them."
    >
      <AddSkillForm existing={list.map((skill) => skill.name ?? '')} />
      <div className="mt-4">
        {skills.isPending ? (
          <div className="flex justify-center py-6 text-indigo-600">
            <Spinner label="Loading skills" />
          </div>
        ) : skills.isError ? (
          <ErrorAlert title="Could not load your skills">{errorMessage(skills.error)}</ErrorAlert>
        ) : list.length === 0 ? (
          <SectionEmpty>{hasCv ? 'No skills were found in your CV. Add the ones you have above.' : 'No skills yet. Upload your CV or add them above.'}</SectionEmpty>
        ) : (
          <ul aria-label="Your skills" className="divide-y divide-slate-100">
            {list.map((skill) => (
              <SkillRow key={skill.name} skill={skill} canShowInCv={hasCv} />
            ))}
          </ul>
        )}
      </div>
    </SectionCard>
  );
}
