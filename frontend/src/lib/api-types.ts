import type { paths } from '@/types/api';

// Request and response bodies looked up from the generated OpenAPI types by path, method and
// status, so fetchers never restate the backend's shapes. Any media type is accepted because
// springdoc may describe JSON responses as `*/*`.

type Operation<P extends keyof paths, M extends keyof paths[P]> = paths[P][M];

type ContentOf<T> = T extends { content: infer C } ? C[keyof C] : never;

export type RequestBody<P extends keyof paths, M extends keyof paths[P]> = ContentOf<
  NonNullable<Operation<P, M> extends { requestBody?: infer B } ? B : never>
>;

export type ResponseBody<
  P extends keyof paths,
  M extends keyof paths[P],
  S extends number,
> = Operation<P, M> extends { responses: infer R } ? (S extends keyof R ? ContentOf<R[S]> : never) : never;
