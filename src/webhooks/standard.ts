/**
 * Standard Webhooks (any sender following the spec): verified by the spec's reference library,
 * `standardwebhooks`: `webhook-id`, `webhook-timestamp` (seconds) and `webhook-signature`
 * (space-separated `v1,<base64>`) over `"<id>.<timestamp>.<body>"`, a `whsec_` base64 secret,
 * 5 minutes of tolerance either way, constant-time comparison. The library is pure JavaScript and
 * reads the clock itself, so `now` is not used here.
 *
 * Payload: the spec's envelope `{ type, timestamp, data }` with `data: { id, title?, url?, text | html }`.
 * The event is the last part of `type`: `published`/`updated` brief the article,
 * `deleted` removes it, anything else is ignored. The `webhook-id` is the idempotency key.
 */
import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import {
  idOf,
  invalidPayload,
  isRecord,
  misconfigured,
  namesOf,
  signatureExpired,
  signatureInvalid,
  signatureMissing,
  stringOf,
  type ParsedDelivery,
  type WebhookAdapter,
} from './types';

// Not `created`: a created article may well be a draft; its publish event follows.
const PUBLISH = new Set(['published', 'publish', 'updated', 'update']);
const DELETE = new Set(['deleted', 'delete']);

export const standard: WebhookAdapter = {
  secretName: 'STANDARD_WEBHOOK_SECRET',

  async verify(delivery, secret) {
    let webhook: Webhook;
    try {
      webhook = new Webhook(secret);
    } catch (error) {
      throw misconfigured('STANDARD_WEBHOOK_SECRET', `it is not a whsec_<base64> secret (${(error as Error).message})`);
    }
    const headers = {
      'webhook-id': delivery.headers.get('webhook-id') ?? '',
      'webhook-timestamp': delivery.headers.get('webhook-timestamp') ?? '',
      'webhook-signature': delivery.headers.get('webhook-signature') ?? '',
    };
    if (!headers['webhook-id'] || !headers['webhook-timestamp'] || !headers['webhook-signature']) {
      throw signatureMissing('Standard Webhooks deliveries carry webhook-id, webhook-timestamp and webhook-signature.');
    }
    try {
      webhook.verify(delivery.text, headers, { jsonParse: false });
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) throw error;
      if (/too (old|new)/i.test(error.message))
        throw signatureExpired('webhook-timestamp is more than 5 minutes away from now; replays are refused.');
      throw signatureInvalid(`webhook-signature: ${error.message}.`);
    }
  },

  deliveryId: (delivery) => delivery.headers.get('webhook-id'),

  parse(payload): ParsedDelivery {
    if (!isRecord(payload) || !isRecord(payload.data))
      throw invalidPayload('A Standard Webhooks delivery is `{ type, timestamp, data: { id, title, text | html } }`.');
    const data = payload.data;
    const articleId = idOf(data.id);
    if (!articleId) throw invalidPayload('`data.id` is missing.');
    const type = stringOf(payload.type) ?? '';
    const action = type.split('.').pop() ?? '';
    if (DELETE.has(action)) return { event: 'delete', articleId };
    if (type && !PUBLISH.has(action))
      return { event: 'ignore', articleId, reason: `Event type ${type} is not a publish.` };
    const text = stringOf(data.text);
    const html = stringOf(data.html);
    return {
      event: 'publish',
      articleId,
      article: {
        title: stringOf(data.title),
        url: stringOf(data.url),
        body: text ? { format: 'text', value: text } : html ? { format: 'html', value: html } : undefined,
        meta: {
          publishedAt: stringOf(data.publishedAt),
          authors: namesOf(data.authors),
          section: stringOf(data.section),
        },
      },
    };
  },
};
