import type { BoardProvider } from './types';

/** Board tokens are URL path segments, as the backend checks them (after trimming and lower-casing). */
export const BOARD_TOKEN = /^[a-z0-9][a-z0-9_.-]{0,99}$/;

const hosts: { provider: BoardProvider; host: RegExp; apiPrefix: string[] }[] = [
  { provider: 'greenhouse', host: /(^|\.)greenhouse\.io$/, apiPrefix: ['v1', 'boards'] },
  { provider: 'lever', host: /(^|\.)lever\.co$/, apiPrefix: ['v0', 'postings'] },
  { provider: 'ashby', host: /(^|\.)ashbyhq\.com$/, apiPrefix: ['posting-api', 'job-board'] },
];

/** The public page of a board, where people browse its jobs. */
export function boardPageUrl(provider: BoardProvider, token: string): string {
  const encoded = encodeURIComponent(token);
  switch (provider) {
    case 'greenhouse':
      return `https://job-boards.greenhouse.io/${encoded}`;
    case 'lever':
      return `https://jobs.lever.co/${encoded}`;
    case 'ashby':
      return `https://jobs.ashbyhq.com/${encoded}`;
  }
}

/**
 * Reads a board token from what a person typed: the token itself, or a board address pasted from
 * the browser (`https://jobs.lever.co/spotify`, `boards.greenhouse.io/gitlab`, an API URL).
 * Returns the provider when the address names one.
 */
export function parseBoardInput(raw: string): { token: string; provider?: BoardProvider } {
  const value = raw.trim();
  if (!value.includes('/')) return { token: value.toLowerCase() };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`);
  } catch {
    return { token: value.toLowerCase() };
  }
  const known = hosts.find(({ host }) => host.test(url.hostname.toLowerCase()));
  if (!known) return { token: value.toLowerCase() };
  const segments = url.pathname.split('/').filter(Boolean).map((segment) => decodeURIComponent(segment));
  const apiStart = segments.findIndex((segment, i) => segment === known.apiPrefix[0] && segments[i + 1] === known.apiPrefix[1]);
  const token = apiStart >= 0 ? segments[apiStart + 2] : segments[0];
  return { token: (token ?? '').toLowerCase(), provider: known.provider };
}
