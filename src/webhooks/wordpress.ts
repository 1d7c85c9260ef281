/**
 * WordPress through the WP Webhooks plugin ("Send Data" triggers): `X-WP-Webhook-Signature` is
 * base64(HMAC-SHA256(secret, body)), sent when a trigger secret is set (the plugin's trigger secret
 * setting, or its `wpwhpro/admin/webhooks/secret_key` filter, which can give each trigger its own).
 * The plugin is PHP, so there is no JavaScript library to reuse: Web Crypto, constant-time compare.
 *
 * Payload (post_create / post_update / post_delete / post_trash): `{ post_id, post, post_meta,
 * post_permalink, taxonomies, ... }`, `post` being the WP_Post (`ID`, `post_title`,
 * `post_content` HTML, `post_status`, `post_type`). The plugin names no event, and only the body
 * is signed, so the event is decided from signed things alone, never from the URL:
 * - a post whose signed `post_status` is `trash` is deleted (*Send Data On Post Trash* sends the
 *   post after it was trashed; deleting a post from the trash also carries `trash`);
 * - a body signed with `WORDPRESS_DELETE_WEBHOOK_SECRET` (optional: a second secret that only the
 *   deletion triggers sign with) is a delete, whatever it says: that is how a post deleted
 *   without passing through the trash (its body still reads `publish`) is told from an update;
 * - otherwise a `publish` post is briefed and any other status (draft, pending, private, future)
 *   or an attachment is ignored.
 * A captured publish re-sent to any URL is therefore still a publish: the query string is ignored.
 *
 * Known limit: the scheme has no timestamp, so a captured delivery stays valid for good; a replay
 * within `WEBHOOK_REPLAY_TTL_SECONDS` gets the first answer (keyed on the body and which secret
 * signed it), and a later one repeats what it did then: re-point the index at that older version,
 * or, for a captured deletion, delete the article again.
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
  type Verified,
  type WebhookAdapter,
} from './types';
import { authorsOf, sectionOf } from './meta';

/**
 * WordPress dates are `YYYY-MM-DD HH:MM:SS`: `post_date_gmt` in UTC (all zeros until published),
 * `post_date` in the site's time zone, which the payload does not give (read as UTC, the fallback).
 */
function wordpressDate(value: unknown, zone: string): string | undefined {
  const date = stringOf(value);
  if (!date || !/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(date) || date.startsWith('0000')) return undefined;
  return `${date.replace(' ', 'T')}${zone}`;
}

/** `post_author` is a user id unless a filter put the author itself there: ids are not names. */
function nonNumeric(value: unknown): unknown {
  return typeof value === 'string' && /^\d+$/.test(value.trim()) ? undefined : value;
}

/** `taxonomies.category`: terms keyed by slug (`{ news: { name: 'News', ... } }`) or a list of terms. */
function categoriesOf(taxonomies: unknown): unknown[] | undefined {
  if (!isRecord(taxonomies)) return undefined;
  const terms = taxonomies.category;
  if (Array.isArray(terms)) return terms;
  return isRecord(terms) ? Object.values(terms) : undefined;
}

export const wordpress: WebhookAdapter = {
  secretName: 'WORDPRESS_WEBHOOK_SECRET',

  async verify(delivery, secret, _now, settings): Promise<Verified> {
    const signature = delivery.headers.get('x-wp-webhook-signature');
    if (!signature)
      throw signatureMissing(
        'WP Webhooks deliveries must carry X-WP-Webhook-Signature: set the trigger secret in WP Webhooks settings.',
      );
    const given = signature.trim();
    if (timingSafeEqual(toBase64(await hmacSha256(secret, delivery.body)), given)) return {};
    const deleteSecret = settings.wordpressDeleteSecret;
    if (deleteSecret && timingSafeEqual(toBase64(await hmacSha256(deleteSecret, delivery.body)), given))
      return { event: 'delete' };
    throw signatureInvalid('X-WP-Webhook-Signature does not match the body and WORDPRESS_WEBHOOK_SECRET.');
  },

  parse(payload, _delivery, _settings, verified): ParsedDelivery {
    if (!isRecord(payload) || !isRecord(payload.post))
      throw invalidPayload(
        'A WP Webhooks post delivery is `{ post_id, post: { ID, post_title, post_content, ... } }` sent as JSON.',
      );
    const post = payload.post;
    const articleId = idOf(post.ID) ?? idOf(payload.post_id);
    if (!articleId) throw invalidPayload('The WordPress post has no `ID`.');
    if (verified.event === 'delete' || post.post_status === 'trash') return { event: 'delete', articleId };
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
        meta: {
          publishedAt: wordpressDate(post.post_date_gmt, 'Z') ?? wordpressDate(post.post_date, ''),
          authors: authorsOf(payload.author) ?? authorsOf(nonNumeric(post.post_author)),
          section: sectionOf(categoriesOf(payload.taxonomies)),
        },
      },
    };
  },
};
