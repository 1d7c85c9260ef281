/**
 * `If-None-Match` by RFC 9110 §13.1.2: a list of entity tags compared weakly (`W/"x"` matches
 * `"x"`), or `*`, which matches any current representation. A match answers 304.
 */
export function ifNoneMatchMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const wanted = opaque(etag);
  for (const tag of header.split(',')) {
    const candidate = tag.trim();
    if (candidate === '*' || opaque(candidate) === wanted) return true;
  }
  return false;
}

/** The opaque tag: `W/"abc"` and `"abc"` are both `"abc"`. */
const opaque = (tag: string) => (tag.startsWith('W/') ? tag.slice(2) : tag);
