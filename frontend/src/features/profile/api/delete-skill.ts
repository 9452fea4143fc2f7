import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import { profileKeys } from './query-keys';

export function deleteSkill(name: string): Promise<void> {
  return apiRequest<void>(`/api/profile/skills?name=${encodeURIComponent(name)}`, { method: 'DELETE' });
}

export function useDeleteSkill() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteSkill,
    onSettled: () => queryClient.invalidateQueries({ queryKey: profileKeys.all }),
  });
}
