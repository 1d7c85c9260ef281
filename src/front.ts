/**
 * The Worker's front router: what runs first in every request, kept small so the isolate starts
 * fast and a cache hit pays for little.
 *
 * `GET /v1/briefs/{id}` (a stored brief, the hot path) is answered here with exactly the app's
 * middleware for that route (security headers, CORS, API access, the problem+json error handler)
 * and the same handler; a hit with a valid token gets that same response built in one step
 * (src/http/stored-brief-hit.ts). Every other request goes to the full app (src/app.ts: the OpenAPI routes
 * and their zod schemas, the page, webhooks, batches, the docs), loaded with `import()` on the
 * first request that needs it. wrangler bundles one file, so this does not shrink the upload; it
 * defers compiling and running all that code (esbuild wraps a dynamically imported module in a
 * function that runs on first import).
 */
import { Hono, type Context, type ExecutionContext } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './env';
import { apiAccess } from './http/auth';
import { apiCors } from './http/cors';
import { problemForError } from './http/errors';
import { respondWithStoredBrief } from './http/stored-brief';
import { startedRead, storedBriefHit } from './http/stored-brief-hit';

let app: Promise<typeof import('./app').app> | undefined;
function loadApp(): Promise<typeof import('./app').app> {
  app ??= import('./app').then((m) => m.app);
  return app;
}

export const front = new Hono<AppEnv>();

// The same middleware, in the same order, as app.ts gives `/v1/briefs/*`; the route is still declared
// in src/routes/briefs.ts for the OpenAPI document, and answered there too if this one is removed.
// A hit with a valid token is answered by the first handler alone (src/http/stored-brief-hit.ts
// builds the chain's response in one step); every other request goes on to the chain.
front.get(
  '/v1/briefs/:id',
  async (c, next) => {
    const hit = await storedBriefHit(c);
    return hit ?? next();
  },
  secureHeaders(),
  apiCors,
  apiAccess('briefs'),
  (c) => respondWithStoredBrief(c, c.req.param('id'), startedRead(c)),
);

front.all('*', async (c) => (await loadApp()).fetch(c.req.raw, c.env, executionContext(c)));

front.onError(problemForError);

/** The request's ExecutionContext, or none (`app.request()` in tests passes none). */
function executionContext(c: Context<AppEnv>): ExecutionContext | undefined {
  try {
    return c.executionCtx;
  } catch {
    return undefined;
  }
}
