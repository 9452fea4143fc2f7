import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { Controller, FormProvider, useForm } from 'react-hook-form';

import type { ParsedCv } from '../api/get-latest-cv';
import type { Profile } from '../api/get-profile';
import { useUpdateProfile } from '../api/update-profile';

import { EditedBadge, InputField, SelectField } from './fields';
import { ParsedHint } from './parsed-hint';
import { preferencesSchema, toPreferencesChanges, toPreferencesValues, type PreferencesValues } from './preferences-values';
import { SaveBar } from './save-bar';
import { SectionCard } from './section-card';
import { applyServerErrors } from './server-errors';
import { TagInput } from './tag-input';

const FIELDS = ['targetTitles', 'preferredLocations', 'remotePreference', 'salaryExpectation', 'salaryCurrency', 'yearsExperience', 'seniority'];
const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'CAD', 'AUD', 'SEK', 'NOK', 'DKK', 'PLN', 'INR', 'JPY'];
const seniorityLabels = { intern: 'Intern', junior: 'Junior', mid: 'Mid-level', senior: 'Senior', lead: 'Lead', executive: 'Executive' };

/** What the user is looking for; matching ranks jobs with it. */
export function PreferencesForm({ profile, parsed }: { profile: Profile; parsed: ParsedCv | null }) {
  const update = useUpdateProfile();
  const [serverError, setServerError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const values = useMemo(() => toPreferencesValues(profile), [profile]);
  const form = useForm<PreferencesValues>({ resolver: zodResolver(preferencesSchema), mode: 'onTouched', values, resetOptions: { keepDirtyValues: true } });
  const {
    register,
    control,
    formState: { errors },
  } = form;
  const edited = new Set(profile.editedFields ?? []);
  const listId = 'currency-options';

  const onSubmit = form.handleSubmit(async (input) => {
    setServerError(null);
    try {
      const next = await update.mutateAsync(toPreferencesChanges(input));
      form.reset(toPreferencesValues(next));
      setSaved(true);
    } catch (error) {
      setServerError(applyServerErrors(error, FIELDS, form.setError));
    }
  });

  return (
    <SectionCard title="What you are looking for" id="preferences" description="Matching uses these to rank jobs for you. None of them is shared with employers.">
      <FormProvider {...form}>
        <form onSubmit={onSubmit} noValidate aria-label="Job preferences" className="space-y-4">
          <div className="grid gap-4 md:grid-cols-2">
            <Controller
              control={control}
              name="targetTitles"
              render={({ field, fieldState }) => (
                <TagInput label="Target job titles" hint="Press Enter after each title." max={20} maxLength={120} values={field.value} onChange={field.onChange} onBlur={field.onBlur} error={fieldState.error?.message} />
              )}
            />
            <Controller
              control={control}
              name="preferredLocations"
              render={({ field, fieldState }) => (
                <TagInput label="Preferred locations" hint="Cities, countries or time zones." max={20} maxLength={120} values={field.value} onChange={field.onChange} onBlur={field.onBlur} error={fieldState.error?.message} />
              )}
            />
            <SelectField label="Work arrangement" error={errors.remotePreference?.message} {...register('remotePreference')}>
              <option value="">Not specified</option>
              <option value="remote">Remote only</option>
              <option value="hybrid">Hybrid</option>
              <option value="onsite">On-site</option>
              <option value="any">Any of these</option>
            </SelectField>
            <div className="grid grid-cols-[1fr_7rem] gap-3">
              <InputField label="Yearly salary expectation" inputMode="numeric" hint="Gross, whole number" error={errors.salaryExpectation?.message} {...register('salaryExpectation')} />
              <InputField
                label="Currency"
                list={listId}
                maxLength={3}
                autoCapitalize="characters"
                className="[&_input]:uppercase"
                error={errors.salaryCurrency?.message}
                {...register('salaryCurrency', { setValueAs: (value: string) => value.toUpperCase().trim() })}
              />
              <datalist id={listId}>
                {CURRENCIES.map((code) => (
                  <option key={code} value={code} />
                ))}
              </datalist>
            </div>
            <InputField
              label="Years of experience"
              inputMode="decimal"
              badge={edited.has('yearsExperience') ? <EditedBadge /> : undefined}
              hint={parsed ? <ParsedHint<PreferencesValues> name="yearsExperience" parsed={parsed.yearsExperience == null ? null : String(parsed.yearsExperience)} label="years of experience" /> : undefined}
              error={errors.yearsExperience?.message}
              {...register('yearsExperience')}
            />
            <SelectField
              label="Seniority"
              badge={edited.has('seniority') ? <EditedBadge /> : undefined}
              hint={parsed ? <ParsedHint<PreferencesValues> name="seniority" parsed={parsed.seniority} label="seniority" /> : undefined}
              error={errors.seniority?.message}
              {...register('seniority')}
            >
              <option value="">Not specified</option>
              {Object.entries(seniorityLabels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </SelectField>
          </div>
          <SaveBar
            dirty={form.formState.isDirty}
            saving={form.formState.isSubmitting}
            saved={saved}
            error={serverError}
            saveLabel="Save preferences"
            onDiscard={() => {
              form.reset(values);
              setServerError(null);
            }}
          />
        </form>
      </FormProvider>
    </SectionCard>
  );
}
