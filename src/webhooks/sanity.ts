/**
 * Sanity (GROQ-powered webhooks): `sanity-webhook-signature: t=<ms>,v1=<base64url>` over
 * `"<t>.<body>"`, HMAC-SHA256. Parsing and signing come from Sanity's `@sanity/webhook` (Web
 * Crypto, runs in workerd); we compare its expected signature in constant time (the toolkit
 * compares strings with `!==`) and add the freshness window the toolkit does not enforce
 * (`WEBHOOK_TOLERANCE_SECONDS`, 5 min either way).
 *
 * Payload: the webhook's GROQ projection. We read `_id`, `title`, `url`, and `body` (a string or
 * Portable Text; `text` is accepted for a plain string). The operation is `operation` in the
 * projection (signed: project `"operation": delta::operation()`), else the `sanity-operation`
 * header (unsigned). Drafts (`drafts.` ids) and release versions (`versions.`) are not published
 * articles and are ignored.
 */
import { decodeSignatureHeader, encodeSignatureHeader, isSignatureError } from '@sanity/webhook';
import { isPortableText, portableTextToText } from '../content';
import { timingSafeEqual } from './crypto';
import {
  assertFresh,
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

export const sanity: WebhookAdapter = {
  secretName: 'SANITY_WEBHOOK_SECRET',

  async verify(delivery, secret, now, settings) {
    const header = delivery.headers.get('sanity-webhook-signature');
    if (!header)
      throw signatureMissing('Sanity deliveries must carry sanity-webhook-signature: set a secret on the webhook.');
    let decoded: { timestamp: number; hashedPayload: string };
    let expected: string;
    try {
      decoded = decodeSignatureHeader(header);
      assertFresh(decoded.timestamp, now, settings.toleranceSeconds, 'Sanity');
      expected = await encodeSignatureHeader(delivery.text, decoded.timestamp, secret);
    } catch (error) {
      if (isSignatureError(error)) throw signatureInvalid(`sanity-webhook-signature: ${error.message}.`);
      throw error;
    }
    if (!timingSafeEqual(expected, `t=${decoded.timestamp},v1=${decoded.hashedPayload}`)) {
      throw signatureInvalid('sanity-webhook-signature does not match the body and SANITY_WEBHOOK_SECRET.');
    }
  },

  // Not `idempotency-key`: it is outside the signature. The key is the signed timestamp and
  // signature as parsed (only their one canonical spelling verifies: see the comparison above).
  deliveryId: (delivery) => {
    try {
      const decoded = decodeSignatureHeader(delivery.headers.get('sanity-webhook-signature') ?? '');
      return `t=${decoded.timestamp},v1=${decoded.hashedPayload}`;
    } catch {
      return null;
    }
  },

  parse(payload, delivery, settings): ParsedDelivery {
    if (!isRecord(payload))
      throw invalidPayload('A Sanity delivery is the JSON object of the webhook projection, with `_id`.');
    const articleId = idOf(payload._id) ?? idOf(delivery.headers.get('sanity-document-id'));
    if (!articleId) throw invalidPayload('The Sanity projection has no `_id` (project `_id`).');
    if (articleId.startsWith('drafts.') || articleId.startsWith('versions.')) {
      return { event: 'ignore', articleId, reason: 'Drafts and release versions are not published articles.' };
    }
    const operation = stringOf(payload.operation) ?? delivery.headers.get('sanity-operation') ?? 'update';
    if (operation === 'delete') return { event: 'delete', articleId };
    if (operation !== 'create' && operation !== 'update')
      return { event: 'ignore', articleId, reason: `Operation ${operation} is not a publish.` };
    return {
      event: 'publish',
      articleId,
      article: {
        title: stringOf(payload.title),
        url: stringOf(payload.url),
        body: bodyOf(payload.body ?? payload.text),
        meta: metaFromFields((field) => payload[field], settings.sanity),
      },
    };
  },
};

function bodyOf(value: unknown): ArticleBody | undefined {
  if (typeof value === 'string') return { format: 'text', value };
  if (isPortableText(value)) return { format: 'text', value: portableTextToText(value) };
  return undefined;
}
