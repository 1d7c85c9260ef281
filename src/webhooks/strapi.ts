/**
 * Strapi: webhooks are not signed. Strapi's docs recommend a static `Authorization: Bearer
 * <token>` header on the webhook (or in `server.webhooks.defaultHeaders`); we compare it with
 * `STRAPI_WEBHOOK_TOKEN` in constant time (both hashed first, so not even the length leaks).
 * Known limit: without a signature or timestamp the token is all there is; send it over HTTPS only.
 *
 * Payload: `{ event, createdAt, model, uid?, entry }`; the event is `X-Strapi-Event` (or `event`).
 * The article id is `entry.documentId` (Strapi 5) or `entry.id` (Strapi 4). Title and body fields
 * are `STRAPI_TITLE_FIELD` / `STRAPI_BODY_FIELD`; the body may be Markdown (Strapi 4 rich text)
 * or Blocks (Strapi 5). With draft & publish, `entry.update` of a draft has `publishedAt: null`
 * and is ignored; `entry.publish` is briefed; `entry.delete` deletes; the rest is ignored.
 */
import { isStrapiBlocks, strapiBlocksToText } from '../content';
import { sha256Hex, timingSafeEqual } from './crypto';
import {
  idOf,
  invalidPayload,
  isRecord,
  signatureInvalid,
  signatureMissing,
  stringOf,
  type ArticleBody,
  type ParsedDelivery,
  type WebhookAdapter,
} from './types';
import { metaFromFields } from './meta';

const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="strapi-webhook"' };
const PUBLISHING = new Set(['entry.publish', 'entry.create', 'entry.update']);

export const strapi: WebhookAdapter = {
  secretName: 'STRAPI_WEBHOOK_TOKEN',

  async verify(delivery, token) {
    const header = delivery.headers.get('authorization') ?? '';
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
    if (!match)
      throw signatureMissing(
        'Strapi deliveries must carry `Authorization: Bearer <STRAPI_WEBHOOK_TOKEN>` (a header on the Strapi webhook).',
        CHALLENGE,
      );
    if (!timingSafeEqual(await sha256Hex(match[1]), await sha256Hex(token))) {
      throw signatureInvalid('The bearer token does not match STRAPI_WEBHOOK_TOKEN.', CHALLENGE);
    }
  },

  parse(payload, delivery, settings): ParsedDelivery {
    if (!isRecord(payload) || !isRecord(payload.entry))
      throw invalidPayload('A Strapi entry delivery is `{ event, model, entry: { ... } }`.');
    const entry = payload.entry;
    const articleId = idOf(entry.documentId) ?? idOf(entry.id);
    if (!articleId) throw invalidPayload('The Strapi entry has no `documentId` or `id`.');
    const event = delivery.headers.get('x-strapi-event') ?? stringOf(payload.event) ?? '';
    if (event === 'entry.delete') return { event: 'delete', articleId };
    if (!PUBLISHING.has(event))
      return { event: 'ignore', articleId, reason: `Event ${event || '(none)'} is not a publish.` };
    // Draft & publish: create/update of a draft says publishedAt: null. Without it the field is absent.
    if (event !== 'entry.publish' && 'publishedAt' in entry && !entry.publishedAt) {
      return { event: 'ignore', articleId, reason: `${event} of a draft.` };
    }
    const { titleField, bodyField } = settings.strapi;
    return {
      event: 'publish',
      articleId,
      article: {
        title: stringOf(entry[titleField]),
        url: stringOf(entry.url),
        body: bodyOf(entry[bodyField]),
        meta: metaFromFields((field) => entry[field], settings.strapi),
      },
    };
  },
};

function bodyOf(value: unknown): ArticleBody | undefined {
  if (typeof value === 'string') return { format: 'markdown', value };
  if (isStrapiBlocks(value)) return { format: 'text', value: strapiBlocksToText(value) };
  return undefined;
}
