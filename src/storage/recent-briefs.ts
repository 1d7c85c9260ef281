/**
 * The briefs this isolate served in the last minute, kept in memory so a hot brief costs no KV read.
 *
 * A brief never changes under its id (the id hashes the article and the engine), so the only thing
 * a copy here can miss is the brief leaving KV (its TTL ran out after its article was released).
 * Copies live at most `MAX_AGE_MS`, the same 60 s KV itself caches a read at the edge by default
 * (`cacheTtl`), so this adds no staleness KV does not already have. Bounded in entries and in
 * characters, oldest use evicted first; one cache per KV namespace object, so two namespaces (or
 * two test environments) never see each other's briefs.
 */

/** How long a copy is served before KV is asked again: KV's own default edge cache TTL. */
export const MAX_AGE_MS = 60_000;
const MAX_ENTRIES = 256;
/** Characters of JSON held per namespace (UTF-16: at most 8 MB). */
const MAX_CHARS = 4_000_000;

interface Entry {
  json: string;
  at: number;
}

class RecentBriefs {
  private readonly entries = new Map<string, Entry>();
  private chars = 0;

  get(id: string, now: number): string | null {
    const entry = this.entries.get(id);
    if (!entry) return null;
    this.entries.delete(id);
    if (now - entry.at >= MAX_AGE_MS) {
      this.chars -= entry.json.length;
      return null;
    }
    this.entries.set(id, entry); // most recently used last
    return entry.json;
  }

  set(id: string, json: string, now: number): void {
    if (json.length > MAX_CHARS / 8) return;
    const old = this.entries.get(id);
    if (old) {
      this.chars -= old.json.length;
      this.entries.delete(id);
    }
    this.entries.set(id, { json, at: now });
    this.chars += json.length;
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= MAX_ENTRIES && this.chars <= MAX_CHARS) break;
      this.entries.delete(key);
      this.chars -= entry.json.length;
    }
  }
}

const byNamespace = new WeakMap<object, RecentBriefs>();

/** The recent briefs read from `namespace` in this isolate. */
export function recentBriefsOf(namespace: object): RecentBriefs {
  let recent = byNamespace.get(namespace);
  if (!recent) byNamespace.set(namespace, (recent = new RecentBriefs()));
  return recent;
}
