/**
 * The one shape every CMS adapter has: verify the signed delivery, then read the article out of
 * its payload. The receiver (`receive.ts`) does everything else the same way for every sender.
 */
import type { ArticleBody } from '../content';
import type { ArticleMeta } from '../desk/rows';
import { ProblemError } from '../http/problem';
import { StoreRefusedError } from '../briefing';
import { isKvLimitError } from '../storage/kv-json';
import type { WebhookSettings } from './settings';

/** A delivery as received: the raw bytes are what every scheme signs, so they are kept as they came. */
export interface Delivery {
  method: string;
  url: URL;
  headers: Headers;
  /** The body exactly as received. */
  body: Uint8Array;
  /** The body decoded as UTF-8 (what the JSON parser and the string-based libraries see). */
  text: string;
}

export type { ArticleBody } from '../content';

export interface ArticleSource {
  title?: string;
  url?: string;
  /** Absent or empty when the payload carries no article text (answered with 422). */
  body?: ArticleBody;
  /** What the sourcing desk keeps beside the brief, where the sender's payload has it. */
  meta?: ArticleMeta;
}

export type ParsedDelivery =
  | { event: 'publish'; articleId: string; article: ArticleSource }
  | { event: 'delete'; articleId: string }
  | { event: 'ignore'; articleId: string | null; reason: string };

/** What the signature itself established, beyond "this body is genuine". */
export interface Verified {
  /** The event the signing key stands for (WordPress: the body was signed with the delete trigger's secret). */
  event?: 'delete';
}

export interface WebhookAdapter {
  /** The env var (secret) this sender is verified with. */
  readonly secretName: SecretName;
  /**
   * Throw a 401 `ProblemError` unless the delivery is signed with `secret` and, where the scheme
   * has a timestamp, fresh at `now` (ms). Throw `misconfigured()` when the secret itself is unusable.
   */
  verify(delivery: Delivery, secret: string, now: number, settings: WebhookSettings): Promise<Verified | void>;
  /**
   * The replay key of this delivery, made only of what the signature covers (a signed delivery id,
   * or the signature and timestamp in one normal form), so nothing unsigned can make a replay look
   * new; else the receiver keys it on the body alone.
   */
  deliveryId?(delivery: Delivery): string | null;
  /**
   * Read the event and the article from the verified payload; throw a 422 problem when it is not
   * one. The event comes from signed data only (the payload, or `verified`), never from the URL.
   */
  parse(payload: unknown, delivery: Delivery, settings: WebhookSettings, verified: Verified): ParsedDelivery;
}

export type SecretName =
  | 'GHOST_WEBHOOK_SECRET'
  | 'CONTENTFUL_WEBHOOK_SECRET'
  | 'SANITY_WEBHOOK_SECRET'
  | 'WORDPRESS_WEBHOOK_SECRET'
  | 'STRAPI_WEBHOOK_TOKEN'
  | 'STANDARD_WEBHOOK_SECRET';

export function signatureMissing(detail: string, headers?: Record<string, string>): ProblemError {
  return new ProblemError(401, {
    slug: 'signature-missing',
    title: 'Delivery is not signed',
    detail: detail,
    headers: headers,
  });
}

export function signatureInvalid(detail: string, headers?: Record<string, string>): ProblemError {
  return new ProblemError(401, {
    slug: 'signature-invalid',
    title: 'Signature does not match',
    detail: detail,
    headers: headers,
  });
}

export function signatureExpired(detail: string): ProblemError {
  return new ProblemError(401, {
    slug: 'signature-expired',
    title: 'Signature timestamp outside the accepted window',
    detail: detail,
  });
}

/** The secret is set but cannot be used (e.g. not the format the scheme requires): an operator problem. */
export function misconfigured(secretName: SecretName, why: string): ProblemError {
  return new ProblemError(503, {
    slug: 'webhook-not-configured',
    title: 'Webhook secret misconfigured',
    detail: `${secretName} is set but unusable: ${why}. Deliveries are refused until it is fixed; the sender will retry.`,
    headers: { 'Retry-After': '300' },
  });
}

export function invalidPayload(detail: string): ProblemError {
  return new ProblemError(422, { slug: 'invalid-payload', title: 'The delivery is not an article', detail: detail });
}

/** Read a string field, accepting numbers too (WordPress and Strapi v4 ids are numbers). */
export function idOf(value: unknown): string | null {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

export function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Names from a list of strings or of objects with a `name` (Ghost's `authors`), blanks dropped. */
export function namesOf(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const names = value
    .map((v) => (isRecord(v) ? stringOf(v.name) : stringOf(v)))
    .filter((n): n is string => n !== undefined);
  return names.length > 0 ? names : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Check a timestamp (ms) against `now` with a symmetric window, as the Standard Webhooks library does. */
export function assertFresh(timestampMs: number, now: number, toleranceSeconds: number, sender: string): void {
  if (Math.abs(now - timestampMs) > toleranceSeconds * 1000) {
    throw signatureExpired(
      `The ${sender} signature timestamp is more than ${toleranceSeconds} s away from now; replays are refused.`,
    );
  }
}

/**
 * KV failed: the delivery is not acknowledged, so the sender retries. Unless KV refused the record
 * for good (a key or value over its limits): then retrying cannot help, and the answer is a
 * permanent 422 so the sender stops.
 */
export function storeUnavailable(error: unknown): never {
  if (error instanceof StoreRefusedError || isKvLimitError(error)) {
    console.warn('webhook: KV refused the record:', error);
    throw new ProblemError(422, {
      slug: 'too-large-to-store',
      title: 'The article cannot be stored',
      detail: 'The store refused the record as too large (its key or its brief); sending it again cannot succeed.',
    });
  }
  console.error('webhook: KV failed:', error);
  throw new ProblemError(503, {
    slug: 'store-unavailable',
    title: 'Brief store unavailable',
    detail: 'The brief could not be stored; nothing was acknowledged, so retry shortly.',
    headers: { 'Retry-After': '5' },
  });
}
