import { describe, expect, it, vi } from 'vitest';

import { authToken } from './auth-token';

describe('authToken', () => {
  it('survives a reload because it lives in localStorage', () => {
    authToken.set('abc', 3600);
    expect(JSON.parse(window.localStorage.getItem('career-agent.auth')!)).toMatchObject({ accessToken: 'abc' });
    expect(authToken.get()).toBe('abc');
  });

  it('treats an expired token as absent', () => {
    vi.useFakeTimers();
    authToken.set('abc', 60);
    vi.advanceTimersByTime(61_000);
    expect(authToken.get()).toBeNull();
    vi.useRealTimers();
  });

  it('ignores malformed storage', () => {
    window.localStorage.setItem('career-agent.auth', 'not json');
    expect(authToken.get()).toBeNull();
  });
});
