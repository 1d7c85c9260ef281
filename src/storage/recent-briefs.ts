/**
 * The JSON of briefs this isolate served lately, so a repeated `GET` of the same brief skips the KV
 * read (on the hot path the KV read is most of a cache hit's cost: issue 13.5).
 *
 * Safe because a brief's id is the hash of its article and engine: the JSON under an id never
 * changes (that is why it is served `immutable`). Only its life in KV ends, after the TTL; an entry
 * here lives `LIFETIME_MS` at most, so an expired brief is served at most that long after it left
 * KV, as KV's own edge cache would. Bounded in entries and characters (least recently used go
 * first), one cache per KV namespace binding.
 */

/** How long an entry is served without asking KV again. */
export const LIFETIME_MS = 60_000;
const MAX_ENTRIES = 256;
/** About 16 MB of UTF-16, far under an isolate's 128 MB. */
const MAX_CHARS = 8_000_000;

interface Entry {
  json: string;
  until: number;
}

export class RecentBriefs {
  private readonly entries = new Map<string, Entry>();
  private chars = 0;

  private static readonly byNamespace = new WeakMap<object, RecentBriefs>();

  /** The cache of one KV namespace binding (another binding, as a test's faulty KV, has its own). */
  static of(kv: KVNamespace): RecentBriefs {
    let cache = RecentBriefs.byNamespace.get(kv);
    if (!cache) RecentBriefs.byNamespace.set(kv, (cache = new RecentBriefs()));
    return cache;
  }

  /** The brief's JSON, when it was kept less than `LIFETIME_MS` ago. */
  get(id: string, now = Date.now()): string | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    this.entries.delete(id);
    if (entry.until <= now) {
      this.chars -= entry.json.length;
      return undefined;
    }
    this.entries.set(id, entry); // most recently used last
    return entry.json;
  }

  set(id: string, json: string, now = Date.now()): void {
    if (json.length > MAX_CHARS) return;
    const previous = this.entries.get(id);
    if (previous) {
      this.entries.delete(id);
      this.chars -= previous.json.length;
    }
    this.entries.set(id, { json, until: now + LIFETIME_MS });
    this.chars += json.length;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= MAX_ENTRIES && this.chars <= MAX_CHARS) break;
      this.entries.delete(oldest);
      this.chars -= entry.json.length;
    }
  }
}
