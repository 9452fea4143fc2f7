// Every client-side route in one place, so links and redirects cannot drift apart.
export const paths = {
  home: '/',
  login: '/login',
  register: '/register',
  jobs: '/jobs',
  matches: '/matches',
  tracker: '/tracker',
  profile: '/profile',
  insights: '/insights',
  sources: '/sources',
} as const;

/** Only same-app paths are accepted as a post-login destination (no open redirects). */
export function safeRedirect(target: string | null | undefined): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) {
    return paths.home;
  }
  return target;
}

export function loginPath(redirectTo?: string): string {
  if (!redirectTo || redirectTo === paths.home) return paths.login;
  return `${paths.login}?redirectTo=${encodeURIComponent(redirectTo)}`;
}
