import type { ReactNode } from 'react';

/**
 * A link to a job site. Deliberately without `nofollow`: Remote OK's terms ask for a followed link
 * back, and crediting the sites is the point.
 */
export function ExternalLink({ href, children, className = '' }: { href: string; children: ReactNode; className?: string }) {
  return (
    <a href={href} target="_blank" rel="noopener" className={`font-medium text-indigo-700 underline-offset-2 hover:underline ${className}`}>
      {children} <span className="sr-only">(opens in a new tab)</span>
    </a>
  );
}
