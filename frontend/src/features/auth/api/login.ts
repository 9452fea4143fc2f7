import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { apiRequest } from '@/lib/api-client';
import type { RequestBody, ResponseBody } from '@/lib/api-types';
import { authToken } from '@/lib/auth-token';

import { emailField, passwordField } from './credentials';

export const loginInputSchema = z.object({
  email: emailField,
  password: passwordField,
});

export type LoginInput = z.infer<typeof loginInputSchema> & RequestBody<'/auth/login', 'post'>;
export type TokenResponse = ResponseBody<'/auth/login', 'post', 200>;

/** Used only when the server leaves out `expiresIn`; the server still rejects an expired token. */
const FALLBACK_LIFETIME_SECONDS = 60 * 60;

export function login(input: LoginInput): Promise<TokenResponse> {
  return apiRequest<TokenResponse>('/auth/login', { method: 'POST', body: input, authenticated: false });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (token) => {
      if (!token.accessToken) throw new Error('The server answered without an access token');
      // Nothing cached for a previous user may leak into this session.
      queryClient.clear();
      authToken.set(token.accessToken, token.expiresIn ?? FALLBACK_LIFETIME_SECONDS);
    },
  });
}
