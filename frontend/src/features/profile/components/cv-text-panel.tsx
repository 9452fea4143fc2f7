import { useEffect, useMemo, useRef } from 'react';

import type { LatestCv } from '../api/get-latest-cv';

import { findInText } from './find-in-text';
import { formatBytes, formatDateTime } from './format';
import { ParserBadge } from './parser-badge';
import { useHighlight } from './review-highlight';

/** The CV's text exactly as we extracted it, with the value under review highlighted. */
export function CvTextPanel({ latest }: { latest: LatestCv }) {
  const { text: highlight, reveal } = useHighlight();
  const panel = useRef<HTMLElement>(null);
  const text = latest.text ?? '';
  const range = useMemo(() => (highlight ? findInText(text, highlight) : null), [text, highlight]);
  const scroller = useRef<HTMLDivElement>(null);
  const mark = useRef<HTMLElement>(null);

  useEffect(() => {
    // Scroll inside the panel only: moving the page would pull the field being edited away.
    if (mark.current && scroller.current) {
      scroller.current.scrollTop = Math.max(0, mark.current.offsetTop - scroller.current.clientHeight / 3);
    }
  }, [range]);

  useEffect(() => {
    // On a phone the panel sits above the form: an explicit "show" request scrolls up to it.
    const box = panel.current?.getBoundingClientRect();
    if (reveal > 0 && box && (box.bottom < 0 || box.top > window.innerHeight)) panel.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }, [reveal]);

  return (
    <section ref={panel} aria-labelledby="cv-text-heading" className="flex min-h-0 flex-col rounded-lg border border-slate-200 bg-white shadow-sm lg:max-h-[calc(100vh-6rem)]">
      <div className="border-b border-slate-200 px-4 py-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="cv-text-heading" className="text-base font-semibold text-slate-900">
            Your CV as we read it
          </h2>
          <ParserBadge parser={latest.cv?.parser} />
        </div>
        <p className="mt-1 truncate text-xs text-slate-500" title={latest.cv?.filename}>
          {latest.cv?.filename} · {formatBytes(latest.cv?.sizeBytes)} · uploaded {formatDateTime(latest.cv?.uploadedAt)}
        </p>
        <p aria-live="polite" className="mt-2 min-h-5 text-xs text-slate-600">
          {highlight === null
            ? 'Select a field to find its value here.'
            : range
              ? 'Highlighted where your CV says this.'
              : 'This value does not appear word for word in your CV.'}
        </p>
      </div>
      <div ref={scroller} className="relative max-h-[24rem] min-h-0 flex-1 overflow-y-auto px-4 py-3 lg:max-h-none" tabIndex={0} aria-label="CV text">
        {text.trim() ? (
          <pre className="font-sans text-[13px] leading-relaxed break-words whitespace-pre-wrap text-slate-800">
            {range ? (
              <>
                {text.slice(0, range.start)}
                <mark ref={mark} className="rounded bg-yellow-200 px-0.5 text-slate-900">
                  {text.slice(range.start, range.end)}
                </mark>
                {text.slice(range.end)}
              </>
            ) : (
              text
            )}
          </pre>
        ) : (
          <p className="text-sm text-slate-500">No text was extracted from this file.</p>
        )}
      </div>
    </section>
  );
}
