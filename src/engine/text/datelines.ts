/**
 * Datelines: "RANGOON 1996-12-06", "NAIROBI, Dec 6", "WASHINGTON (Reuters) -". The name that opens
 * such a line is where the story was filed, a place, whatever its capitals suggest (an acronym).
 *
 * Approach: the name must open its line; what follows it is read through a bounded slice (at most
 * 24 characters), so the check is constant time.
 *
 * Known limits: only ISO dates, "(Reuters)"/"(AP)"-style agency tags and abbreviated months are
 * recognised; "LONDON —" alone (an em dash and no date) is left to the gazetteers.
 */
const AFTER_DATELINE =
  /^(?: \d{4}-\d{2}-\d{2}\b|,? \((?:Reuters|AP|AFP|Reuter)\)|, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b)/;

/** Does the name at [start, end) open a dateline? */
export function isDateline(text: string, start: number, end: number): boolean {
  if (start > 0 && text.charCodeAt(start - 1) !== 10) return false;
  return AFTER_DATELINE.test(text.slice(end, end + 24));
}
