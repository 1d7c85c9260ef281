/**
 * Briefs in Workers KV, keyed by their content-addressed id.
 *
 * `get` answers `null` for a miss and also for an entry that is not a brief of this engine
 * (corrupt JSON, an old engine), which the caller then overwrites. Briefs that an article index
 * points to (webhooks, batches) are "kept": stored without expiry, because they are the CMS
 * article's record and an archive article may never be re-published to renew them. Faults (KV
 * throwing or timing out) are thrown for the caller to decide: the API serves a fresh brief
 * anyway, a webhook answers 503 so the CMS retries.
 */
import type { Brief } from '../schema/brief';
import type { Bindings } from '../env';
import { readConfig } from '../config';
import { ENGINE } from '../engine/version';
import { JsonKv } from './kv-json';
import { recentBriefsOf } from './recent-briefs';

const storesByEnv = new WeakMap<object, BriefStore>();

export interface BriefMetadata {
  engine: string;
  createdAt: string;
  /** Stored without expiry (an article's brief); absent on briefs that expire after the TTL. */
  kept?: true;
}

export class BriefStore {
  /**
   * The store of the Worker's `BRIEFS` namespace, with the TTL and timeout its vars configure: one
   * per `env` object (bindings do not change under it), so a request does not re-read the config.
   */
  static of(env: Pick<Bindings, 'BRIEFS' | 'BRIEF_TTL_SECONDS' | 'KV_TIMEOUT_MS'>): BriefStore {
    let store = storesByEnv.get(env);
    if (!store) {
      const config = readConfig(env);
      store = new BriefStore(env.BRIEFS, config.briefTtlSeconds, config.kvTimeoutMs);
      storesByEnv.set(env, store);
    }
    return store;
  }

  private readonly kv: JsonKv;
  private recent: ReturnType<typeof recentBriefsOf> | undefined;

  constructor(
    private readonly namespace: KVNamespace,
    private readonly ttlSeconds: number,
    timeoutMs: number,
  ) {
    this.kv = new JsonKv(namespace, timeoutMs);
  }

  get(id: string): Promise<Brief | null> {
    return this.kv.get(briefKey(id), isBriefOf(id));
  }

  /** The brief's JSON as stored (when `get` would find it), for serving it without re-serialising. */
  async getJson(id: string): Promise<string | null> {
    const now = Date.now();
    const recent = (this.recent ??= recentBriefsOf(this.namespace));
    const kept = recent.get(id, now);
    if (kept !== null) return kept;
    const json = await this.kv.getJsonText(briefKey(id), isBriefOf(id));
    if (json !== null) recent.set(id, json, now);
    return json;
  }

  /** The brief and whether it is kept without expiry (one read, with its metadata). */
  async read(id: string): Promise<{ brief: Brief; kept: boolean } | null> {
    const found = await this.kv.getWithMetadata<Brief, BriefMetadata>(briefKey(id), isBriefOf(id));
    return found ? { brief: found.value, kept: found.metadata?.kept === true } : null;
  }

  async put(brief: Brief, { keep = false }: { keep?: boolean } = {}): Promise<void> {
    const { text: _omitted, ...stored } = brief;
    const metadata: BriefMetadata = {
      engine: brief.engine,
      createdAt: new Date().toISOString(),
      ...(keep ? { kept: true as const } : {}),
    };
    await this.kv.put(briefKey(brief.id), stored, keep ? { metadata } : { expirationTtl: this.ttlSeconds, metadata });
  }

  /**
   * Give a kept brief its normal expiry back (nothing points at it any more: its article was
   * deleted or re-published with new text). Otherwise it would stay public at `/brief/{id}` for
   * good. Answers whether it was released.
   */
  async release(id: string): Promise<boolean> {
    const found = await this.read(id);
    if (!found?.kept) return false;
    await this.put(found.brief);
    return true;
  }
}

/** A stored brief of this engine under this id (anything else is overwritten). */
function isBriefOf(id: string) {
  return (value: unknown): value is Brief => (value as Brief | null)?.id === id && (value as Brief).engine === ENGINE;
}

/** Briefs live under `brief:` so other records (the article index) can share the namespace. */
export function briefKey(id: string): string {
  return `brief:${id}`;
}
