import type { ReactNode } from 'react';

export function ErrorAlert({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
      {title && <p className="font-semibold">{title}</p>}
      <p>{children}</p>
    </div>
  );
}
