import type { ReactNode } from 'react';

export function AuthLayout({ title, children, footer }: { title: string; children: ReactNode; footer: ReactNode }) {
  return (
    <main className="flex min-h-screen flex-col justify-center px-4 py-12 sm:px-6">
      <div className="sm:mx-auto sm:w-full sm:max-w-md">
        <p className="text-center text-lg font-bold text-indigo-600">Career Agent</p>
        <h1 className="mt-4 text-center text-2xl font-bold tracking-tight text-slate-900">{title}</h1>
      </div>
      <div className="mt-8 sm:mx-auto sm:w-full sm:max-w-md">
        <div className="bg-white px-4 py-8 shadow-sm ring-1 ring-slate-200 sm:rounded-lg sm:px-10">{children}</div>
        <p className="mt-6 text-center text-sm text-slate-600">{footer}</p>
      </div>
    </main>
  );
}
