/**
 * Ghost: `X-Ghost-Signature: sha256=<hex>, t=<ms>`, where hex is HMAC-SHA256(secret, body + t),
 * body and timestamp concatenated with no separator (Ghost's webhook-trigger.js). Ghost has no
 * receiver library, so this is Web Crypto. Ghost itself sets no freshness window; we accept
 * `WEBHOOK_TOLERANCE_SECONDS` (5 min) either way, which covers its retries (2 s timeout, 5 tries).
 *
 * Payload: `{ post: { current, previous } }` (or `page`), `current` being the Admin API post with
 * `id`, `title`, `html`, `plaintext`, `url`, `status`. Ghost sends no event name, so the event is
 * read from the payload: an empty `current` is a deletion, a `current` that is not `published` is
 * a draft, an unpublish or a schedule (ignored), anything else is a publish or an edit.
 */
import { hmacSha256, timingSafeEqual, toHex, utf8 } from './crypto';
import {
  assertFresh,
  idOf,
  invalidPayload,
  isRecord,
  namesOf,
  signatureInvalid,
  signatureMissing,
  stringOf,
  type ParsedDelivery,
  type WebhookAdapter,
} from './types';

const RESOURCES = ['post', 'page'];

export const ghost: WebhookAdapter = {
  secretName: 'GHOST_WEBHOOK_SECRET',

  async verify(delivery, secret, now, settings) {
    const header = delivery.headers.get('x-ghost-signature');
    if (!header)
      throw signatureMissing('Ghost deliveries must carry X-Ghost-Signature: set a secret on the Ghost webhook.');
    const fields = parseSignatureHeader(header);
    const signature = fields.get('sha256');
    const t = fields.get('t');
    if (!signature || !t || !/^\d{1,16}$/.test(t))
      throw signatureInvalid('X-Ghost-Signature must read `sha256=<hex>, t=<milliseconds>`.');
    assertFresh(Number(t), now, settings.toleranceSeconds, 'Ghost');
    const expected = toHex(await hmacSha256(secret, delivery.body, utf8(t)));
    if (!timingSafeEqual(expected, signature.toLowerCase()))
      throw signatureInvalid('X-Ghost-Signature does not match the body and GHOST_WEBHOOK_SECRET.');
  },

  // Ghost signs each delivery once with its own timestamp, and retries resend the same headers.
  // The key is the signed pair in one normal form (lower-case hex, the timestamp as a number), so
  // upper-case hex, reordered, spaced or extra fields cannot make a replay look new.
  deliveryId: (delivery) => {
    const fields = parseSignatureHeader(delivery.headers.get('x-ghost-signature') ?? '');
    const signature = fields.get('sha256')?.toLowerCase();
    const t = fields.get('t');
    return signature && t ? `t=${Number(t)},sha256=${signature}` : null;
  },

  parse(payload): ParsedDelivery {
    if (!isRecord(payload))
      throw invalidPayload('A Ghost delivery is a JSON object `{ post: { current, previous } }`.');
    const resource = RESOURCES.find((key) => isRecord(payload[key]));
    if (!resource) throw invalidPayload('No `post` or `page` in the Ghost delivery.');
    const { current, previous } = payload[resource] as { current?: unknown; previous?: unknown };
    const cur = isRecord(current) ? current : {};
    const prev = isRecord(previous) ? previous : {};
    const currentId = idOf(cur.id);
    if (!currentId) {
      const deletedId = idOf(prev.id);
      if (!deletedId) throw invalidPayload(`The Ghost ${resource} has no id in \`current\` or \`previous\`.`);
      return { event: 'delete', articleId: deletedId };
    }
    if (cur.status !== undefined && cur.status !== 'published') {
      return {
        event: 'ignore',
        articleId: currentId,
        reason: `The ${resource} is ${String(cur.status)}, not published.`,
      };
    }
    const html = stringOf(cur.html);
    const plaintext = stringOf(cur.plaintext);
    return {
      event: 'publish',
      articleId: currentId,
      article: {
        title: stringOf(cur.title),
        url: stringOf(cur.url),
        body: html ? { format: 'html', value: html } : plaintext ? { format: 'text', value: plaintext } : undefined,
        meta: {
          publishedAt: stringOf(cur.published_at),
          authors: namesOf(cur.authors),
          section: isRecord(cur.primary_tag) ? stringOf(cur.primary_tag.name) : undefined,
        },
      },
    };
  },
};

/** `sha256=<hex>, t=<ts>` into its fields (order and spacing tolerated). */
function parseSignatureHeader(header: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return fields;
}
