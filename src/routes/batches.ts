/**
 * /v1/batches: hand an archive over in batches of up to 1,000 articles and watch their progress.
 * The work itself happens on the queue (src/batch/); these handlers validate, start and report.
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { AppEnv } from '../env';
import { limitBody } from '../http/body-limit';
import { ProblemError } from '../http/problem';
import { validationHook } from '../http/validation';
import {
  BatchArticleInput,
  DEFAULT_SOURCE,
  EnqueueError,
  ProgressStoreError,
  RESERVED_SOURCES,
  SOURCE_PATTERN,
  isReservedSource,
  prepareArticles,
  progressStub,
  startBatch,
} from '../batch/producer';
import { MAX_ARTICLES_PER_BATCH } from '../batch/types';
import { guardedAnswers, problem } from '../http/openapi';

const BatchRequest = z
  .object({
    source: z
      .string()
      .regex(SOURCE_PATTERN, 'source: letters, digits, ".", "_" or "-", at most 64')
      .refine((source) => !isReservedSource(source), {
        message: `source may not be a webhook sender's name (${RESERVED_SOURCES.join(', ')}): batches cannot write a CMS's articles`,
      })
      .optional()
      .openapi({
        description: `Where the articles come from; they are indexed as /v1/articles/{source}/{id}. Default \`${DEFAULT_SOURCE}\`. Never a webhook sender's name (${RESERVED_SOURCES.join(', ')}).`,
      }),
    // Items are checked one by one in the handler, so one bad article is reported, not fatal.
    articles: z
      .array(z.unknown())
      .min(1, 'send at least one article')
      .max(MAX_ARTICLES_PER_BATCH, `at most ${MAX_ARTICLES_PER_BATCH} articles per batch`)
      .openapi({ type: 'array', items: { $ref: '#/components/schemas/BatchArticle' } }),
  })
  .openapi('BatchRequest');

const Rejected = z.object({
  index: z.number().int(),
  id: z.string().nullable(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })),
});

const BatchAccepted = z
  .object({
    batchId: z.string().uuid(),
    source: z.string(),
    total: z.number().int().openapi({ description: 'Articles accepted and queued.' }),
    rejected: z
      .array(Rejected)
      .openapi({ description: 'Articles refused, by their index in the request; they are not queued.' }),
  })
  .openapi('BatchAccepted');

export const BatchProgressSchema = z
  .object({
    batchId: z.string(),
    source: z.string(),
    status: z.enum(['queued', 'running', 'completed']),
    total: z.number().int(),
    done: z.number().int().openapi({ description: 'Articles briefed, stored and indexed.' }),
    failed: z.number().int().openapi({ description: 'Articles that failed for good; each is listed in `errors`.' }),
    createdAt: z.string(),
    updatedAt: z.string(),
    errors: z.array(z.object({ index: z.number().int(), id: z.string(), reason: z.string() })),
  })
  .openapi('BatchProgress');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const batches = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'post',
      path: '/',
      summary: 'Queue a batch of articles',
      description: `Up to ${MAX_ARTICLES_PER_BATCH} articles (and the body limit) per call. Each is briefed on the queue, stored, and indexed as /v1/articles/{source}/{id}. Invalid articles are listed in \`rejected\`; if none is valid the answer is 422.`,
      middleware: [limitBody] as const,
      request: { body: { required: true, content: { 'application/json': { schema: BatchRequest } } } },
      responses: {
        ...guardedAnswers,
        202: {
          description: 'Accepted; poll the Location for progress',
          headers: z.object({ location: z.string() }),
          content: { 'application/json': { schema: BatchAccepted } },
        },
        400: problem('Malformed JSON'),
        413: problem('Body over the size limit'),
        415: problem('Not JSON'),
        422: problem('Not a batch, or no valid article in it (each item is listed in `errors`)'),
        503: problem('The queue or the progress store is unavailable; retry the request'),
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const source = body.source ?? DEFAULT_SOURCE;
      const { accepted, rejected } = await prepareArticles(body.articles);
      if (accepted.length === 0) {
        const errors = rejected.flatMap((r) =>
          r.errors.map((e) => ({ path: `articles.${r.index}.${e.path}`, message: e.message })),
        );
        throw new ProblemError(422, {
          slug: 'no-valid-articles',
          title: 'No valid article in the batch',
          detail: `None of the ${rejected.length} articles can be briefed; see errors.`,
          errors: errors,
        });
      }
      let batchId: string;
      try {
        batchId = await startBatch(c.env, source, accepted);
      } catch (error) {
        if (error instanceof ProgressStoreError) storeDown(error);
        if (!(error instanceof EnqueueError)) throw error;
        console.error(error);
        throw new ProblemError(503, {
          slug: 'queue-unavailable',
          title: 'Queue unavailable',
          detail: `The queue refused the articles (${error.sent} of ${accepted.length} were queued; the rest are recorded as failed in batch ${error.batchId}); send them again shortly.`,
          headers: { 'Retry-After': '30', Location: `/v1/batches/${error.batchId}` },
        });
      }
      c.header('Location', `/v1/batches/${batchId}`);
      return c.json({ batchId, source, total: accepted.length, rejected }, 202);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{batchId}',
      summary: 'Progress of a batch',
      description:
        '`done` and `failed` are exact however many consumers run at once; `status` is `completed` when every article is done or failed.',
      request: { params: z.object({ batchId: z.string().openapi({ param: { name: 'batchId', in: 'path' } }) }) },
      responses: {
        ...guardedAnswers,
        200: { description: 'Progress', content: { 'application/json': { schema: BatchProgressSchema } } },
        404: problem('No such batch (unknown or past retention)'),
        503: problem('The progress store is unavailable; retry shortly'),
      },
    }),
    async (c) => {
      const { batchId } = c.req.valid('param');
      // Only well-formed ids reach the Durable Object namespace, so junk never instantiates an object.
      const report = UUID.test(batchId) ? await progressStub(c.env, batchId).progress().catch(storeDown) : null;
      if (!report)
        throw new ProblemError(404, {
          slug: 'not-found',
          title: 'Batch not found',
          detail: `No batch with id ${batchId}.`,
        });
      return c.json(report, 200);
    },
  );

// The item schema as a component, so BatchRequest's `$ref` resolves in /openapi.json.
batches.openAPIRegistry.register('BatchArticle', BatchArticleInput);

function storeDown(error: unknown): never {
  console.error('batch progress store failed:', error);
  throw new ProblemError(503, {
    slug: 'store-unavailable',
    title: 'Batch store unavailable',
    detail: 'Batches cannot be stored or read right now; try again shortly.',
    headers: { 'Retry-After': '5' },
  });
}
