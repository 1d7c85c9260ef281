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
  /** Batch articles to brief: one small reference message per article (src/batch/, issue 8). */
  BATCH_QUEUE: Queue<import('./batch/types').BatchMessage>;
  /** One Durable Object per batch: its articles and exact progress (src/batch/progress.ts). */
  BATCH_PROGRESS: DurableObjectNamespace<import('./batch/progress').BatchProgress>;
}

export type AppEnv = { Bindings: Bindings };
