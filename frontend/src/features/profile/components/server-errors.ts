import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';

import { ApiError, errorMessage } from '@/lib/api-client';

/** `experience[0].highlights[2]` (Spring's binding path) → `experience.0.highlights` (a form field). */
export function toFormPath(field: string): string {
  return field.replace(/\[(\d+)\]/g, '.$1').replace(/\.highlights\.\d+$/, '.highlights').replace(/^links\.(\d+)$/, 'links.$1.url');
}

/**
 * Puts the server's per-field messages next to the fields this form has (those whose path starts
 * with one of `fields`) and returns the message for the form as a whole.
 */
export function applyServerErrors<T extends FieldValues>(error: unknown, fields: readonly string[], setError: UseFormSetError<T>): string {
  let placed = 0;
  if (error instanceof ApiError) {
    for (const { field, message } of error.problem.errors ?? []) {
      const path = toFormPath(field);
      if (fields.some((name) => path === name || path.startsWith(`${name}.`))) {
        setError(path as Path<T>, { type: 'server', message });
        placed += 1;
      }
    }
  }
  if (placed > 0) return 'Some fields need correcting: see the messages next to them.';
  return errorMessage(error);
}
