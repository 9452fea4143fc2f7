import { Fragment } from 'react';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references the server's escaping produces (&amp; &lt; &#39; …). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

export type Segment = { text: string; marked: boolean };

/**
 * Splits the server's highlight (escaped text with <mark>…</mark> around matches) into plain segments.
 * Nothing is ever inserted as HTML: any other tag stays visible text, so a posting cannot inject markup.
 */
export function parseHighlight(html: string): Segment[] {
  const segments: Segment[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    if (match.index > last) segments.push({ text: decodeEntities(html.slice(last, match.index)), marked: false });
    if (match[1]) segments.push({ text: decodeEntities(match[1]), marked: true });
    last = match.index + match[0].length;
  }
  if (last < html.length) segments.push({ text: decodeEntities(html.slice(last)), marked: false });
  return segments;
}

export function Highlighted({ html }: { html: string }) {
  return (
    <>
      {parseHighlight(html).map((segment, i) =>
        segment.marked ? (
          <mark key={i} className="rounded-sm bg-amber-100 px-0.5 text-inherit">
            {segment.text}
          </mark>
        ) : (
          <Fragment key={i}>{segment.text}</Fragment>
        ),
      )}
    </>
  );
}
