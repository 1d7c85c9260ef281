/**
 * The Worker's bindings. Everything wrangler.toml declares (KV, queue, Durable Object, rate limits,
 * `[vars]`) is typed by `wrangler types` in worker-configuration.d.ts (`Env`; `npm run cf-typegen`
 * regenerates it, CI checks it is current); what a variable means is said beside it in
 * wrangler.toml and in README "Configuration". Only what wrangler.toml cannot say is written here.
 */
import type { BatchMessage } from './batch/types';
import type { DeskMessage } from './desk/sync';

/** Secrets (`npx wrangler secret put NAME`; locally `.dev.vars`) and vars with no value in wrangler.toml. */
export interface Secrets {
  /** Bearer tokens for /v1/briefs, /v1/batches and /v1/articles, comma-separated (several allow rotation). Unset: open. */
  API_TOKEN?: string;
  /** Origins that may call the API from a browser, comma-separated, or `*`. Unset: none (same origin only). */
  ALLOWED_ORIGINS?: string;
  /** Seconds without progress before a batch re-sends its pending messages (default 3600; src/batch/progress.ts). */
  BATCH_STALL_SECONDS?: string;
  /** CMS webhook secrets (src/webhooks/, README "CMS webhooks"); a sender whose secret is unset refuses every delivery (503). */
  GHOST_WEBHOOK_SECRET?: string;
  CONTENTFUL_WEBHOOK_SECRET?: string;
  SANITY_WEBHOOK_SECRET?: string;
  WORDPRESS_WEBHOOK_SECRET?: string;
  /** Optional: the secret WP Webhooks' deletion triggers sign with, so a deletion is told by its signature. */
  WORDPRESS_DELETE_WEBHOOK_SECRET?: string;
  /** Strapi does not sign: the static bearer token set on the Strapi webhook. */
  STRAPI_WEBHOOK_TOKEN?: string;
  /** `whsec_…` secret of a Standard Webhooks sender. */
  STANDARD_WEBHOOK_SECRET?: string;
}

/**
 * The generated `Env`, with the queue's message types (the generator cannot know them), the vars
 * optional (code falls back to the defaults in README when one is missing or blank) and the rate
 * limits optional (a deployment may leave them out), plus the secrets.
 */
export type Bindings = Omit<Env, 'BATCH_QUEUE' | 'API_RATE_LIMIT' | 'FORM_RATE_LIMIT' | Vars> &
  Partial<Pick<Env, Vars>> & {
    /** Batch articles, and retries of failed desk writes (src/desk/sync.ts). */
    BATCH_QUEUE: Queue<BatchMessage | DeskMessage>;
    API_RATE_LIMIT?: RateLimit;
    FORM_RATE_LIMIT?: RateLimit;
  } & Secrets;

/** The `[vars]` of wrangler.toml: every string-typed binding of the generated `Env`. */
type Vars = { [K in keyof Env]: Env[K] extends string ? K : never }[keyof Env];

export type AppEnv = { Bindings: Bindings };
