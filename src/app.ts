/**
 * The Worker's HTTP application: one Hono per resource, mounted here, and the one error handler
 * that turns every failure into an RFC 9457 problem.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './env';
import { ENGINE_VERSION } from './engine/version';
import { ProblemError, problemResponse } from './http/problem';
import { problemForError } from './http/errors';
import { validationHook } from './http/validation';
import { renderApiDocs } from './http/docs';
import { apiAccess } from './http/auth';
import { openApiDocument } from './http/openapi';
import { apiCors } from './http/cors';
import { briefs } from './routes/briefs';
import { batches } from './routes/batches';
import { meta } from './routes/meta';
import { webhooks } from './routes/webhooks';
import { articles } from './routes/articles';
import { page } from './routes/page';
import { desk } from './routes/desk';
import { deskPage } from './routes/desk-page';

export const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

app.use(secureHeaders());
// Before the routes: CORS answers preflights, then access and rate limits (src/lib/auth.ts, rate-limit.ts).
// The form's own limit sits on its route (src/routes/page.tsx), so a person gets the page back, not JSON.
app.use('/v1/*', apiCors);
app.use('/openapi.json', apiCors);
app.use('/v1/briefs/*', apiAccess('briefs'));
app.use('/v1/batches/*', apiAccess('batches'));
app.use('/v1/articles/*', apiAccess('articles')); // stored briefs by CMS article: same data as GET /v1/briefs/{id}
app.use('/v1/desk/*', apiAccess('desk')); // the sourcing desk (issue 15)

app.route('/', meta);
app.route('/', page);
app.route('/v1/briefs', briefs);
app.route('/v1/batches', batches);
app.route('/v1/webhooks', webhooks);
app.route('/v1/articles', articles);
app.route('/v1/desk', desk);
app.route('/', deskPage);

// One document from the routes, for machines and for people.
app.get('/openapi.json', (c) => c.json(openApiDocument(app as never, ENGINE_VERSION)));
app.get('/docs', (c) =>
  c.html(renderApiDocs(openApiDocument(app as never, ENGINE_VERSION) as Parameters<typeof renderApiDocs>[0])),
);

app.notFound((c) =>
  problemResponse(
    new ProblemError(404, {
      slug: 'not-found',
      title: 'Not Found',
      detail: `No route for ${c.req.method} ${new URL(c.req.url).pathname}.`,
    }),
  ),
);

app.onError(problemForError);

export type App = typeof app;
