// Everything under ['profile'] describes the signed-in user's profile: an upload or an edit
// invalidates the whole tree at once.
export const profileKeys = {
  all: ['profile'] as const,
  profile: () => [...profileKeys.all, 'details'] as const,
  latestCv: () => [...profileKeys.all, 'cv'] as const,
  skills: () => [...profileKeys.all, 'skills'] as const,
  autocomplete: (q: string) => [...profileKeys.all, 'skills', 'autocomplete', q] as const,
};
