/**
 * /v1/briefs: brief an article (JSON, plain text or HTML) and read stored briefs back by id.
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { AppEnv } from '../env';
import { ArticleInput, Brief } from '../schema/brief';
import { limitBody } from '../http/body-limit';
import { BriefStore } from '../storage/brief-store';
import { briefThroughCache } from '../briefing';
import { htmlToText } from '../content/html';
import { respondWithStoredBrief } from '../http/stored-brief';
import { ProblemError } from '../http/problem';
import { parseArticle, validationHook } from '../http/validation';
import { guardedAnswers, markdownDownload, problem } from '../http/openapi';

const BriefQuery = z.object({
  include: z
    .enum(['text'])
    .optional()
    .openapi({ description: 'Set to `text` to get the analysed text back in the brief.' }),
  title: z.string().optional().openapi({ description: 'Title, for text/plain and text/html bodies.' }),
  url: z.string().optional().openapi({ description: 'URL, for text/plain and text/html bodies.' }),
});

const briefHeaders = z.object({
  'x-cache': z.enum(['HIT', 'MISS', 'BYPASS']),
  etag: z.string(),
  'server-timing': z.string(),
});

/** A brief by id cannot change: any cache may keep it for good (`private` when the API token is set). */
const storedBriefHeaders = z.object({
  'x-cache': z.enum(['HIT']),
  etag: z.string(),
  'server-timing': z.string().openapi({ description: 'kv;dur=<ms of the KV read>, cache;desc=HIT' }),
  'cache-control': z.string().openapi({ example: 'public, max-age=31536000, immutable' }),
});

export const briefs = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'post',
      path: '/',
      summary: 'Brief an article',
      description:
        'Send the article as JSON `{ text, title?, url? }`, as `text/plain`, or as `text/html` (the readable text is extracted). The same article gets the same id whichever way it is sent.',
      middleware: [limitBody] as const,
      request: {
        query: BriefQuery,
        body: {
          required: false,
          content: {
            'application/json': { schema: ArticleInput },
            'text/plain': { schema: { type: 'string', description: 'The article itself.' } },
            'text/html': { schema: { type: 'string', description: 'An HTML page; its readable text is analysed.' } },
          },
        },
      },
      responses: {
        ...guardedAnswers,
        200: { description: 'The brief', headers: briefHeaders, content: { 'application/json': { schema: Brief } } },
        400: problem('Malformed JSON'),
        413: problem('Body over the size limit'),
        415: problem('Unsupported content type'),
        422: problem('Valid JSON that is not an article, or blank text'),
      },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const contentType = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
      let article: z.infer<typeof ArticleInput>;
      if (contentType === 'text/plain') {
        article = parseArticle({ text: await c.req.text(), title: query.title, url: query.url });
      } else if (contentType === 'text/html') {
        article = parseArticle({ text: htmlToText(await c.req.text()), title: query.title, url: query.url });
      } else if (contentType !== '') {
        // Validated by the route's JSON schema; the mixed text/JSON body confuses the inferred type.
        article = c.req.valid('json' as never) as z.infer<typeof ArticleInput>;
      } else {
        throw new ProblemError(415, {
          slug: 'unsupported-media-type',
          title: 'Unsupported Media Type',
          detail: 'Send the article as application/json, text/plain or text/html.',
        });
      }
      const store = BriefStore.of(c.env);
      const result = await briefThroughCache(store, article);
      const body = query.include === 'text' ? { ...result.brief, text: article.text } : result.brief;
      c.header('X-Cache', result.cache);
      c.header('ETag', `"${result.brief.id}"`);
      c.header('Server-Timing', `engine;dur=${result.analysisMs.toFixed(2)}, cache;desc=${result.cache}`);
      return c.json(body, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      summary: 'A stored brief',
      description: 'Add `.md` to the id (`/v1/briefs/{id}.md`) for the brief as a Markdown download.',
      request: {
        params: z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: '9f86d0…' }) }),
      },
      responses: {
        ...guardedAnswers,
        200: {
          description: 'The brief',
          headers: storedBriefHeaders,
          content: { 'application/json': { schema: Brief }, 'text/markdown': { schema: z.string() } },
        },
        304: {
          description: 'Not modified (If-None-Match matched, weakly; `*` matches any brief)',
          headers: storedBriefHeaders,
        },
        404: problem('No brief with this id (unknown or expired)'),
      },
    }),
    // `{id}.md` is the same brief as Markdown, so a plain link can download it.
    (c) => respondWithStoredBrief(c, c.req.valid('param').id),
  );

// Served by the route above (its `{id}` may end in `.md`); listed on its own so the document shows it.
briefs.openAPIRegistry.registerPath(
  markdownDownload('/{id}.md', 'A stored brief as a Markdown download', guardedAnswers),
);
