/**
 * Briefs in Workers KV, keyed by their content-addressed id.
 *
 * Every call is bounded by a timeout, so a slow KV cannot hang a request. `get` answers `null` for
 * a miss and also for an entry that is not a brief of this engine (corrupt JSON, an old engine),
 * which the caller then overwrites. Faults (KV throwing or timing out) are thrown for the caller to
 * decide: the API serves a fresh brief anyway, a webhook answers 503 so the CMS retries.
 */
import type { Brief } from '../schema/brief';
import { ENGINE } from '../engine/version';
import { withTimeout } from './timeout';

export interface BriefMetadata {
  engine: string;
  createdAt: string;
}

export class BriefStore {
  constructor(
    private readonly kv: KVNamespace,
    private readonly ttlSeconds: number,
    private readonly timeoutMs: number,
  ) {}

  async get(id: string): Promise<Brief | null> {
    const raw = await withTimeout(this.kv.get(briefKey(id), 'text'), this.timeoutMs, 'KV get');
    if (raw === null) return null;
    try {
      const parsed = JSON.parse(raw) as Brief;
      return parsed && parsed.id === id && parsed.engine === ENGINE ? parsed : null;
    } catch {
      console.warn(`brief ${id}: stored entry is not valid JSON; it will be overwritten`);
      return null;
    }
  }

  async put(brief: Brief): Promise<void> {
    const { text: _omitted, ...stored } = brief;
    const metadata: BriefMetadata = { engine: brief.engine, createdAt: new Date().toISOString() };
    await withTimeout(
      this.kv.put(briefKey(brief.id), JSON.stringify(stored), { expirationTtl: this.ttlSeconds, metadata }),
      this.timeoutMs,
      'KV put',
    );
  }
}

/** Briefs live under `brief:` so other records (the article index) can share the namespace. */
export function briefKey(id: string): string {
  return `brief:${id}`;
}
