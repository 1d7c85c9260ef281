/**
 * A garbled forename: "Bron Tallis said ..." where the article's person is "Marcus Tallis". A typo
 * (or a word run into a name) opening a sentence makes a second person who shares the surname and
 * takes the bare surname's mentions with them.
 *
 * The two-word person "F S" is read as the other person "G ... S" when all of these hold:
 * - F is no known first name, and the article writes F nowhere but in this name;
 * - every "F S" stands where capitals prove nothing: at a line or sentence start, or after a quote
 *   mark (so F never earned its capital mid-sentence);
 * - some other person has the surname S (a generational or Roman-numeral suffix aside), and each
 *   such person's first word is a known first name.
 * Then "F S" joins that person, not as an alias (it is no name of theirs), with its mentions. When
 * several people have the surname (a nickname and the full name, "Bob Tallis" and "Robert Tallis",
 * are two actors here), the actor is renamed to the surname alone, F cut off its mentions. Two
 * known forenames ("Jane Tallis", "John Tallis") are two people and are left alone.
 *
 * Linear: one look at each person's name, and one pass over the words for all candidates at once.
 */
import type { Actor, Range } from '../../schema/brief';
import { isFirstName } from '../data/first-names';
import { live, merge, named, replace, type ActorList } from './list';
import { lazyRegExp } from '../text/lazy-regexp';

const TWO_WORDS = lazyRegExp(String.raw`^(\p{Lu}\p{Ll}+) (\p{Lu}[\p{L}'\u2019-]+)$`, 'u');
/** What may stand before a word in an opening position: a line or sentence end, a quote mark, a bracket. */
const OPENING = /(?:^|[\n.!?:;"\u201c\u201d\u2018\u2019(\u2014]\s*["\u201c\u2018]?)\s*$/u;
const MAX_NAMESAKES = 6;
const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

function surnameOf(name: string): string {
  const words = name.replace(/,/g, '').split(/\s+/);
  let last = words.length - 1;
  while (last > 0 && SUFFIX.test(words[last])) last--;
  return words[last];
}

interface Garbled {
  a: Actor;
  forename: string;
  surname: string;
  full: Range[];
}

export function mergeGarbledForenames(list: ActorList): void {
  const { doc } = list;
  const text = doc.text;
  let bySurname: Map<string, Actor[]> | undefined;
  const found: Garbled[] = [];
  for (const a of live(list)) {
    if (a.type !== 'person' || list.dropped.has(a.id)) continue;
    // TWO_WORDS holds exactly one space.
    const space = a.name.indexOf(' ');
    if (space < 0 || a.name.indexOf(' ', space + 1) >= 0) continue;
    const m = TWO_WORDS.exec(a.name);
    if (!m || isFirstName(m[1])) continue;
    const full = named(doc, a).filter((r) => text.startsWith(a.name, r.start));
    if (full.length === 0 || !full.every((r) => OPENING.test(text.slice(Math.max(0, r.start - 6), r.start)))) continue;
    bySurname ??= surnames(list);
    if (!bySurname.has(m[2].toLowerCase())) continue;
    found.push({ a, forename: m[1], surname: m[2], full });
  }
  if (found.length === 0) return;
  // How often each forename is written with its capital, in one pass over the words.
  const written = new Map<string, number>(found.map((g) => [g.forename.toLowerCase(), 0]));
  // The forenames' lengths, one bit each (31: any longer), so most words need no look-up.
  let lengths = 0;
  for (const f of written.keys()) lengths |= 1 << Math.min(f.length, 31);
  // A word's normal form is as long as the word (so its length is read without loading the form),
  // but where a capital dotted I (U+0130, the one character that lower-cases to two) is in the text.
  const sameLength = text.indexOf('\u0130') < 0;
  const { starts, ends, count } = doc.words;
  for (let k = 0; k < count; k++) {
    if ((lengths & (1 << Math.min(sameLength ? ends[k] - starts[k] : doc.words.norm(k).length, 31))) === 0) continue;
    const norm = doc.words.norm(k);
    const n = written.get(norm);
    if (n !== undefined && text[starts[k]] !== text[starts[k]].toLowerCase()) written.set(norm, n + 1);
  }
  for (const { a, forename, surname, full } of found) {
    if (written.get(forename.toLowerCase()) !== full.length || list.dropped.has(a.id)) continue;
    const namesakes = bySurname!.get(surname.toLowerCase()) ?? [];
    // Many people by one surname is a family or a list, not a typo (and the check stays linear).
    if (namesakes.length > MAX_NAMESAKES) continue;
    const others = namesakes.filter((b) => b.id !== a.id && !list.dropped.has(b.id));
    if (others.length === 0 || !others.every((b) => isFirstName(b.name.split(/\s+/)[0]))) continue;
    if (others.length === 1) {
      merge(list, others[0], a, 'actor-passes/garbled-forename', false);
      continue;
    }
    // Several people by that surname ("Bob Tallis", "Robert Tallis"): which one is unknown, but the
    // garbled word is no name of anyone's: the actor is the surname, its mentions start there.
    const cut = forename.length + 1;
    const garbled = new Set(full);
    const mentions = a.mentions.map((r) => (garbled.has(r) ? { start: r.start + cut, end: r.end } : r));
    for (const r of full) doc.trace?.add('actor', r.start + cut, r.end, 'actor-passes/garbled-forename');
    replace(list, a, { ...a, name: surname, aliases: a.aliases.filter((n) => n !== surname), mentions });
  }
}

/** People named with more than one word, by surname (lower case). */
function surnames(list: ActorList): Map<string, Actor[]> {
  const by = new Map<string, Actor[]>();
  for (const b of live(list)) {
    if (b.type !== 'person' || !b.name.includes(' ')) continue;
    const key = surnameOf(b.name).toLowerCase();
    const people = by.get(key);
    if (people) people.push(b);
    else by.set(key, [b]);
  }
  return by;
}
