import { useMutation } from '@tanstack/react-query';

import { env } from '@/config/env';
import { ApiError, NETWORK_ERROR_STATUS, type Problem } from '@/lib/api-client';
import { authToken } from '@/lib/auth-token';

/** The pipeline as CSV. A plain link cannot carry the bearer token, so fetch it and save the blob. */
export async function exportMatchesCsv(): Promise<Blob> {
  const token = authToken.get();
  let response: Response;
  try {
    response = await fetch(`${env.API_URL}/api/matches/export.csv`, {
      headers: { Accept: 'text/csv, application/problem+json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    });
  } catch {
    throw new ApiError(NETWORK_ERROR_STATUS, { title: 'Network error', detail: 'Could not reach the server. Check your connection and try again.' });
  }
  if (!response.ok) {
    if (response.status === 401) authToken.clear('session-ended');
    let problem: Problem = { status: response.status, title: response.statusText || `HTTP ${response.status}` };
    try {
      problem = { ...problem, ...((await response.json()) as Problem) };
    } catch {
      // not JSON: keep the status line
    }
    throw new ApiError(response.status, problem);
  }
  return response.blob();
}

export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function useExportMatches() {
  return useMutation({
    mutationFn: exportMatchesCsv,
    onSuccess: (blob) => saveBlob(blob, `matches-${new Date().toISOString().slice(0, 10)}.csv`),
  });
}
