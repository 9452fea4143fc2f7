import { useMutation, useQueryClient } from '@tanstack/react-query';

import { env } from '@/config/env';
import { ApiError, NETWORK_ERROR_STATUS, type Problem } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';
import { authToken } from '@/lib/auth-token';

import { profileKeys } from './query-keys';

export type UploadResult = ResponseBody<'/api/profile/cv', 'post', 201>;

/** The server's limits (UploadLimits.DEFAULT), checked here too so a hopeless upload costs no quota. */
export const MAX_CV_BYTES = 5 * 1024 * 1024;
export const ACCEPTED_CV_TYPES = '.pdf,.docx,.txt,.md,.markdown,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/markdown';

export type UploadProgress = { loaded: number; total: number };

type UploadOptions = { onProgress?: (progress: UploadProgress) => void; signal?: AbortSignal };

/**
 * Sends the CV as multipart field `file`. XMLHttpRequest rather than fetch, because only it reports
 * upload progress. Errors become the same ApiError the fetch client throws.
 */
export function uploadCv(file: File, { onProgress, signal }: UploadOptions = {}): Promise<UploadResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${env.API_URL}/api/profile/cv`);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    const token = authToken.get();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);

    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.({ loaded: event.loaded, total: event.total });
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as UploadResult);
        } catch {
          reject(new ApiError(xhr.status, { title: 'Unexpected answer', detail: 'The server answered with something that is not JSON.' }));
        }
        return;
      }
      if (xhr.status === 401) authToken.clear('session-ended');
      reject(new ApiError(xhr.status, readProblem(xhr), readRetryAfter(xhr.getResponseHeader('Retry-After'))));
    };
    xhr.onerror = () =>
      reject(new ApiError(NETWORK_ERROR_STATUS, { title: 'Network error', detail: 'Could not reach the server. Check your connection and try again.' }));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));

    if (signal?.aborted) {
      xhr.abort();
      return;
    }
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });

    const body = new FormData();
    body.append('file', file, file.name);
    xhr.send(body);
  });
}

function readProblem(xhr: XMLHttpRequest): Problem {
  const fallback: Problem = { status: xhr.status, title: xhr.statusText || `HTTP ${xhr.status}` };
  if (!(xhr.getResponseHeader('Content-Type') ?? '').includes('json')) return fallback;
  try {
    const body: unknown = JSON.parse(xhr.responseText);
    return body && typeof body === 'object' ? { ...fallback, ...(body as Problem) } : fallback;
  } catch {
    return fallback;
  }
}

function readRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

type UploadVariables = { file: File } & UploadOptions;

export function useUploadCv() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, ...options }: UploadVariables) => uploadCv(file, options),
    onSuccess: async (result) => {
      if (result.profile) queryClient.setQueryData(profileKeys.profile(), result.profile);
      await queryClient.invalidateQueries({ queryKey: profileKeys.all });
    },
  });
}
