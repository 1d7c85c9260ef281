/**
 * Contentful: request verification with Contentful's own `verifyRequest` from
 * `@contentful/node-apps-toolkit/requests`. It signs method, path, the headers listed in
 * `x-contentful-signed-headers` and the body (HMAC-SHA256, hex) and refuses signatures older than
 * 30 s. It runs in workerd on Node's `crypto` (nodejs_compat, on by default from our
 * compatibility date); only that subpath is imported, none of the toolkit's HTTP/JWT code.
 * We add the check the toolkit leaves out: a timestamp more than 30 s in the future.
 *
 * Payload: the entity, `sys.id` and `fields.<field>.<locale>`; the event is the
 * `X-Contentful-Topic` header (`ContentManagement.Entry.publish`). The body field may be Markdown
 * (long text) or a Rich Text document. Field names and locale: `CONTENTFUL_*` vars.
 * Known limit: the topic header is only covered by the signature if Contentful lists it in
 * `x-contentful-signed-headers`.
 */
import { ExpiredRequestException, verifyRequest } from '@contentful/node-apps-toolkit/requests';
import { isRichTextDocument, richTextToText } from '../content';
import {
  idOf,
  invalidPayload,
  isRecord,
  misconfigured,
  signatureExpired,
  signatureInvalid,
  signatureMissing,
  stringOf,
  type ArticleBody,
  type ParsedDelivery,
  type WebhookAdapter,
} from './types';
import { metaFromFields } from './meta';

/** Contentful's default and the value the issue fixes: a signature older than this is a replay. */
const TTL_SECONDS = 30;
const METHODS = new Set(['GET', 'PATCH', 'HEAD', 'POST', 'DELETE', 'OPTIONS', 'PUT']);

export const contentful: WebhookAdapter = {
  secretName: 'CONTENTFUL_WEBHOOK_SECRET',

  async verify(delivery, secret, now) {
    // Contentful's own constraint on signing secrets; anything else can never verify.
    if (secret.length !== 64 || !/^[0-9a-zA-Z+/=_-]+$/.test(secret)) {
      throw misconfigured(
        'CONTENTFUL_WEBHOOK_SECRET',
        'a Contentful signing secret is exactly 64 characters of [0-9a-zA-Z+/=_-]',
      );
    }
    if (!delivery.headers.get('x-contentful-signature')) {
      throw signatureMissing(
        'Contentful deliveries must carry x-contentful-signature: enable request verification on the webhook.',
      );
    }
    const timestamp = Number(delivery.headers.get('x-contentful-timestamp'));
    if (Number.isFinite(timestamp) && timestamp - now > TTL_SECONDS * 1000) {
      throw signatureExpired(`The Contentful timestamp is more than ${TTL_SECONDS} s in the future.`);
    }
    const method = delivery.method.toUpperCase();
    if (!METHODS.has(method)) throw signatureInvalid(`Contentful does not sign ${method} requests.`);
    let valid: boolean;
    try {
      valid = verifyRequest(
        secret,
        {
          method: method as 'POST',
          path: delivery.url.pathname + delivery.url.search,
          headers: Object.fromEntries(delivery.headers),
          body: delivery.text,
        },
        TTL_SECONDS,
      );
    } catch (error) {
      if (error instanceof ExpiredRequestException)
        throw signatureExpired(`The Contentful signature is older than ${TTL_SECONDS} s.`);
      // The toolkit validates the signature headers' shape (runtypes) before it signs.
      throw signatureInvalid(`Contentful signature headers are malformed: ${(error as Error).message}`);
    }
    if (!valid)
      throw signatureInvalid('x-contentful-signature does not match the request and CONTENTFUL_WEBHOOK_SECRET.');
  },

  // The signature (lower-case hex), which covers the body and the timestamp; the idempotency key
  // is only signed when the webhook lists it among its signed headers.
  deliveryId: (delivery) => delivery.headers.get('x-contentful-signature')?.trim().toLowerCase() || null,

  parse(payload, delivery, settings): ParsedDelivery {
    if (!isRecord(payload) || !isRecord(payload.sys))
      throw invalidPayload('A Contentful delivery is an entity with `sys`.');
    const articleId = idOf(payload.sys.id);
    if (!articleId) throw invalidPayload('The Contentful entity has no `sys.id`.');
    const topic = delivery.headers.get('x-contentful-topic') ?? '';
    const [, type, action] = topic.split('.');
    if (type !== 'Entry')
      return { event: 'ignore', articleId, reason: `Topic ${topic || '(none)'} is not about an entry.` };
    if (action === 'delete') return { event: 'delete', articleId };
    if (action !== 'publish') return { event: 'ignore', articleId, reason: `Entry.${action ?? ''} is not a publish.` };

    const { titleField, bodyField, locale } = settings.contentful;
    const fields = isRecord(payload.fields) ? payload.fields : {};
    const localized = (name: string): unknown =>
      isRecord(fields[name]) ? (fields[name] as Record<string, unknown>)[locale] : undefined;
    const meta = metaFromFields(localized, settings.contentful);
    meta.publishedAt ??= stringOf(payload.sys.firstPublishedAt);
    return {
      event: 'publish',
      articleId,
      article: { title: stringOf(localized(titleField)), body: bodyOf(localized(bodyField)), meta },
    };
  },
};

function bodyOf(value: unknown): ArticleBody | undefined {
  if (typeof value === 'string') return { format: 'markdown', value };
  if (isRichTextDocument(value)) return { format: 'text', value: richTextToText(value) };
  return undefined;
}
