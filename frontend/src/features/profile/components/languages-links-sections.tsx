import { useFieldArray, useFormContext } from 'react-hook-form';

import { EditedBadge, InputField } from './fields';
import type { ReviewValues } from './review-values';
import { AddButton, RemoveButton, SectionCard, SectionEmpty } from './section-card';

export function LanguagesSection({ edited, hasCv }: { edited: boolean; hasCv: boolean }) {
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<ReviewValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'languages' });
  return (
    <SectionCard title="Languages" id="languages" badge={edited ? <EditedBadge /> : undefined}>
      {fields.length === 0 ? (
        <SectionEmpty>{hasCv ? 'No languages were found in your CV.' : 'No languages yet.'}</SectionEmpty>
      ) : (
        <ul className="space-y-3">
          {fields.map((field, index) => (
            <li key={field.id} className="flex items-start gap-2">
              <div className="grid flex-1 gap-3 sm:grid-cols-2">
                <InputField label={`Language ${index + 1}`} error={errors.languages?.[index]?.name?.message} {...register(`languages.${index}.name`)} />
                <InputField label={`Level of language ${index + 1}`} hint="e.g. native, fluent, B2" error={errors.languages?.[index]?.level?.message} {...register(`languages.${index}.level`)} />
              </div>
              <div className="pt-6">
                <RemoveButton label={`Remove language ${index + 1}`} onClick={() => remove(index)} />
              </div>
            </li>
          ))}
        </ul>
      )}
      <AddButton onClick={() => append({ name: '', level: '' })}>Add language</AddButton>
    </SectionCard>
  );
}

export function LinksSection({ edited, hasCv }: { edited: boolean; hasCv: boolean }) {
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<ReviewValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'links' });
  return (
    <SectionCard title="Links" id="links" badge={edited ? <EditedBadge /> : undefined}>
      {fields.length === 0 ? (
        <SectionEmpty>{hasCv ? 'No links were found in your CV.' : 'No links yet.'}</SectionEmpty>
      ) : (
        <ul className="space-y-3">
          {fields.map((field, index) => (
            <li key={field.id} className="flex items-start gap-2">
              <InputField label={`Link ${index + 1}`} type="text" inputMode="url" className="flex-1" error={errors.links?.[index]?.url?.message} {...register(`links.${index}.url`)} />
              <div className="pt-6">
                <RemoveButton label={`Remove link ${index + 1}`} onClick={() => remove(index)} />
              </div>
            </li>
          ))}
        </ul>
      )}
      <AddButton onClick={() => append({ url: '' })}>Add link</AddButton>
    </SectionCard>
  );
}
