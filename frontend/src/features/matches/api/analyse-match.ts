import { useMutation } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type MatchAnalysis = ResponseBody<'/api/matches/{id}/analysis', 'post', 200>;

export function analyseMatch(id: string): Promise<MatchAnalysis> {
  return apiRequest<MatchAnalysis>(`/api/matches/${encodeURIComponent(id)}/analysis`, { method: 'POST' });
}

export function useAnalyseMatch() {
  return useMutation({ mutationFn: analyseMatch });
}
