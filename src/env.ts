/** The Worker's bindings and variables, as declared in wrangler.toml and set as secrets. */
export interface Bindings {
  /** Briefs by id (content-addressed), plus the article index of the webhooks. */
  BRIEFS: KVNamespace;
  /** Largest request body in bytes (default 1 MB). */
  MAX_BODY_BYTES?: string;
  /** How long a stored brief lives, in seconds (default 30 days). */
  BRIEF_TTL_SECONDS?: string;
  /** Milliseconds a KV call may take before we give up on it and bypass the cache (default 2000). */
  KV_TIMEOUT_MS?: string;
  /** CMS webhook secrets (src/webhooks/, README "CMS webhooks"); a sender whose secret is unset refuses every delivery (503). */
  GHOST_WEBHOOK_SECRET?: string;
  CONTENTFUL_WEBHOOK_SECRET?: string;
  SANITY_WEBHOOK_SECRET?: string;
  WORDPRESS_WEBHOOK_SECRET?: string;
  /** Strapi does not sign: the static bearer token set on the Strapi webhook. */
  STRAPI_WEBHOOK_TOKEN?: string;
  /** `whsec_…` secret of a Standard Webhooks sender. */
  STANDARD_WEBHOOK_SECRET?: string;
  /** Where a Contentful entry keeps title and body, and in which locale (defaults title, body, en-US). */
  CONTENTFUL_TITLE_FIELD?: string;
  CONTENTFUL_BODY_FIELD?: string;
  CONTENTFUL_LOCALE?: string;
  /** Where a Strapi entry keeps title and body (defaults title, body). */
  STRAPI_TITLE_FIELD?: string;
  STRAPI_BODY_FIELD?: string;
  /** Accepted distance of a Ghost/Sanity signature timestamp from now, in seconds (default 300). */
  WEBHOOK_TOLERANCE_SECONDS?: string;
  /** How long delivery ids are remembered against replays, in seconds (default 3 days). */
  WEBHOOK_REPLAY_TTL_SECONDS?: string;
  /** Bearer tokens for /v1/briefs and /v1/batches, comma-separated (several allow rotation). Unset: open. */
  API_TOKEN?: string;
  /** Origins that may call the API from a browser, comma-separated, or `*`. Unset: none (same origin only). */
  ALLOWED_ORIGINS?: string;
  /** Rate limit for unauthenticated API calls, per client IP and route ([[ratelimits]] in wrangler.toml). */
  API_RATE_LIMIT?: RateLimit;
  /** Rate limit for the public form (`POST /`), per client IP. */
  FORM_RATE_LIMIT?: RateLimit;
  /** Batch articles to brief: one small reference message per article (src/batch/, issue 8). */
  BATCH_QUEUE: Queue<import('./batch/types').BatchMessage>;
  /** One Durable Object per batch: its articles and exact progress (src/batch/progress.ts). */
  BATCH_PROGRESS: DurableObjectNamespace<import('./batch/progress').BatchProgress>;
  /** Seconds without progress before a batch re-sends its pending messages (default 3600; src/batch/progress.ts). */
  BATCH_STALL_SECONDS?: string;
  /** The sourcing desk (src/desk/, issue 15): one row set per article, schema in migrations/. */
  DESK: D1Database;
}

export type AppEnv = { Bindings: Bindings };
