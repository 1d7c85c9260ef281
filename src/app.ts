/**
 * The Worker's HTTP application: one Hono per resource, mounted here, and the one error handler
 * that turns every failure into an RFC 9457 problem.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './env';
import { ENGINE_VERSION } from './engine/version';
import { ProblemError, problemResponse, type ProblemInit } from './http/problem';
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

app.onError((error) => {
  if (error instanceof ProblemError) return problemResponse(error);
  if (error instanceof HTTPException) return problemResponse(fromHttpException(error));
  console.error('unhandled error:', error);
  return problemResponse(
    new ProblemError(500, {
      slug: 'internal',
      title: 'Internal Server Error',
      detail: 'Something went wrong on our side; the error has been logged.',
    }),
  );
});

const KNOWN_HTTP_PROBLEMS: Record<number, ProblemInit> = {
  400: { slug: 'invalid-json', title: 'Malformed JSON', detail: 'The request body is not valid JSON.' },
  413: { slug: 'payload-too-large', title: 'Request body too large', detail: 'The body is larger than the limit.' },
  415: {
    slug: 'unsupported-media-type',
    title: 'Unsupported Media Type',
    detail: 'Send the article as application/json, text/plain or text/html.',
  },
};

function fromHttpException(error: HTTPException): ProblemError {
  const known = KNOWN_HTTP_PROBLEMS[error.status];
  if (known) return new ProblemError(error.status, known);
  return new ProblemError(error.status, {
    slug: `http-${error.status}`,
    title: error.message || 'Request failed',
    detail: error.message || `HTTP ${error.status}`,
  });
}

export type App = typeof app;
