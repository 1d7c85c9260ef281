/**
 * Pieces of the OpenAPI document every route shares: a problem+json answer, the answers the API
 * guard (src/http/auth.ts) gives on every `/v1/briefs`, `/v1/batches` and `/v1/articles` route, and
 * the document itself, built once from the routes for both /openapi.json and /docs.
 */
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { Problem } from '../schema/brief';

/** A problem+json answer (RFC 9457). */
export const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: Problem } },
});

/** What the API guard answers before any route runs. */
export const guardedAnswers = {
  401: problem('`API_TOKEN` is set and the request has no valid `Authorization: Bearer <token>`'),
  429: problem('Too many requests without a valid token from this address (`API_RATE_LIMIT`); see `Retry-After`'),
} as const;

/** A `GET {id}.md` route, for the document: the brief as Markdown, with its ETag. */
export function markdownDownload(path: string, summary: string, extra: Record<number, unknown> = {}) {
  return {
    method: 'get' as const,
    path,
    summary,
    description: 'The same brief as `GET` without `.md`, rendered as Markdown, sent as an attachment.',
    request: { params: z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) }) },
    responses: {
      ...extra,
      200: { description: 'The brief as Markdown', content: { 'text/markdown': { schema: z.string() } } },
      304: { description: 'Not modified (If-None-Match matched)' },
      404: problem('No brief with this id (unknown or expired)'),
    },
  };
}

export const openApiConfig = {
  openapi: '3.1.0',
  info: {
    title: 'edge-brief',
    version: '',
    description:
      'Turns a news article into a structured brief: actors, claims, sources and caveats, each with its exact span.',
  },
};

type Document = ReturnType<OpenAPIHono['getOpenAPI31Document']>;

/**
 * The document for the app's routes. A route that matches ids with slashes is declared with Hono's
 * pattern syntax (`{articleId{.+}}`); the document names the parameter plainly (`{articleId}`).
 */
export function openApiDocument(app: OpenAPIHono<never>, version: string): Document {
  const doc = app.getOpenAPI31Document({ ...openApiConfig, info: { ...openApiConfig.info, version } });
  const paths: Document['paths'] = {};
  for (const [path, item] of Object.entries(doc.paths ?? {})) paths[path.replace(/\{(\w+)\{[^}]*\}\}/g, '{$1}')] = item;
  return { ...doc, paths };
}
