import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';

import { apiRequest } from '@/lib/api-client';
import type { RequestBody, ResponseBody } from '@/lib/api-types';

import { emailField, passwordField } from './credentials';

export const registerInputSchema = z.object({
  fullName: z.string().trim().min(1, 'Enter your full name').max(200, 'Full name must be at most 200 characters'),
  email: emailField,
  password: passwordField,
});

export type RegisterInput = z.infer<typeof registerInputSchema> & RequestBody<'/auth/register', 'post'>;
export type RegisteredUser = ResponseBody<'/auth/register', 'post', 201>;

export function register(input: RegisterInput): Promise<RegisteredUser> {
  return apiRequest<RegisteredUser>('/auth/register', { method: 'POST', body: input, authenticated: false });
}

export function useRegister() {
  return useMutation({ mutationFn: register });
}
