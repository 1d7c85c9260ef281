/**
 * WordPress through the WP Webhooks plugin ("Send Data" triggers): `X-WP-Webhook-Signature` is
 * base64(HMAC-SHA256(secret, body)), sent when the plugin's trigger secret is set. The plugin is
 * PHP, so there is no JavaScript library to reuse: Web Crypto, compared in constant time.
 *
 * Payload (post_create / post_update / post_delete / post_trash): `{ post_id, post, post_meta,
 * post_permalink, taxonomies, ... }`, `post` being the WP_Post (`ID`, `post_title`,
 * `post_content` HTML, `post_status`, `post_type`). The plugin sends no event name, and a
 * deletion carries the post as it was (status `publish`), so the webhook URL names the trigger:
 * `?trigger=post_delete` (or `post_trash`) deletes; otherwise a `publish` post is briefed and any
 * other status (draft, pending, private, future, trash) or an attachment is ignored.
 *
 * Known limit: the scheme has no timestamp, so a captured delivery stays valid; a replay within
 * `WEBHOOK_REPLAY_TTL_SECONDS` gets the first answer and writes nothing, and since briefs are
 * content-addressed an older replay can at most point the index back at that older version.
 */
import { hmacSha256, timingSafeEqual, toBase64 } from './crypto';
import {
  idOf,
  invalidPayload,
  isRecord,
  signatureInvalid,
  signatureMissing,
  stringOf,
  type ParsedDelivery,
  type WebhookAdapter,
} from './types';

const DELETE_TRIGGERS = new Set(['post_delete', 'post_trash']);

export const wordpress: WebhookAdapter = {
  secretName: 'WORDPRESS_WEBHOOK_SECRET',

  async verify(delivery, secret) {
    const signature = delivery.headers.get('x-wp-webhook-signature');
    if (!signature)
      throw signatureMissing(
        'WP Webhooks deliveries must carry X-WP-Webhook-Signature: set the trigger secret in WP Webhooks settings.',
      );
    const expected = toBase64(await hmacSha256(secret, delivery.body));
    if (!timingSafeEqual(expected, signature.trim()))
      throw signatureInvalid('X-WP-Webhook-Signature does not match the body and WORDPRESS_WEBHOOK_SECRET.');
  },

  parse(payload, delivery): ParsedDelivery {
    if (!isRecord(payload) || !isRecord(payload.post))
      throw invalidPayload(
        'A WP Webhooks post delivery is `{ post_id, post: { ID, post_title, post_content, ... } }` sent as JSON.',
      );
    const post = payload.post;
    const articleId = idOf(post.ID) ?? idOf(payload.post_id);
    if (!articleId) throw invalidPayload('The WordPress post has no `ID`.');
    const trigger = delivery.url.searchParams.get('trigger') ?? '';
    if (DELETE_TRIGGERS.has(trigger) || post.post_status === 'trash') return { event: 'delete', articleId };
    if (post.post_type === 'attachment') return { event: 'ignore', articleId, reason: 'Attachments are not articles.' };
    if (post.post_status !== 'publish')
      return { event: 'ignore', articleId, reason: `The post is ${String(post.post_status)}, not published.` };
    const html = stringOf(post.post_content);
    return {
      event: 'publish',
      articleId,
      article: {
        title: stringOf(post.post_title),
        url: stringOf(payload.post_permalink) ?? stringOf(post.guid),
        body: html ? { format: 'html', value: html } : undefined,
      },
    };
  },
};
