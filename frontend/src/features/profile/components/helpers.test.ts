import { describe, expect, it } from 'vitest';

import { ApiError } from '@/lib/api-client';

import { findInText } from './find-in-text';
import { formatBytes, formatWait } from './format';
import { toFormPath } from './server-errors';
import { uploadErrorMessage } from './upload-messages';

describe('findInText', () => {
  const text = 'PROFESSIONAL SUMMARY\nHighly skilled Full Stack Developer with over 5 years of experience in Java and Angular development,\nspecializing in designing';

  it('ignores case and the line breaks extraction adds', () => {
    const range = findInText(text, 'full stack developer');
    expect(text.slice(range!.start, range!.end)).toBe('Full Stack Developer');
    const across = findInText(text, 'Angular development, specializing in');
    expect(text.slice(across!.start, across!.end)).toBe('Angular development,\nspecializing in');
  });

  it('finds a long tidied-up value by its first words, and nothing that is not there', () => {
    expect(findInText(text, 'Highly skilled Full Stack Developer with over 5 years of experience in Java, Kotlin and Go')).not.toBeNull();
    expect(findInText(text, 'Astronaut')).toBeNull();
    expect(findInText(text, '   ')).toBeNull();
  });

  it('treats regular-expression characters literally', () => {
    expect(findInText('C++ (17) and C#', 'C++ (17)')).toEqual({ start: 0, end: 8 });
  });
});

describe('toFormPath', () => {
  it.each([
    ['experience[0].start', 'experience.0.start'],
    ['experience[2].highlights[4]', 'experience.2.highlights'],
    ['links[1]', 'links.1.url'],
    ['languages[0].name', 'languages.0.name'],
    ['salaryCurrency', 'salaryCurrency'],
  ])('%s → %s', (field, path) => expect(toFormPath(field)).toBe(path));
});

describe('upload messages', () => {
  it('uses the server detail and adds what to do', () => {
    const message = uploadErrorMessage(new ApiError(413, { title: 'Content too large', detail: 'The file is 7 MB; at most 5 MB is accepted.' }));
    expect(message).toEqual({ title: 'This file is too large', detail: 'The file is 7 MB; at most 5 MB is accepted.', hint: expect.stringContaining('5 MB and 20 pages') });
  });

  it('falls back to the server text when 429 comes without Retry-After', () => {
    expect(uploadErrorMessage(new ApiError(429, { title: 'Too many requests', detail: 'Slow down.' })).detail).toBe('Slow down.');
  });

  it('formats sizes and waits for people', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(62_147)).toBe('61 KB');
    expect(formatWait(1)).toBe('in 1 second');
    expect(formatWait(600)).toBe('in 10 minutes');
    expect(formatWait(3599)).toBe('in about 1 hour');
  });
});
