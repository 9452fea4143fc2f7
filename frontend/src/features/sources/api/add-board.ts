import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { apiRequest } from '@/lib/api-client';
import type { RequestBody } from '@/lib/api-types';

import { BOARD_TOKEN, parseBoardInput } from './board-address';
import { boardProviders, type Board, type BoardProvider } from './types';

export const providerNames: Record<BoardProvider, string> = { greenhouse: 'Greenhouse', lever: 'Lever', ashby: 'Ashby' };

export const addBoardInputSchema = z
  .object({
    provider: z.enum(boardProviders, 'Choose a provider'),
    token: z.string().trim().min(1, 'Enter the board name or paste its address'),
  })
  .transform(({ provider, token }, ctx) => {
    const parsed = parseBoardInput(token);
    if (parsed.provider && parsed.provider !== provider) {
      ctx.addIssue({
        code: 'custom',
        path: ['token'],
        message: `That is a ${providerNames[parsed.provider]} address: choose ${providerNames[parsed.provider]} as the provider`,
      });
      return z.NEVER;
    }
    if (!BOARD_TOKEN.test(parsed.token)) {
      ctx.addIssue({
        code: 'custom',
        path: ['token'],
        message: parsed.token.length > 100 ? 'A board name has at most 100 characters' : "Use letters, digits, '.', '-' or '_' only (the name in the board's address)",
      });
      return z.NEVER;
    }
    return { provider, token: parsed.token };
  });

export type AddBoardFormValues = z.input<typeof addBoardInputSchema>;
export type AddBoardInput = z.output<typeof addBoardInputSchema> & RequestBody<'/api/sources/boards', 'post'>;

/** 201 when added, 200 when it was on the watchlist already: either way the board is listed now. */
export function addBoard(input: AddBoardInput): Promise<Board> {
  return apiRequest<Board>('/api/sources/boards', { method: 'POST', body: input });
}

export function useAddBoard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addBoard,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['sources'] }),
  });
}
