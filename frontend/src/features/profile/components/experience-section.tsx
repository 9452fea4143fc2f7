import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';

import { EditedBadge, InputField, TextareaField } from './fields';
import type { ReviewValues } from './review-values';
import { AddButton, RemoveButton, SectionCard, SectionEmpty } from './section-card';

const DATE_HINT = 'YYYY or YYYY-MM';
const blank = { employer: '', title: '', location: '', start: '', end: '', current: false, highlights: '' };

function Position({ index, onRemove }: { index: number; onRemove: () => void }) {
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<ReviewValues>();
  const [title, employer, current] = useWatch({ control, name: [`experience.${index}.title`, `experience.${index}.employer`, `experience.${index}.current`] });
  const entryErrors = errors.experience?.[index];
  const name = [title, employer].filter((part) => part?.trim()).join(' at ') || `Position ${index + 1}`;

  return (
    <li className="rounded-md border border-slate-200 p-3 sm:p-4">
      <fieldset>
        <div className="flex items-start justify-between gap-2">
          <legend className="text-sm font-semibold break-words text-slate-800">{name}</legend>
          <RemoveButton label={`Remove ${name}`} onClick={onRemove} />
        </div>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          <InputField label="Job title" error={entryErrors?.title?.message} {...register(`experience.${index}.title`)} />
          <InputField label="Employer" error={entryErrors?.employer?.message} {...register(`experience.${index}.employer`)} />
          <InputField label="Location" className="sm:col-span-2" error={entryErrors?.location?.message} {...register(`experience.${index}.location`)} />
          <InputField label="Start" inputMode="numeric" hint={DATE_HINT} error={entryErrors?.start?.message} {...register(`experience.${index}.start`)} />
          <InputField label="End" inputMode="numeric" hint={current ? 'Current position' : DATE_HINT} disabled={current} error={entryErrors?.end?.message} {...register(`experience.${index}.end`)} />
          <label className="flex items-center gap-2 text-sm text-slate-800 sm:col-span-2">
            <input type="checkbox" className="h-4 w-4 rounded border-slate-300 text-indigo-600" {...register(`experience.${index}.current`)} />I work here now
          </label>
          <TextareaField label="Highlights" hint="One per line" rows={4} className="sm:col-span-2" error={entryErrors?.highlights?.message} {...register(`experience.${index}.highlights`)} />
        </div>
      </fieldset>
    </li>
  );
}

export function ExperienceSection({ edited, hasCv }: { edited: boolean; hasCv: boolean }) {
  const { control } = useFormContext<ReviewValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'experience' });
  return (
    <SectionCard title="Experience" id="experience" badge={edited ? <EditedBadge /> : undefined}>
      {fields.length === 0 ? (
        <SectionEmpty>{hasCv ? 'No positions were found in your CV.' : 'No positions yet.'} Add them if you want matching to use them.</SectionEmpty>
      ) : (
        <ol className="space-y-3">
          {fields.map((field, index) => (
            <Position key={field.id} index={index} onRemove={() => remove(index)} />
          ))}
        </ol>
      )}
      <AddButton onClick={() => append(blank)}>Add position</AddButton>
    </SectionCard>
  );
}
