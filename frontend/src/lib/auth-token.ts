import { useSyncExternalStore } from 'react';

// The access token lives in localStorage so that a reload keeps the user signed in.
// Components subscribe to it: clearing it (log out, or any 401) re-renders protected routes,
// which then redirect to the login page.

const STORAGE_KEY = 'career-agent.auth';

type StoredToken = { accessToken: string; expiresAt: number };

/** Why the token went away: the user chose to log out, or the server ended the session. */
export type SignOutReason = 'logout' | 'session-ended';

const listeners = new Set<() => void>();
let lastSignOut: SignOutReason | null = null;
let cached: { raw: string | null; token: StoredToken | null } = { raw: null, token: null };

function parse(raw: string | null): StoredToken | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<StoredToken>;
    if (typeof value.accessToken !== 'string' || typeof value.expiresAt !== 'number') return null;
    return { accessToken: value.accessToken, expiresAt: value.expiresAt };
  } catch {
    return null;
  }
}

function read(): string | null {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be unavailable (privacy mode); the user is then simply signed out.
  }
  if (raw !== cached.raw) cached = { raw, token: parse(raw) };
  const token = cached.token;
  return token && token.expiresAt > Date.now() ? token.accessToken : null;
}

function notify() {
  listeners.forEach((listener) => listener());
}

export const authToken = {
  get: read,

  set(accessToken: string, expiresInSeconds: number) {
    const value: StoredToken = { accessToken, expiresAt: Date.now() + expiresInSeconds * 1000 };
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(value));
    lastSignOut = null;
    notify();
  },

  clear(reason: SignOutReason) {
    window.localStorage.removeItem(STORAGE_KEY);
    lastSignOut = reason;
    notify();
  },

  /** Lets the route guard tell a deliberate log out (plain login page) from an ended session. */
  lastSignOut: (): SignOutReason | null => lastSignOut,

  subscribe(listener: () => void) {
    listeners.add(listener);
    // Another tab logging in or out changes the same storage key.
    const onStorage = (event: StorageEvent) => {
      if (event.key === STORAGE_KEY || event.key === null) listener();
    };
    window.addEventListener('storage', onStorage);
    return () => {
      listeners.delete(listener);
      window.removeEventListener('storage', onStorage);
    };
  },
};

export function useAuthToken(): string | null {
  return useSyncExternalStore(authToken.subscribe, authToken.get, () => null);
}
