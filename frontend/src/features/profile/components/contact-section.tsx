import { useFormContext } from 'react-hook-form';

import type { ParsedCv } from '../api/get-latest-cv';

import { EditedBadge, InputField, TextareaField } from './fields';
import { ParsedHint } from './parsed-hint';
import type { ReviewValues } from './review-values';
import { SectionCard } from './section-card';

type Props = { edited: ReadonlySet<string>; parsed: ParsedCv | null };

/** Name, contact details, headline and summary. */
export function ContactSection({ edited, parsed }: Props) {
  const {
    register,
    formState: { errors },
  } = useFormContext<ReviewValues>();
  const badge = (field: string) => (edited.has(field) ? <EditedBadge /> : undefined);
  const hint = (field: keyof ReviewValues, value: string | null | undefined, label: string) =>
    parsed ? <ParsedHint<ReviewValues> name={field} parsed={value} label={label} /> : undefined;

  return (
    <SectionCard title="Contact and summary" id="contact">
      <div className="grid gap-4 sm:grid-cols-2">
        <InputField label="Full name" autoComplete="name" badge={badge('fullName')} hint={hint('fullName', parsed?.name, 'name')} error={errors.fullName?.message} {...register('fullName')} />
        <InputField label="Headline" badge={badge('headline')} hint={hint('headline', parsed?.headline, 'headline')} error={errors.headline?.message} {...register('headline')} />
        <InputField label="Email" type="email" autoComplete="email" badge={badge('email')} hint={hint('email', parsed?.email, 'email')} error={errors.email?.message} {...register('email')} />
        <InputField label="Phone" type="tel" autoComplete="tel" badge={badge('phone')} hint={hint('phone', parsed?.phone, 'phone')} error={errors.phone?.message} {...register('phone')} />
        <InputField label="Location" className="sm:col-span-2" badge={badge('location')} hint={hint('location', parsed?.location, 'location')} error={errors.location?.message} {...register('location')} />
        <TextareaField label="Summary" rows={5} className="sm:col-span-2" badge={badge('summary')} hint={hint('summary', parsed?.summary, 'summary')} error={errors.summary?.message} {...register('summary')} />
      </div>
    </SectionCard>
  );
}
