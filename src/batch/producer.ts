/**
 * The producer side of a batch: check each article on its own, store the accepted ones in the
 * batch's Durable Object, then put one small reference message per article on the queue.
 *
 * Each item is validated separately so one bad article cannot sink a thousand good ones; every
 * rejected item is reported with its index and reasons. An id repeated within one request is
 * rejected after its first occurrence: both would race to write the same article index entry.
 *
 * If the queue refuses messages, the articles that were not sent are recorded as failed with the
 * reason (nothing waits forever for a message that does not exist) and the caller answers 503.
 */
import { z } from '@hono/zod-openapi';
import type { Bindings } from '../env';
import { htmlToText } from '../content/html';
import { issuesOf } from '../http/validation';
import { MAX_ARTICLE_ID_BYTES, articleIdProblem } from '../storage/article-index';
import { SENDER_NAMES } from '../webhooks/senders';
import type { BatchArticle, BatchMessage } from './types';

/** Source names go into KV keys and URLs, so they stay short and plain (and never hold a `:`). */
export const SOURCE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const DEFAULT_SOURCE = 'batch';
/**
 * Names a batch source may not take, in any case: the webhook senders (their articles are read at
 * /v1/articles/{sender}/..., which a batch must never stand in for) and the index's own origins.
 */
export const RESERVED_SOURCES: readonly string[] = [...SENDER_NAMES, 'webhook'];

export function isReservedSource(source: string): boolean {
  return RESERVED_SOURCES.includes(source.toLowerCase());
}
/** `sendBatch` takes at most 100 messages (or 256 KB); our messages are ~60 bytes each. */
const SEND_CHUNK = 100;

export const BatchArticleInput = z
  .object({
    id: z
      .string()
      .trim()
      .min(1, 'id is empty')
      // Measured in UTF-8 bytes, as KV measures its keys: 256 non-ASCII characters would not fit.
      .superRefine((id, ctx) => {
        const problem = id === '' ? null : articleIdProblem(id); // empty: already said by min(1)
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .openapi({
        description: `The article's id in your archive (at most ${MAX_ARTICLE_ID_BYTES} bytes of UTF-8); it is readable at /v1/articles/{source}/{id}.`,
      }),
    title: z.string().optional(),
    url: z.string().optional(),
    text: z.string().optional().openapi({ description: 'The article as plain text (send `text` or `html`).' }),
    html: z.string().optional().openapi({ description: 'The article as an HTML page; its readable text is analysed.' }),
    // For the sourcing desk (src/desk/): recorded beside the brief, filterable at /v1/desk.
    publishedAt: z.string().max(40).optional().openapi({ description: 'ISO 8601 publication time' }),
    authors: z.array(z.string().max(200)).max(20).optional(),
    section: z.string().max(200).optional(),
  })
  .superRefine((item, ctx) => {
    if ((item.text === undefined) === (item.html === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'send exactly one of text or html' });
    }
  })
  .openapi('BatchArticle');

export interface RejectedItem {
  index: number;
  id: string | null;
  errors: { path: string; message: string }[];
}

export interface PreparedBatch {
  accepted: { index: number; article: BatchArticle }[];
  rejected: RejectedItem[];
}

/** Validate every item; HTML is reduced to text now so a page with no readable text is rejected up front. */
export async function prepareArticles(items: unknown[]): Promise<PreparedBatch> {
  const accepted: PreparedBatch['accepted'] = [];
  const rejected: RejectedItem[] = [];
  const firstIndexOf = new Map<string, number>();
  for (const [index, raw] of items.entries()) {
    const parsed = BatchArticleInput.safeParse(raw);
    if (!parsed.success) {
      const id = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : null;
      rejected.push({ index, id, errors: issuesOf(parsed.error) });
      continue;
    }
    const { id, title, url, html } = parsed.data;
    const text = html !== undefined ? htmlToText(html) : parsed.data.text!;
    const errors: RejectedItem['errors'] = [];
    if (text.trim() === '')
      errors.push({
        path: html !== undefined ? 'html' : 'text',
        message: html !== undefined ? 'the page has no readable text' : 'text is blank',
      });
    const first = firstIndexOf.get(id);
    if (first !== undefined)
      errors.push({ path: 'id', message: `duplicate id: the article at index ${first} has the same id` });
    if (errors.length) {
      rejected.push({ index, id, errors });
      continue;
    }
    firstIndexOf.set(id, index);
    const article: BatchArticle = { id, text };
    if (title !== undefined) article.title = title;
    if (url !== undefined) article.url = url;
    const { publishedAt, authors, section } = parsed.data;
    Object.assign(article, JSON.parse(JSON.stringify({ publishedAt, authors, section })) as Partial<BatchArticle>);
    accepted.push({ index, article });
  }
  return { accepted, rejected };
}

export class EnqueueError extends Error {
  constructor(
    readonly batchId: string,
    readonly sent: number,
    cause: unknown,
  ) {
    super(`queue refused messages after ${sent} were sent: ${String(cause)}`, { cause });
    this.name = 'EnqueueError';
  }
}

/** The batch's Durable Object could not be reached: nothing was stored or queued. */
export class ProgressStoreError extends Error {
  constructor(cause: unknown) {
    super(`batch progress store unavailable: ${String(cause)}`, { cause });
    this.name = 'ProgressStoreError';
  }
}

export function progressStub(env: Bindings, batchId: string) {
  return env.BATCH_PROGRESS.get(env.BATCH_PROGRESS.idFromName(batchId));
}

/**
 * Store the batch, then queue it. The store comes first so a consumer never receives a message for
 * an article it cannot find. Throws `ProgressStoreError` if it cannot be stored (nothing happened),
 * `EnqueueError` after recording the articles the queue refused as failed.
 */
export async function startBatch(env: Bindings, source: string, accepted: PreparedBatch['accepted']): Promise<string> {
  const batchId = crypto.randomUUID();
  const stub = progressStub(env, batchId);
  await stub.create(batchId, source, accepted).catch((error: unknown) => {
    throw new ProgressStoreError(error);
  });
  const messages = accepted.map(({ index }) => ({
    body: { batchId, index } satisfies BatchMessage,
    contentType: 'json' as const,
  }));
  let sent = 0;
  try {
    for (; sent < messages.length; sent += SEND_CHUNK) {
      await env.BATCH_QUEUE.sendBatch(messages.slice(sent, sent + SEND_CHUNK));
    }
  } catch (error) {
    const reason = `not queued: ${error instanceof Error ? error.message : String(error)}`;
    await stub.record(accepted.slice(sent).map(({ index }) => ({ index, state: 'failed' as const, reason })));
    throw new EnqueueError(batchId, sent, error);
  }
  return batchId;
}
