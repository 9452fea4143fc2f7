import { z } from 'zod';

const EnvSchema = z.object({
  // Empty means same origin: the backend serves this app, and `vite dev` proxies API paths to it.
  API_URL: z
    .string()
    .trim()
    .default('')
    .refine((value) => value === '' || /^https?:\/\/[^/]+(\/.*[^/])?$/.test(value), {
      message: 'VITE_API_URL must be empty or an absolute http(s) URL without a trailing slash',
    }),
});

export type Env = z.infer<typeof EnvSchema>;

function readEnv(): Env {
  const parsed = EnvSchema.safeParse({ API_URL: import.meta.env.VITE_API_URL });
  if (!parsed.success) {
    throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export const env = readEnv();
