import { env } from '@/config/env';

import { authToken } from './auth-token';

/** RFC 9457 problem details, plus the `errors` list the backend adds for validation failures. */
export type Problem = {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  errors?: { field: string; message: string }[];
};

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  readonly retryAfterSeconds: number | undefined;

  constructor(status: number, problem: Problem, retryAfterSeconds?: number) {
    super(problem.detail ?? problem.title ?? `Request failed with status ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Status 0: the server could not be reached at all. */
export const NETWORK_ERROR_STATUS = 0;

type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /** Send the bearer token and treat a 401 as "session over". False for login and register. */
  authenticated?: boolean;
};

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, signal, authenticated = true } = options;
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const token = authenticated ? authToken.get() : null;
  if (token) headers.Authorization = `Bearer ${token}`;

  let response: Response;
  try {
    response = await fetch(`${env.API_URL}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(NETWORK_ERROR_STATUS, {
      title: 'Network error',
      detail: 'Could not reach the server. Check your connection and try again.',
    });
  }

  if (!response.ok) {
    if (response.status === 401 && authenticated) {
      // The token is missing, expired or revoked: forget it, which sends the user to the login page.
      authToken.clear('session-ended');
    }
    throw new ApiError(response.status, await readProblem(response), readRetryAfter(response));
  }

  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

async function readProblem(response: Response): Promise<Problem> {
  const fallback: Problem = { status: response.status, title: response.statusText || `HTTP ${response.status}` };
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) return fallback;
  try {
    const body: unknown = await response.json();
    return body && typeof body === 'object' ? { ...fallback, ...(body as Problem) } : fallback;
  } catch {
    return fallback;
  }
}

function readRetryAfter(response: Response): number | undefined {
  const value = response.headers.get('Retry-After');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** The message to show a person for any error thrown while talking to the API. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    const message = error.problem.detail || error.problem.title || error.message;
    if (error.status === 429 && error.retryAfterSeconds !== undefined && !/\d/.test(message)) {
      return `${message} Try again in ${error.retryAfterSeconds} seconds.`;
    }
    return message;
  }
  return 'Something went wrong. Please try again.';
}
