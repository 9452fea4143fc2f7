import { describe, expect, it, vi } from 'vitest';

import { headerOf, json, mockFetch, problem } from '@/testing/fetch-mock';

import { ApiError, apiRequest, errorMessage } from './api-client';
import { authToken } from './auth-token';

describe('apiRequest', () => {
  it('calls same-origin relative URLs with the bearer token', async () => {
    authToken.set('token-123', 3600);
    const fetch = mockFetch({ 'GET /auth/me': () => json({ id: '1', email: 'a@b.co', fullName: 'Ada' }) });

    await expect(apiRequest('/auth/me')).resolves.toEqual({ id: '1', email: 'a@b.co', fullName: 'Ada' });

    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/auth/me');
    expect(headerOf(init, 'Authorization')).toBe('Bearer token-123');
  });

  it('does not send the token on unauthenticated calls', async () => {
    authToken.set('token-123', 3600);
    const fetch = mockFetch({ 'POST /auth/login': () => json({ accessToken: 'x', tokenType: 'Bearer', expiresIn: 60 }) });

    await apiRequest('/auth/login', { method: 'POST', body: { email: 'a@b.co' }, authenticated: false });

    const init = fetch.mock.calls[0]![1];
    expect(headerOf(init, 'Authorization')).toBeUndefined();
    expect(headerOf(init, 'Content-Type')).toBe('application/json');
    expect(init?.body).toBe('{"email":"a@b.co"}');
  });

  it('clears the token on a 401, which signs the user out everywhere', async () => {
    authToken.set('expired', 3600);
    const listener = vi.fn();
    const unsubscribe = authToken.subscribe(listener);
    mockFetch({ 'GET /auth/me': () => problem(401, { title: 'Unauthorized', detail: 'Token expired' }) });

    const error = await apiRequest('/auth/me').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
    expect(authToken.get()).toBeNull();
    expect(listener).toHaveBeenCalled();
    unsubscribe();
  });

  it('keeps the token when a login attempt is answered with 401', async () => {
    authToken.set('still-valid', 3600);
    mockFetch({ 'POST /auth/login': () => problem(401, { title: 'Unauthorized', detail: 'Wrong email or password' }) });

    await expect(apiRequest('/auth/login', { method: 'POST', body: {}, authenticated: false })).rejects.toThrow('Wrong email or password');
    expect(authToken.get()).toBe('still-valid');
  });

  it('carries the problem details, including field errors', async () => {
    mockFetch({
      'POST /auth/register': () =>
        problem(400, { title: 'Bad Request', detail: 'Validation failed', errors: [{ field: 'email', message: 'must be a well-formed email address' }] }),
    });

    const error = (await apiRequest('/auth/register', { method: 'POST', body: {}, authenticated: false }).catch((e: unknown) => e)) as ApiError;

    expect(error.problem.detail).toBe('Validation failed');
    expect(error.problem.errors).toEqual([{ field: 'email', message: 'must be a well-formed email address' }]);
  });

  it('falls back to the status text when the error body is not JSON', async () => {
    mockFetch({ 'GET /api/jobs': () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway', headers: { 'Content-Type': 'text/html' } }) });

    const error = (await apiRequest('/api/jobs').catch((e: unknown) => e)) as ApiError;

    expect(error.status).toBe(502);
    expect(errorMessage(error)).toBe('Bad Gateway');
  });

  it('reports an unreachable server as a network error', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));

    const error = (await apiRequest('/auth/me').catch((e: unknown) => e)) as ApiError;

    expect(error.status).toBe(0);
    expect(errorMessage(error)).toMatch(/could not reach the server/i);
  });

  it('returns undefined for 204 No Content', async () => {
    authToken.set('t', 3600);
    mockFetch({ 'DELETE /auth/me': () => new Response(null, { status: 204 }) });

    await expect(apiRequest('/auth/me', { method: 'DELETE' })).resolves.toBeUndefined();
  });
});

describe('errorMessage', () => {
  it('prefers detail, then title', () => {
    expect(errorMessage(new ApiError(409, { title: 'Conflict', detail: 'Email already registered' }))).toBe('Email already registered');
    expect(errorMessage(new ApiError(403, { title: 'Forbidden' }))).toBe('Forbidden');
  });

  it('says when to retry after too many attempts', () => {
    expect(errorMessage(new ApiError(429, { title: 'Too Many Requests', detail: 'Too many failed logins.' }, 30))).toBe(
      'Too many failed logins. Try again in 30 seconds.',
    );
  });
});
