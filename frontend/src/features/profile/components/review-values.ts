import { z } from 'zod';

import type { Profile } from '../api/get-profile';
import { profileFieldRules as rules, type ProfileUpdate } from '../api/update-profile';

// The review form edits what the CV says: contact, headline and summary, positions, education,
// languages and links. Dates are YYYY or YYYY-MM strings, compared as text (they sort that way).

const position = z
  .object({
    employer: z.string().trim().max(200, 'Employer can be at most 200 characters'),
    title: z.string().trim().max(200, 'Job title can be at most 200 characters'),
    location: z.string().trim().max(120, 'Location can be at most 120 characters'),
    start: rules.yearMonth,
    end: rules.yearMonth,
    current: z.boolean(),
    highlights: z
      .string()
      .refine((text) => lines(text).length <= 30, 'At most 30 highlights')
      .refine((text) => lines(text).every((line) => line.length <= 1000), 'Each highlight can be at most 1000 characters'),
  })
  .refine((p) => p.current || !p.start || !p.end || p.end >= p.start, { path: ['end'], message: 'The end is before the start' });

const school = z
  .object({
    institution: z.string().trim().max(200, 'Institution can be at most 200 characters'),
    degree: z.string().trim().max(200, 'Degree can be at most 200 characters'),
    start: rules.yearMonth,
    end: rules.yearMonth,
  })
  .refine((s) => !s.start || !s.end || s.end >= s.start, { path: ['end'], message: 'The end is before the start' });

export const reviewSchema = z.object({
  fullName: rules.fullName,
  headline: rules.headline,
  email: rules.email,
  phone: rules.phone,
  location: rules.location,
  summary: rules.summary,
  experience: z.array(position).max(50, 'At most 50 positions'),
  education: z.array(school).max(20, 'At most 20 education entries'),
  languages: z
    .array(
      z.object({
        name: z.string().trim().min(1, 'Enter the language, or remove this row').max(40, 'At most 40 characters'),
        level: z.string().trim().max(40, 'At most 40 characters'),
      }),
    )
    .max(20, 'At most 20 languages'),
  links: z.array(z.object({ url: z.string().trim().max(300, 'A link can be at most 300 characters') })).max(20, 'At most 20 links'),
});

export type ReviewValues = z.infer<typeof reviewSchema>;

function lines(text: string) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

const text = (value: string | null | undefined) => value ?? '';
const orNull = (value: string) => (value.trim() ? value.trim() : null);

export function toReviewValues(profile: Profile): ReviewValues {
  return {
    fullName: text(profile.fullName),
    headline: text(profile.headline),
    email: text(profile.email),
    phone: text(profile.phone),
    location: text(profile.location),
    summary: text(profile.summary),
    experience: (profile.experience ?? []).map((e) => ({
      employer: text(e.employer),
      title: text(e.title),
      location: text(e.location),
      start: text(e.start),
      end: text(e.end),
      current: e.current ?? false,
      highlights: (e.highlights ?? []).join('\n'),
    })),
    education: (profile.education ?? []).map((s) => ({ institution: text(s.institution), degree: text(s.degree), start: text(s.start), end: text(s.end) })),
    languages: (profile.languages ?? []).map((l) => ({ name: text(l.name), level: text(l.level) })),
    links: (profile.links ?? []).map((url) => ({ url })),
  };
}

export function toReviewChanges(values: ReviewValues): Partial<ProfileUpdate> {
  return {
    fullName: orNull(values.fullName),
    headline: orNull(values.headline),
    email: orNull(values.email),
    phone: orNull(values.phone),
    location: orNull(values.location),
    summary: orNull(values.summary),
    experience: values.experience.map((e) => ({
      employer: orNull(e.employer) ?? undefined,
      title: orNull(e.title) ?? undefined,
      location: orNull(e.location) ?? undefined,
      start: orNull(e.start) ?? undefined,
      end: e.current ? undefined : (orNull(e.end) ?? undefined),
      current: e.current,
      highlights: lines(e.highlights),
    })),
    education: values.education.map((s) => ({
      institution: orNull(s.institution) ?? undefined,
      degree: orNull(s.degree) ?? undefined,
      start: orNull(s.start) ?? undefined,
      end: orNull(s.end) ?? undefined,
    })),
    languages: values.languages.map((l) => ({ name: l.name.trim(), level: orNull(l.level) ?? undefined })),
    links: values.links.map((l) => l.url.trim()).filter(Boolean),
  };
}
