import { useEffect, useState } from 'react';

/** True for the first `ms` milliseconds after mounting: long enough for a background recompute. */
export function usePollWindow(ms = 30_000): boolean {
  const [active, setActive] = useState(true);
  useEffect(() => {
    const timer = setTimeout(() => setActive(false), ms);
    return () => clearTimeout(timer);
  }, [ms]);
  return active;
}
