import { useId, useState, type ReactNode } from 'react';
import { Link, NavLink } from 'react-router';

import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';

const navigation = [
  { name: 'Jobs', to: paths.jobs },
  { name: 'Matches', to: paths.matches },
  { name: 'Tracker', to: paths.tracker },
  { name: 'Profile', to: paths.profile },
  { name: 'Insights', to: paths.insights },
  { name: 'Sources', to: paths.sources },
] as const;

type AppShellProps = {
  /** Undefined while the user is still loading. */
  userName: string | undefined;
  onLogout: () => void;
  children: ReactNode;
};

function navLinkClass({ isActive }: { isActive: boolean }) {
  return `rounded-md px-3 py-2 text-sm font-medium ${isActive ? 'bg-indigo-700 text-white' : 'text-indigo-100 hover:bg-indigo-500 hover:text-white'}`;
}

export function AppShell({ userName, onLogout, children }: AppShellProps) {
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();

  const userLabel = <span className="truncate text-sm font-medium text-white" data-testid="user-name">{userName ?? '…'}</span>;

  return (
    <div className="min-h-screen">
      <header className="bg-indigo-600 shadow">
        <div className="mx-auto flex h-16 max-w-6xl items-center gap-6 px-4 sm:px-6">
          <Link to={paths.home} className="shrink-0 text-lg font-bold text-white">
            Career Agent
          </Link>
          <nav aria-label="Main" className="hidden flex-1 gap-1 md:flex">
            {navigation.map((item) => (
              <NavLink key={item.to} to={item.to} className={navLinkClass}>
                {item.name}
              </NavLink>
            ))}
          </nav>
          <div className="ml-auto hidden min-w-0 items-center gap-4 md:flex">
            {userLabel}
            <Button variant="secondary" onClick={onLogout}>
              Log out
            </Button>
          </div>
          <button
            type="button"
            className="ml-auto inline-flex items-center justify-center rounded-md p-2 text-indigo-100 hover:bg-indigo-500 hover:text-white focus-visible:outline-2 focus-visible:outline-white md:hidden"
            aria-expanded={menuOpen}
            aria-controls={menuId}
            onClick={() => setMenuOpen((open) => !open)}
          >
            <span className="sr-only">{menuOpen ? 'Close menu' : 'Open menu'}</span>
            <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth={1.5}>
              {menuOpen ? (
                <path strokeLinecap="round" strokeLinejoin="round" d="M6 18 18 6M6 6l12 12" />
              ) : (
                <path strokeLinecap="round" strokeLinejoin="round" d="M3.75 6.75h16.5M3.75 12h16.5m-16.5 5.25h16.5" />
              )}
            </svg>
          </button>
        </div>
        {menuOpen && (
          <div id={menuId} className="border-t border-indigo-500 px-4 pt-2 pb-4 md:hidden">
            <nav aria-label="Main" className="flex flex-col gap-1">
              {navigation.map((item) => (
                <NavLink key={item.to} to={item.to} className={navLinkClass} onClick={() => setMenuOpen(false)}>
                  {item.name}
                </NavLink>
              ))}
            </nav>
            <div className="mt-3 flex items-center justify-between gap-4 border-t border-indigo-500 pt-3">
              {userLabel}
              <Button variant="secondary" onClick={onLogout}>
                Log out
              </Button>
            </div>
          </div>
        )}
      </header>
      <main className="mx-auto max-w-6xl px-4 py-8 sm:px-6">{children}</main>
    </div>
  );
}
