import { describe, expect, it } from 'vitest';

import { parseJobSearch, toApiParams, toUrlParams } from './search-params';

describe('job search in the URL', () => {
  it('round-trips a full search', () => {
    const url = 'q=react+-junior&source=remoteok&skills=React&skills=TypeScript&remote=true&salaryMin=100000&posted=7&seniority=senior&employmentType=full_time&sort=salary&page=2';
    const search = parseJobSearch(new URLSearchParams(url));
    expect(search).toMatchObject({ q: 'react -junior', skills: ['React', 'TypeScript'], remote: 'true', salaryMin: 100000, posted: '7', page: 2 });
    expect(parseJobSearch(toUrlParams(search))).toEqual(search);
  });

  it('drops what it does not understand', () => {
    const search = parseJobSearch(new URLSearchParams('source=myspace&remote=maybe&salaryMin=-5&posted=3&page=x&seniority=senior,wizard'));
    expect(search).toMatchObject({ source: [], remote: undefined, salaryMin: undefined, posted: undefined, page: 1, seniority: ['senior'] });
  });

  it('asks the API for a zero-based page, postedAfter as a date and facets', () => {
    const search = parseJobSearch(new URLSearchParams('q=go&posted=7&page=3'));
    const params = toApiParams(search, new Date('2026-03-10T12:00:00Z'));
    expect(params.get('postedAfter')).toBe('2026-03-03');
    expect(params.get('page')).toBe('2');
    expect(params.get('size')).toBe('20');
    expect(params.get('facets')).toBe('true');
  });

  it('does not ask for relevance without words to rank by', () => {
    expect(toApiParams(parseJobSearch(new URLSearchParams('sort=relevance'))).get('sort')).toBeNull();
  });
});
