/**
 * Webhook settings from the Worker's vars, with the defaults documented in README: where each CMS
 * keeps the title and body of an article and the desk's metadata (published time, authors, section), the accepted clock skew, and how long delivery ids are
 * remembered for replay protection. A var that is unset or blank falls back to its default.
 */
import type { Bindings } from '../env';

/** Where a CMS keeps the sourcing desk's metadata (src/webhooks/meta.ts reads the values). */
export interface MetaFields {
  publishedField: string;
  authorsField: string;
  sectionField: string;
}

export interface WebhookSettings {
  contentful: { titleField: string; bodyField: string; locale: string } & MetaFields;
  strapi: { titleField: string; bodyField: string } & MetaFields;
  sanity: MetaFields;
  /** Accepted distance between a signature timestamp and now, for Ghost and Sanity (default 5 min). */
  toleranceSeconds: number;
  /** How long a delivery id is remembered, so a retry or replay gets the first answer again. */
  replayTtlSeconds: number;
  /** WordPress: the secret only the deletion triggers sign with (optional), so a delete is a signed fact. */
  wordpressDeleteSecret?: string;
}

export const DEFAULT_TOLERANCE_SECONDS = 300;
/** Three days: longer than the retry schedules of the senders (Standard Webhooks/Svix retry for ~28 h). */
export const DEFAULT_REPLAY_TTL_SECONDS = 3 * 24 * 60 * 60;

export function readWebhookSettings(env: Partial<Bindings>): WebhookSettings {
  return {
    contentful: {
      titleField: text(env.CONTENTFUL_TITLE_FIELD, 'title'),
      bodyField: text(env.CONTENTFUL_BODY_FIELD, 'body'),
      locale: text(env.CONTENTFUL_LOCALE, 'en-US'),
      publishedField: text(env.CONTENTFUL_PUBLISHED_FIELD, 'publishDate'),
      authorsField: text(env.CONTENTFUL_AUTHORS_FIELD, 'authors'),
      sectionField: text(env.CONTENTFUL_SECTION_FIELD, 'section'),
    },
    strapi: {
      titleField: text(env.STRAPI_TITLE_FIELD, 'title'),
      bodyField: text(env.STRAPI_BODY_FIELD, 'body'),
      publishedField: text(env.STRAPI_PUBLISHED_FIELD, 'publishedAt'),
      authorsField: text(env.STRAPI_AUTHORS_FIELD, 'authors'),
      sectionField: text(env.STRAPI_SECTION_FIELD, 'section'),
    },
    sanity: {
      publishedField: text(env.SANITY_PUBLISHED_FIELD, 'publishedAt'),
      authorsField: text(env.SANITY_AUTHORS_FIELD, 'authors'),
      sectionField: text(env.SANITY_SECTION_FIELD, 'section'),
    },
    toleranceSeconds: positiveInt(env.WEBHOOK_TOLERANCE_SECONDS, DEFAULT_TOLERANCE_SECONDS),
    // KV refuses expirations under 60 s.
    replayTtlSeconds: Math.max(60, positiveInt(env.WEBHOOK_REPLAY_TTL_SECONDS, DEFAULT_REPLAY_TTL_SECONDS)),
    wordpressDeleteSecret: env.WORDPRESS_DELETE_WEBHOOK_SECRET?.trim() || undefined,
  };
}

function text(value: string | undefined, fallback: string): string {
  return value?.trim() || fallback;
}

function positiveInt(value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : fallback;
}
