import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';

/** The Fastify instance routes are declared on, with Zod schemas typing each handler. */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** The problem-details body every error response has, for the OpenAPI document. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    errors: z
      .array(
        z.object({
          path: z.string(),
          message: z.string(),
          params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
          detail: z.string().optional(),
        }),
      )
      .optional(),
  })
  .describe('RFC 9457 problem details');

export const noContent = z.null().describe('No content');

type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 410;

/** The error answers a route declares, each a problem document, for the OpenAPI document. */
export function problemResponses<Status extends ProblemStatus>(
  ...statuses: Status[]
): Record<Status, typeof problemSchema> {
  return Object.fromEntries(statuses.map((status) => [status, problemSchema])) as Record<
    Status,
    typeof problemSchema
  >;
}

/** `/api/assemblies/:slug/…` */
export const slugParams = z.object({ slug: z.string().min(1).max(60) });
/** `/api/…/:id` */
export const idParams = z.object({ id: z.string().min(1).max(100) });

/**
 * The success answer of a file download (CSV, XLSX, PDF): its media type, the body the file's bytes,
 * as OpenAPI says of a file (`type: string, format: binary`). Sent as a stream or a buffer, it is
 * never serialised.
 */
export function fileResponse(mediaTypes: string | readonly string[], description: string) {
  // Typed as what handlers send, so that a stream or a buffer is accepted by `reply.send`.
  const schema = z.string().meta({ format: 'binary' }) as unknown as z.ZodType<
    string | Uint8Array | NodeJS.ReadableStream
  >;
  const content = Object.fromEntries(
    (typeof mediaTypes === 'string' ? [mediaTypes] : mediaTypes).map((mediaType) => [mediaType, { schema }]),
  );
  return { description, content };
}

/** A Server-Sent Events stream: its events are typed in common/events.ts, the body is not serialised. */
export function eventStreamResponse(description: string) {
  return fileResponse('text/event-stream', description);
}
