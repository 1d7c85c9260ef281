/**
 * One delivery, for any sender: secret, signature, replay check, payload, then brief and index.
 *
 * Order matters. The signature is checked on the raw bytes before anything is parsed, so nothing
 * unsigned reaches the JSON parser or KV. Events that change nothing (drafts, unpublish, media)
 * are answered 202 without touching KV at all: Contentful's auto-save alone would otherwise cost a
 * write every few seconds. A delivery that writes (publish, delete) is answered only once its
 * writes have succeeded (else 503, so the sender retries), and its answer is recorded under its
 * delivery id so a retry or replay is answered the same with no second write.
 */
import { readConfig } from '../config';
import type { Bindings } from '../env';
import { ArticleIndex, articleIdProblem, type ArticleRef } from '../storage/article-index';
import { briefArticle, releaseIfUnreferenced, removeFromDesk } from '../briefing';
import { ProblemError } from '../http/problem';
import { bodyToText } from '../content';
import { DeliveryLog, type RecordedAnswer } from '../storage/delivery-log';
import { sha256Hex } from './crypto';
import { readWebhookSettings } from './settings';
import { storeUnavailable, type Delivery, type WebhookAdapter } from './types';

export type WebhookAnswer =
  | { sender: string; articleId: string; briefId: string }
  | { sender: string; articleId: string | null; result: 'deleted' | 'ignored'; detail: string };

export interface DeliveryOutcome {
  status: 200 | 202;
  body: WebhookAnswer;
  /** True when this is the recorded answer to an earlier copy of the same delivery. */
  replayed: boolean;
}

export async function receiveDelivery(
  sender: string,
  adapter: WebhookAdapter,
  delivery: Delivery,
  env: Bindings,
  now: number,
): Promise<DeliveryOutcome> {
  const secret = env[adapter.secretName]?.trim();
  if (!secret) {
    throw new ProblemError(503, {
      slug: 'webhook-not-configured',
      title: 'Webhook not configured',
      detail: `The ${sender} webhook has no secret: set ${adapter.secretName} (npx wrangler secret put ${adapter.secretName}). Deliveries are refused until then; the sender will retry.`,
      headers: { 'Retry-After': '300' },
    });
  }
  const settings = readWebhookSettings(env);
  const verified = (await adapter.verify(delivery, secret, now, settings)) ?? {};

  let payload: unknown;
  try {
    payload = JSON.parse(delivery.text);
  } catch {
    throw new ProblemError(400, {
      slug: 'invalid-json',
      title: 'Malformed JSON',
      detail: `The ${sender} delivery is signed but its body is not valid JSON.`,
    });
  }
  const parsed = adapter.parse(payload, delivery, settings, verified);
  // KV keys are at most 512 bytes: an id is measured in UTF-8 bytes, and refused for good (422:
  // the sender stops retrying) rather than failing every retry with a 503.
  const idProblem = parsed.articleId === null ? null : articleIdProblem(parsed.articleId);
  if (idProblem) {
    throw new ProblemError(422, {
      slug: 'invalid-payload',
      title: 'The delivery is not an article',
      detail: `The ${sender} article id cannot be stored: ${idProblem}.`,
    });
  }
  if (parsed.event === 'ignore') {
    return {
      status: 202,
      body: { sender, articleId: parsed.articleId, result: 'ignored', detail: parsed.reason },
      replayed: false,
    };
  }

  const config = readConfig(env);
  const log = new DeliveryLog(env.BRIEFS, settings.replayTtlSeconds, config.kvTimeoutMs);
  // Replays are keyed on signed material only: the URL's query string, an unsigned header or a
  // re-spelt signature must not make a captured delivery look new.
  const key = await deliveryKey(
    sender,
    adapter.deliveryId?.(delivery) || `body:${verified.event ?? 'any'}\n${delivery.text}`,
  );
  const previous = await log.get(key).catch(storeUnavailable);
  if (previous) return { ...(previous as { status: 200 | 202; body: WebhookAnswer }), replayed: true };

  let answer: RecordedAnswer & { status: 200 | 202; body: WebhookAnswer };
  // A webhook writes only the webhook namespace of the index: no batch can reach it, nor it a batch's.
  const ref: ArticleRef = { origin: 'webhook', source: sender, id: parsed.articleId };
  if (parsed.event === 'delete') {
    const briefId = await ArticleIndex.of(env).delete(ref).catch(storeUnavailable);
    // The brief was kept without expiry for this article; unless another article points at it,
    // it expires like any brief again rather than staying public at /brief/{id} for good.
    if (briefId) await releaseIfUnreferenced(env, briefId);
    await removeFromDesk(env, ref);
    answer = {
      status: 202,
      body: { sender, articleId: parsed.articleId, result: 'deleted', detail: 'The article index entry was removed.' },
    };
  } else {
    const { article } = parsed;
    const text = article.body ? bodyToText(article.body) : '';
    if (!text.trim()) {
      throw new ProblemError(422, {
        slug: 'no-article-text',
        title: 'The delivery has no article text',
        detail: noTextDetail(sender, settings),
      });
    }
    const result = await briefArticle(env, ref, {
      text,
      title: article.title,
      url: article.url,
      ...article.meta, // publishedAt, authors, section for the sourcing desk (src/desk/)
    }).catch(storeUnavailable);
    answer = { status: 200, body: { sender, articleId: parsed.articleId, briefId: result.brief.id } };
  }
  // The work is stored; failing to remember the answer only means a replay redoes idempotent work.
  await log.put(key, answer).catch((error) => console.error(`webhook ${sender}: could not record delivery:`, error));
  return { ...answer, replayed: false };
}

function noTextDetail(sender: string, settings: ReturnType<typeof readWebhookSettings>): string {
  switch (sender) {
    case 'contentful':
      return `The entry has no text in fields.${settings.contentful.bodyField}["${settings.contentful.locale}"] (CONTENTFUL_BODY_FIELD, CONTENTFUL_LOCALE).`;
    case 'strapi':
      return `The entry has no text in \`${settings.strapi.bodyField}\` (STRAPI_BODY_FIELD).`;
    case 'ghost':
      return 'The post has neither `html` nor `plaintext`.';
    case 'sanity':
      return 'The projection has no `body` (a string or Portable Text): add it to the webhook projection.';
    case 'wordpress':
      return 'The post has no `post_content`.';
    default:
      return '`data` has neither `text` nor `html`.';
  }
}

/** Hashed, so any id (or a whole body) makes a short, valid KV key. */
async function deliveryKey(sender: string, deliveryId: string): Promise<string> {
  return `delivery:${sender}:${await sha256Hex(deliveryId)}`;
}
