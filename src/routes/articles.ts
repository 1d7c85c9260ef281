/**
 * /v1/articles/{source}/{articleId}: the latest brief of an article known by its source's own id,
 * through the article index (a CMS webhook sender, or `batch` for backfills). Briefs themselves
 * stay content-addressed; this is a lookup of index entry, then brief.
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { AppEnv } from '../env';
import { Brief } from '../schema/brief';
import { ArticleIndex, isIndexable, type ArticleOrigin } from '../storage/article-index';
import { isSenderName } from '../webhooks/senders';
import { BriefStore } from '../storage/brief-store';
import { ProblemError } from '../http/problem';
import { respondWithBrief, storeReadFailed } from '../http/stored-brief';
import { validationHook } from '../http/validation';
import { guardedAnswers, problem } from '../http/openapi';

export const articles = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(
  createRoute({
    method: 'get',
    // `{.+}`: an id may hold slashes (a folder backfill's `sub/storm`), matched as written or as %2F.
    path: '/{source}/{articleId{.+}}',
    summary: "An article's latest brief",
    description:
      'The brief stored for the article when its source (a CMS webhook sender such as `ghost`, or `batch`) last published it.',
    request: {
      params: z.object({
        source: z.string().openapi({ param: { name: 'source', in: 'path' }, example: 'ghost' }),
        articleId: z
          .string()
          .openapi({ param: { name: 'articleId', in: 'path' }, example: '5ddc9141c35e7700383b2937' }),
      }),
    },
    responses: {
      ...guardedAnswers,
      200: {
        description: 'The brief',
        headers: z.object({
          etag: z.string(),
          'content-location': z.string().openapi({ description: 'The brief by id: /v1/briefs/{id}' }),
        }),
        content: { 'application/json': { schema: Brief } },
      },
      304: { description: 'Not modified (If-None-Match matched)' },
      404: problem('No brief for this article (never published, deleted, or expired)'),
      503: problem('KV unavailable'),
    },
  }),
  async (c) => {
    const { source, articleId } = c.req.valid('param');
    const notFound = () =>
      new ProblemError(404, {
        slug: 'not-found',
        title: 'Article not found',
        detail: `No brief for ${source} article ${articleId}: it was never published, was deleted, or its brief expired.`,
      });
    // Ids over the byte limit were never indexed (webhooks and batches refuse them): a plain 404,
    // and no KV call that KV would refuse (a key over 512 bytes) and we would answer 503.
    if (!isIndexable(source, articleId)) throw notFound();
    // A sender's name reads the webhook namespace; every other source the batch one (batches may
    // not be named after a sender), so a batch can never stand in for a CMS.
    const origin: ArticleOrigin = isSenderName(source) ? 'webhook' : 'batch';
    const entry = await ArticleIndex.of(c.env).get({ origin, source, id: articleId }).catch(storeReadFailed);
    if (!entry) throw notFound();
    const found = await BriefStore.of(c.env).get(entry.briefId).catch(storeReadFailed);
    if (!found) throw notFound();
    c.header('Content-Location', `/v1/briefs/${found.id}`);
    // The article's latest brief can change with its next publish: keep it, but ask every time.
    c.header('Cache-Control', 'no-cache');
    return respondWithBrief(c, found);
  },
);
