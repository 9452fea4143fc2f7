import { ApiError, errorMessage, NETWORK_ERROR_STATUS } from '@/lib/api-client';

import { formatBytes, formatWait } from './format';

export type UploadMessage = { title: string; detail: string; hint?: string };

const LIMITS = 'A CV can be at most 5 MB and 20 pages.';

/** What to tell the user when an upload is refused: what happened (the server's words) and what to do. */
export function uploadErrorMessage(error: unknown): UploadMessage {
  const detail = errorMessage(error);
  if (!(error instanceof ApiError)) return { title: 'Upload failed', detail };
  switch (error.status) {
    case 413:
      return { title: 'This file is too large', detail, hint: `${LIMITS} Save it again without large images, or upload a Word or text version.` };
    case 415:
      return { title: 'This file type is not supported', detail, hint: 'PDF, Word (.docx), plain text and Markdown files are accepted.' };
    case 422:
      return { title: 'We could not read this CV', detail };
    case 429:
      return {
        title: 'Too many uploads',
        detail:
          error.retryAfterSeconds === undefined
            ? detail
            : `You have used this hour's uploads. You can upload again ${formatWait(error.retryAfterSeconds)}.`,
        hint: 'Your current profile is unchanged; you can keep editing it meanwhile.',
      };
    case NETWORK_ERROR_STATUS:
      return { title: 'Upload failed', detail };
    default:
      return error.status >= 500 ? { title: 'Something went wrong on our side', detail } : { title: 'Upload failed', detail };
  }
}

/** Checks made before sending, so an upload that cannot succeed does not use up the hourly allowance. */
export function checkBeforeUpload(files: File[], maxBytes: number): UploadMessage | null {
  if (files.length > 1) return { title: 'One file at a time', detail: 'Drop or choose a single CV file.' };
  const file = files[0];
  if (!file) return { title: 'No file', detail: 'Drop or choose your CV file.' };
  if (file.size === 0) return { title: 'This file is empty', detail: `${file.name} has no content. Choose the file that holds your CV.` };
  if (file.size > maxBytes) {
    return { title: 'This file is too large', detail: `${file.name} is ${formatBytes(file.size)}.`, hint: `${LIMITS} Save it again without large images, or upload a Word or text version.` };
  }
  return null;
}
