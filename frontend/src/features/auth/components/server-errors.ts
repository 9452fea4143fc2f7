import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';

import { ApiError, errorMessage } from '@/lib/api-client';

/**
 * Puts the server's per-field validation messages next to their fields and returns the
 * message for the whole form (problem `detail`, falling back to `title`).
 */
export function applyServerErrors<T extends FieldValues>(error: unknown, fields: readonly Path<T>[], setError: UseFormSetError<T>): string {
  if (error instanceof ApiError) {
    for (const { field, message } of error.problem.errors ?? []) {
      const known = fields.find((name) => name === field);
      if (known) setError(known, { type: 'server', message });
    }
  }
  return errorMessage(error);
}
