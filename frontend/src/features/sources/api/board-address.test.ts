import { describe, expect, it } from 'vitest';

import { boardPageUrl, parseBoardInput } from './board-address';

describe('parseBoardInput', () => {
  it('takes a plain token as it is, trimmed and lower-cased', () => {
    expect(parseBoardInput('  GitLab ')).toEqual({ token: 'gitlab' });
  });

  it.each([
    ['https://job-boards.greenhouse.io/gitlab', 'greenhouse', 'gitlab'],
    ['boards.greenhouse.io/Duolingo/jobs/123', 'greenhouse', 'duolingo'],
    ['https://boards-api.greenhouse.io/v1/boards/gitlab/jobs?content=true', 'greenhouse', 'gitlab'],
    ['https://jobs.lever.co/spotify?team=eng', 'lever', 'spotify'],
    ['https://api.lever.co/v0/postings/spotify?mode=json', 'lever', 'spotify'],
    ['jobs.ashbyhq.com/linear', 'ashby', 'linear'],
    ['https://api.ashbyhq.com/posting-api/job-board/linear', 'ashby', 'linear'],
  ])('reads %s as %s board %s', (input, provider, token) => {
    expect(parseBoardInput(input)).toEqual({ provider, token });
  });

  it('leaves other addresses for validation to reject', () => {
    expect(parseBoardInput('https://example.com/careers')).toEqual({ token: 'https://example.com/careers' });
  });

  it('links a board to its public page', () => {
    expect(boardPageUrl('lever', 'spotify')).toBe('https://jobs.lever.co/spotify');
  });
});
