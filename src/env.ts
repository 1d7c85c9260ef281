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
}

export type AppEnv = { Bindings: Bindings };
