/**
 * Briefs in Workers KV, keyed by their content-addressed id.
 *
 * Every call is bounded by a timeout, so a slow KV cannot hang a request. `get` answers `null` for
 * a miss and also for an entry that is not a brief of this engine (corrupt JSON, an old engine),
 * which the caller then overwrites. Briefs that an article index points to (webhooks, batches)
 * are "kept": stored without expiry, because they are the CMS article's record and an archive
 * article may never be re-published to renew them. Faults (KV throwing or timing out) are thrown for the caller to
 * decide: the API serves a fresh brief anyway, a webhook answers 503 so the CMS retries.
 */
import type { Brief } from '../schema/brief';
import type { Bindings } from '../env';
import { readConfig } from '../config';
import { ENGINE } from '../engine/version';
import { withTimeout } from './timeout';

export interface BriefMetadata {
  engine: string;
  createdAt: string;
  /** Stored without expiry (an article's brief); absent on briefs that expire after the TTL. */
  kept?: true;
}

export class BriefStore {
  /** The store of the Worker's `BRIEFS` namespace, with the TTL and timeout its vars configure. */
  static of(env: Pick<Bindings, 'BRIEFS' | 'BRIEF_TTL_SECONDS' | 'KV_TIMEOUT_MS'>): BriefStore {
    const config = readConfig(env);
    return new BriefStore(env.BRIEFS, config.briefTtlSeconds, config.kvTimeoutMs);
  }

  constructor(
    private readonly kv: KVNamespace,
    private readonly ttlSeconds: number,
    private readonly timeoutMs: number,
  ) {}

  async get(id: string): Promise<Brief | null> {
    const raw = await withTimeout(this.kv.get(briefKey(id), 'text'), this.timeoutMs, 'KV get');
    return parseStored(id, raw);
  }

  /** The brief and whether it is kept without expiry (one read, with its metadata). */
  async read(id: string): Promise<{ brief: Brief; kept: boolean } | null> {
    const { value, metadata } = await withTimeout(this.kv.getWithMetadata<BriefMetadata>(briefKey(id), 'text'), this.timeoutMs, 'KV get');
    const brief = parseStored(id, value);
    return brief ? { brief, kept: metadata?.kept === true } : null;
  }

  async put(brief: Brief, { keep = false }: { keep?: boolean } = {}): Promise<void> {
    const { text: _omitted, ...stored } = brief;
    const metadata: BriefMetadata = { engine: brief.engine, createdAt: new Date().toISOString(), ...(keep ? { kept: true as const } : {}) };
    await withTimeout(
      this.kv.put(briefKey(brief.id), JSON.stringify(stored), keep ? { metadata } : { expirationTtl: this.ttlSeconds, metadata }),
      this.timeoutMs,
      'KV put',
    );
  }
}

function parseStored(id: string, raw: string | null): Brief | null {
  if (raw === null) return null;
  try {
    const parsed = JSON.parse(raw) as Brief;
    return parsed && parsed.id === id && parsed.engine === ENGINE ? parsed : null;
  } catch {
    console.warn(`brief ${id}: stored entry is not valid JSON; it will be overwritten`);
    return null;
  }
}

/** Briefs live under `brief:` so other records (the article index) can share the namespace. */
export function briefKey(id: string): string {
  return `brief:${id}`;
}
