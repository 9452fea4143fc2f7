import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';

import { EditedBadge, InputField } from './fields';
import type { ReviewValues } from './review-values';
import { AddButton, RemoveButton, SectionCard, SectionEmpty } from './section-card';

const DATE_HINT = 'YYYY or YYYY-MM';

function School({ index, onRemove }: { index: number; onRemove: () => void }) {
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<ReviewValues>();
  const [degree, institution] = useWatch({ control, name: [`education.${index}.degree`, `education.${index}.institution`] });
  const entryErrors = errors.education?.[index];
  const name = [degree, institution].filter((part) => part?.trim()).join(', ') || `Education ${index + 1}`;

  return (
    <li className="rounded-md border border-slate-200 p-3 sm:p-4">
      <fieldset>
        <div className="flex items-start justify-between gap-2">
          <legend className="text-sm font-semibold break-words text-slate-800">{name}</legend>
          <RemoveButton label={`Remove ${name}`} onClick={onRemove} />
        </div>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          <InputField label="Degree" error={entryErrors?.degree?.message} {...register(`education.${index}.degree`)} />
          <InputField label="Institution" error={entryErrors?.institution?.message} {...register(`education.${index}.institution`)} />
          <InputField label="Start" inputMode="numeric" hint={DATE_HINT} error={entryErrors?.start?.message} {...register(`education.${index}.start`)} />
          <InputField label="End" inputMode="numeric" hint={DATE_HINT} error={entryErrors?.end?.message} {...register(`education.${index}.end`)} />
        </div>
      </fieldset>
    </li>
  );
}

export function EducationSection({ edited, hasCv }: { edited: boolean; hasCv: boolean }) {
  const { control } = useFormContext<ReviewValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'education' });
  return (
    <SectionCard title="Education" id="education" badge={edited ? <EditedBadge /> : undefined}>
      {fields.length === 0 ? (
        <SectionEmpty>{hasCv ? 'No education was found in your CV.' : 'No education yet.'}</SectionEmpty>
      ) : (
        <ol className="space-y-3">
          {fields.map((field, index) => (
            <School key={field.id} index={index} onRemove={() => remove(index)} />
          ))}
        </ol>
      )}
      <AddButton onClick={() => append({ institution: '', degree: '', start: '', end: '' })}>Add education</AddButton>
    </SectionCard>
  );
}
