/**
 * What travels between the batch API, the queue and the progress store.
 *
 * A queue message carries only a reference (`batchId`, `index`): the article itself waits in the
 * batch's Durable Object. Queue messages are capped at 128 KB and `sendBatch` at 100 messages or
 * 256 KB, while one article may be most of a 1 MB request; references keep every message tiny and
 * let a dead-lettered message still name exactly which article failed.
 */

/** One queued article: the batch it belongs to and its position in the request. */
export interface BatchMessage {
  batchId: string;
  index: number;
}

/** An accepted article as it waits to be briefed (HTML is already reduced to its readable text). */
export interface BatchArticle {
  id: string;
  text: string;
  title?: string;
  url?: string;
  /** For the sourcing desk (src/desk/): when, by whom, in which section. */
  publishedAt?: string;
  authors?: string[];
  section?: string;
}

export type ItemState = 'pending' | 'done' | 'failed';

export type BatchStatus = 'queued' | 'running' | 'completed';

export interface BatchError {
  index: number;
  id: string;
  reason: string;
}

export interface BatchProgressReport {
  batchId: string;
  source: string;
  status: BatchStatus;
  total: number;
  done: number;
  failed: number;
  createdAt: string;
  updatedAt: string;
  errors: BatchError[];
}

/** What the consumer learnt about one item; `retry` only records the reason, the item stays pending. */
export type ItemOutcome =
  | { index: number; state: 'done'; briefId: string }
  | { index: number; state: 'failed'; reason: string }
  | { index: number; state: 'retry'; reason: string };

/** What the consumer gets back when it claims items: the article if still pending. */
export type ClaimedItem =
  | { index: number; state: 'pending'; article: BatchArticle }
  | { index: number; state: 'done' | 'failed' }
  | { index: number; state: 'unknown' };

/** The dead-letter queue is the main queue's name plus this suffix (see wrangler.toml). */
export const DEAD_LETTER_SUFFIX = '-dlq';

/** Articles per request: one request's items fit in one Durable Object transaction and one DO row each. */
export const MAX_ARTICLES_PER_BATCH = 1_000;
