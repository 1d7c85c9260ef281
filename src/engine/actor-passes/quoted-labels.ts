/**
 * Rule actor-passes/quoted-label: a Title Case label or title in quotation marks (a fact-check
 * rating "Pants on Fire", a series "Cities in Bloom", a report "Women at Work") names no one: a
 * body, place or unknown name whose every named mention lies inside such a label is no actor.
 * A label is a closed quotation of one to six words, each capitalised or a short function word
 * ("in", "of", "the"), the first capitalised; a quoted sentence ("“We will talk to Kessock
 * Mining”") has other lower-case words and is no label, nor is one with a title word ("‘Speaker
 * Kessock’"). People, countries, outlets, gazetteer bodies and acronyms stay, and so does a name
 * quoted whole ("as “The Kessock Ledger” wrote"). Linear in the mentions; each test reads one quotation.
 */
import type { Range } from '../../schema/brief';
import { ORGANIZATIONS } from '../data/organizations';
import { isOutlet } from '../data/outlets';
import { TITLE_WORDS } from '../data/titles';
import { quoteAt } from '../text/quotes';
import { drop, everyNamed, live, type ActorList } from './list';

/** Lower-case words a Title Case label may hold ("Cities in Bloom", "Pants on Fire"). */
const LABEL_SMALL_WORDS = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);
const MAX_LABEL_WORDS = 6;
const MAX_LABEL_CHARS = 100;
/** Punctuation a label may end with inside its marks (“Mostly True.”, “Cities in Bloom,”). */
const TRAILING = /[.,;:!?\s]+$/u;

/** Types a quoted label can be mistaken for; a person, country or outlet quoted alone stays. */
const LABEL_TYPES = new Set(['organization', 'place']);

export function dropQuotedLabels(list: ActorList): void {
  const { doc } = list;
  if (doc.quotes.length === 0) return;
  for (const a of live(list)) {
    if (!LABEL_TYPES.has(a.type) || isKnownBody(a.name)) continue;
    if (everyNamed(doc, a, (m) => inLabel(list, m))) drop(list, a, 'actor-passes/quoted-label');
  }
}

/** An outlet, a gazetteer body or an acronym ("“Fox News Sunday”", "“CBS This Morning”") is itself still. */
function isKnownBody(name: string): boolean {
  return isOutlet(name) || ORGANIZATIONS.has(name.toLowerCase()) || /^[\p{Lu}\d&.]+$/u.test(name);
}

function inLabel(list: ActorList, m: Range): boolean {
  const { doc } = list;
  const q = quoteAt(doc.quotes, m.start);
  // (Six words fit in a hundred characters: a longer quotation is no label, and is not copied.)
  if (!q || !q.closed || m.end > q.contentEnd || q.contentEnd - q.contentStart > MAX_LABEL_CHARS) return false;
  const content = doc.text.slice(q.contentStart, q.contentEnd).replace(TRAILING, '');
  // A name quoted whole ("as “The Kessock Ledger” wrote") is that name, not a label holding it.
  const name = doc.text.slice(m.start, m.end);
  if (content === name || content === `The ${name}`) return false;
  return isLabel(content);
}

/**
 * One to six words, the first capitalised, the others capitalised or a short function word; no
 * title word ("‘Speaker Pelosi’" quotes a person's style, not a label).
 */
function isLabel(content: string): boolean {
  const words = content.split(/\s+/u);
  if (words.length === 0 || words.length > MAX_LABEL_WORDS) return false;
  return words.every(
    (w, i) =>
      (/^\p{Lu}[\p{L}\u2019'-]*$/u.test(w) && !TITLE_WORDS.has(w.toLowerCase())) || (i > 0 && LABEL_SMALL_WORDS.has(w)),
  );
}
