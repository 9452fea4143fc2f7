import type { LatestCv } from '../api/get-latest-cv';
import type { Profile } from '../api/get-profile';
import type { UserSkill } from '../api/get-skills';

// Test data shaped like the backend's answers for a small text CV.

export const cvText = `Priya Raman
Backend Engineer
Berlin, Germany | priya.raman@example.org | +49 30 1234 5678

EXPERIENCE
Senior Backend Engineer, Northwind Logistics, Berlin, March 2021 - Present
- Moved event processing from RabbitMQ to Apache Kafka

SKILLS
Java, Kotlin, Apache Kafka`;

export const skills: UserSkill[] = [
  { name: 'Apache Kafka', origin: 'cv', evidence: 'Moved event processing from RabbitMQ to Apache Kafka', custom: false },
  { name: 'Java', level: 'advanced', years: 7, origin: 'cv', evidence: 'Java, Kotlin, Apache Kafka', custom: false },
  { name: 'Bird watching', level: 'beginner', origin: 'manual', custom: true },
];

export const emptyProfile: Profile = {
  fullName: undefined,
  targetTitles: [],
  preferredLocations: [],
  languages: [],
  links: [],
  experience: [],
  education: [],
  skills: [],
  editedFields: [],
};

export function profile(overrides: Partial<Profile> = {}): Profile {
  return {
    fullName: 'Priya Raman',
    headline: 'Backend Engineer',
    location: 'Berlin, Germany',
    email: 'priya.raman@example.org',
    phone: '+49 30 1234 5678',
    summary: undefined,
    yearsExperience: 7,
    seniority: 'senior',
    targetTitles: [],
    preferredLocations: [],
    remotePreference: undefined,
    salaryExpectation: undefined,
    salaryCurrency: undefined,
    languages: [{ name: 'German', level: 'C1' }],
    links: ['github.com/priya'],
    experience: [
      {
        employer: 'Northwind Logistics',
        title: 'Senior Backend Engineer',
        location: 'Berlin',
        start: '2021-03',
        current: true,
        highlights: ['Moved event processing from RabbitMQ to Apache Kafka'],
      },
    ],
    education: [],
    skills,
    editedFields: [],
    cv: { id: 'c1', filename: 'priya.txt', mediaType: 'text/plain', sizeBytes: 2048, parser: 'offline', uploadedAt: '2026-11-27T10:00:00Z' },
    updatedAt: '2026-11-27T10:00:00Z',
    ...overrides,
  };
}

export function latestCv(): LatestCv {
  const p = profile();
  return {
    cv: p.cv,
    text: cvText,
    parsed: {
      name: 'Priya Raman',
      headline: 'Backend Engineer',
      email: 'priya.raman@example.org',
      phone: '+49 30 1234 5678',
      location: 'Berlin, Germany',
      yearsExperience: 7,
      seniority: 'senior',
      experience: p.experience,
      education: [],
      languages: p.languages,
      links: p.links,
      skills: [],
    },
  };
}
