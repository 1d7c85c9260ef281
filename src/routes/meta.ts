/** Service metadata: health check. (The OpenAPI document and docs page are mounted in app.ts.) */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { AppEnv } from '../env';
import { ENGINE } from '../engine/version';

export const meta = new OpenAPIHono<AppEnv>().openapi(
  createRoute({
    method: 'get',
    path: '/healthz',
    summary: 'Health check',
    responses: {
      200: {
        description: 'The service is up',
        content: { 'application/json': { schema: z.object({ status: z.literal('ok'), engine: z.string() }) } },
      },
    },
  }),
  (c) => c.json({ status: 'ok' as const, engine: ENGINE }, 200),
);
