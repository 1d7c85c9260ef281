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

// A hit with a valid token is answered by the one-step handler alone (src/http/stored-brief-hit.ts
// builds the chain's response in one step). It is the only handler that matches the path: Hono runs
// a lone handler directly, while several handlers (middleware, or a catch-all route) are composed
// afresh on every request, a dispatch closure and a promise per layer.
// Every other request goes on to `chain`: the same middleware, in the same order, as app.ts gives
// `/v1/briefs/*`; the route is still declared in src/routes/briefs.ts for the OpenAPI document, and
// answered there too if this one is removed.
const chain = new Hono<AppEnv>();
chain.get('/v1/briefs/:id', secureHeaders(), apiCors, apiAccess('briefs'), (c) =>
  respondWithStoredBrief(c, c.req.param('id'), startedRead(c.req.raw)),
);
chain.onError(problemForError);

front.get(
  '/v1/briefs/:id',
  async (c) => (await storedBriefHit(c)) ?? chain.fetch(c.req.raw, c.env, executionContext(c)),
);

// Everything else: not a catch-all route (`all('*')` would match the path above too, and put it back
// through the composition), but what the front router does with a path it has no route for.
front.notFound(async (c) => (await loadApp()).fetch(c.req.raw, c.env, executionContext(c)));

front.onError(problemForError);

/** The request's ExecutionContext, or none (`app.request()` in tests passes none). */
function executionContext(c: Context<AppEnv>): ExecutionContext | undefined {
  try {
    return c.executionCtx;
  } catch {
    return undefined;
  }
}
