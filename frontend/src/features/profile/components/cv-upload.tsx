import { useEffect, useId, useRef, useState, type DragEvent } from 'react';

import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { ApiError } from '@/lib/api-client';

import { ACCEPTED_CV_TYPES, MAX_CV_BYTES, useUploadCv, type UploadResult } from '../api/upload-cv';

import { ProgressBar } from './progress-bar';
import { checkBeforeUpload, uploadErrorMessage, type UploadMessage } from './upload-messages';
import { UploadOutcome } from './upload-outcome';

type State =
  | { phase: 'idle' }
  | { phase: 'sending'; file: File; percent: number }
  | { phase: 'reading'; file: File }
  | { phase: 'failed'; message: UploadMessage }
  | { phase: 'done'; result: UploadResult };

/** Drag-and-drop (or choose) a CV; shows the upload's progress, then the parse outcome or a clear refusal. */
export function CvUpload({ hasCv }: { hasCv: boolean }) {
  const upload = useUploadCv();
  const [state, setState] = useState<State>({ phase: 'idle' });
  const [dragging, setDragging] = useState(false);
  const [blockedUntil, setBlockedUntil] = useState<number | null>(null);
  const controller = useRef<AbortController | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();

  useEffect(() => {
    if (blockedUntil === null) return;
    const timer = setTimeout(() => setBlockedUntil(null), Math.max(0, blockedUntil - Date.now()));
    return () => clearTimeout(timer);
  }, [blockedUntil]);

  const busy = state.phase === 'sending' || state.phase === 'reading';
  const disabled = busy || blockedUntil !== null;

  async function start(files: File[]) {
    if (input.current) input.current.value = '';
    const refused = checkBeforeUpload(files, MAX_CV_BYTES);
    if (refused || !files[0]) {
      setState({ phase: 'failed', message: refused ?? uploadErrorMessage(null) });
      return;
    }
    const file = files[0];
    controller.current = new AbortController();
    setState({ phase: 'sending', file, percent: 0 });
    try {
      const result = await upload.mutateAsync({
        file,
        signal: controller.current.signal,
        onProgress: ({ loaded, total }) =>
          setState(loaded >= total ? { phase: 'reading', file } : { phase: 'sending', file, percent: (loaded / total) * 100 }),
      });
      setState({ phase: 'done', result });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') {
        setState({ phase: 'idle' });
        return;
      }
      if (error instanceof ApiError && error.status === 429 && error.retryAfterSeconds) {
        setBlockedUntil(Date.now() + error.retryAfterSeconds * 1000);
      }
      setState({ phase: 'failed', message: uploadErrorMessage(error) });
    }
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    if (!disabled) void start(Array.from(event.dataTransfer.files));
  }

  return (
    <section aria-labelledby="cv-upload-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id="cv-upload-heading" className="text-base font-semibold text-slate-900">
        {hasCv ? 'Upload a newer CV' : 'Start with your CV'}
      </h2>
      <p id={hintId} className="mt-1 text-sm text-slate-600">
        PDF, Word (.docx), plain text or Markdown, up to 5 MB and 20 pages.{' '}
        {hasCv ? 'Fields you edited by hand are kept.' : 'We fill in your profile from it; you review every field before relying on it.'}
      </p>

      <label
        onDragEnter={(event) => {
          event.preventDefault();
          if (!disabled) setDragging(true);
        }}
        onDragOver={(event) => event.preventDefault()}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={onDrop}
        data-testid="cv-dropzone"
        className={`mt-4 flex flex-col items-center justify-center rounded-lg border-2 border-dashed px-4 text-center transition-colors has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-indigo-600 ${
          hasCv ? 'py-6' : 'py-10'
        } ${dragging ? 'border-indigo-500 bg-indigo-50' : 'border-slate-300 bg-slate-50'} ${disabled ? 'cursor-not-allowed opacity-60' : 'cursor-pointer hover:border-indigo-400'}`}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-8 w-8 text-slate-400" fill="none" stroke="currentColor" strokeWidth={1.5}>
          <path strokeLinecap="round" strokeLinejoin="round" d="M12 16.5V3.75m0 0L7.5 8.25M12 3.75l4.5 4.5M3.75 15v3.75A2.25 2.25 0 0 0 6 21h12a2.25 2.25 0 0 0 2.25-2.25V15" />
        </svg>
        <span className="mt-2 text-sm text-slate-700">
          {dragging ? (
            'Drop it here'
          ) : (
            <>
              {/* A phone has nothing to drag from: offer the file picker alone. */}
              <span className="pointer-coarse:hidden">Drag and drop your CV here, or </span>
              <span className="font-semibold text-indigo-600 underline-offset-2 pointer-coarse:inline-block pointer-coarse:first-letter:uppercase hover:underline">
                choose a<span className="hidden pointer-coarse:inline"> CV</span> file
              </span>
            </>
          )}
        </span>
        <input
          ref={input}
          type="file"
          className="sr-only"
          accept={ACCEPTED_CV_TYPES}
          aria-label="Choose a CV file"
          aria-describedby={hintId}
          disabled={disabled}
          onChange={(event) => void start(Array.from(event.target.files ?? []))}
        />
      </label>

      <div aria-live="polite" className="mt-4 empty:mt-0">
        {state.phase === 'sending' && (
          <div className="space-y-2">
            <div className="flex items-center justify-between gap-3 text-sm">
              <span className="truncate text-slate-700">Uploading {state.file.name}…</span>
              <span className="shrink-0 text-slate-500 tabular-nums">{Math.round(state.percent)}%</span>
            </div>
            <ProgressBar value={state.percent} label={`Uploading ${state.file.name}`} />
            <Button variant="ghost" onClick={() => controller.current?.abort()}>
              Cancel upload
            </Button>
          </div>
        )}
        {state.phase === 'reading' && (
          <p className="flex items-center gap-2 text-sm text-slate-700" role="status">
            <Spinner size="sm" />
            Reading {state.file.name}… this can take up to half a minute.
          </p>
        )}
        {state.phase === 'failed' && <UploadOutcome.Failed message={state.message} />}
        {state.phase === 'done' && <UploadOutcome.Done result={state.result} />}
      </div>
    </section>
  );
}
