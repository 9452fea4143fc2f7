import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';

import type { ParsedCv } from '../api/get-latest-cv';
import type { Profile } from '../api/get-profile';
import { useUpdateProfile } from '../api/update-profile';

import { ContactSection } from './contact-section';
import { EducationSection } from './education-section';
import { ExperienceSection } from './experience-section';
import { LanguagesSection, LinksSection } from './languages-links-sections';
import { useHighlightOnFocus } from './review-highlight';
import { reviewSchema, toReviewChanges, toReviewValues, type ReviewValues } from './review-values';
import { SaveBar } from './save-bar';
import { applyServerErrors } from './server-errors';

const FIELDS = ['fullName', 'headline', 'email', 'phone', 'location', 'summary', 'experience', 'education', 'languages', 'links'];

/** What the CV says, section by section, every field editable; saved with PUT /api/profile. */
export function ReviewForm({ profile, parsed }: { profile: Profile; parsed: ParsedCv | null }) {
  const update = useUpdateProfile();
  const [serverError, setServerError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const values = useMemo(() => toReviewValues(profile), [profile]);
  const form = useForm<ReviewValues>({
    resolver: zodResolver(reviewSchema),
    mode: 'onTouched',
    values,
    // A new upload or the other form's save refreshes the fields the user has not touched.
    resetOptions: { keepDirtyValues: true },
  });
  const onFocus = useHighlightOnFocus();
  const edited = new Set(profile.editedFields ?? []);
  const hasCv = parsed !== null;

  const onSubmit = form.handleSubmit(async (input) => {
    setServerError(null);
    try {
      const next = await update.mutateAsync(toReviewChanges(input));
      form.reset(toReviewValues(next));
      setSaved(true);
    } catch (error) {
      setServerError(applyServerErrors(error, FIELDS, form.setError));
    }
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} onFocus={onFocus} noValidate aria-label="Review your profile" className="space-y-4">
        <ContactSection edited={edited} parsed={parsed} />
        <ExperienceSection edited={edited.has('experience')} hasCv={hasCv} />
        <EducationSection edited={edited.has('education')} hasCv={hasCv} />
        <LanguagesSection edited={edited.has('languages')} hasCv={hasCv} />
        <LinksSection edited={edited.has('links')} hasCv={hasCv} />
        <SaveBar
          dirty={form.formState.isDirty}
          saving={form.formState.isSubmitting}
          saved={saved}
          error={serverError}
          saveLabel="Save profile"
          onDiscard={() => {
            form.reset(values);
            setServerError(null);
          }}
        />
      </form>
    </FormProvider>
  );
}
