import { useMutation } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type ProfileExport = ResponseBody<'/api/profile/export', 'get', 200>;

export function exportProfile(): Promise<ProfileExport> {
  return apiRequest<ProfileExport>('/api/profile/export');
}

/** Fetches the export (it needs the bearer token, so a plain link cannot do it) and saves it as a file. */
export function useDownloadExport() {
  return useMutation({
    mutationFn: async () => {
      const data = await exportProfile();
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `career-agent-profile-${new Date().toISOString().slice(0, 10)}.json`;
      document.body.append(link);
      link.click();
      link.remove();
      // Give the browser a moment to start the download before the URL goes away.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  });
}
