/**
 * Actor passes that decide by evidence in the text: what type a name is, whether it is an actor at
 * all, and which roles really belong to it. Linear in the mentions.
 */
import { DEMONYM_ENDING, PRODUCT_NOUNS, SPEECH_VERBS, TERM_NOUNS } from '../data/actor-evidence';
import { ABBREVIATIONS } from '../data/abbreviations';
import { isPlace } from '../data/countries';
import { isFirstName } from '../data/first-names';
import { ORGANIZATIONS } from '../data/organizations';
import { isOutlet } from '../data/outlets';
import { TITLE_WORDS } from '../data/titles';
import { drop, everyNamed, live, merge, named, replace, type ActorList } from './list';
import { lazyRegExp } from '../text/lazy-regexp';

const NEXT_WORD = lazyRegExp(String.raw`^[ \t]+([\p{Ll}][\p{Ll}-]*)`, 'u');

/**
 * A "person" whose name is followed by a publication or company noun ("the Liberty Ledger
 * newsletter") and does not start with a first name is an organisation.
 */
export function typeByEvidence(list: ActorList): void {
  const { doc } = list;
  const text = doc.text;
  for (const a of live(list)) {
    if (a.type !== 'person' || isFirstName(firstWord(a.name))) continue;
    const product = named(doc, a).some((m) => {
      // NEXT_WORD opens with a space or tab: else nothing is sliced.
      if (!isSpaceOrTab(text.charCodeAt(m.end))) return false;
      const next = NEXT_WORD.exec(text.slice(m.end, m.end + 24));
      return !!next && PRODUCT_NOUNS.has(next[1]);
    });
    if (!product) continue;
    // A person's evidence wins: the name speaking ("Trump says").
    const speaks = named(doc, a).some((m) => {
      const next = NEXT_WORD.exec(text.slice(m.end, m.end + 24));
      return !!next && SPEECH_VERBS.has(next[1]);
    });
    if (speaks) continue;
    // A personal pronoun resolved to it was the resolver's guess for a person: it goes.
    replace(list, a, { ...a, type: 'organization', roles: [], mentions: named(doc, a).slice() });
    for (const m of a.mentions) doc.trace?.add('actor', m.start, m.end, 'actor-passes/typed-by-noun');
  }
}

/** `name.split(' ')[0]`. */
function firstWord(name: string): string {
  const space = name.indexOf(' ');
  return space < 0 ? name : name.slice(0, space);
}

/** "a ", "an ", "the " right before a mention. */
function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}

const DETERMINER_BEFORE = lazyRegExp(String.raw`(?:^|[^\p{L}])(a|an|the)[ \t]+$`, 'iu');

/**
 * People take no article: a several-word "person" with no first name and no role, every named
 * mention right after "a"/"an"/"the", is no person. After "a"/"an" and before a lower-case noun it
 * is one of a kind, a product ("a Ford Raptor pickup"): no actor; after "the" only, a body ("the
 * Muslim Brotherhood").
 */
export function typeByDeterminer(list: ActorList): void {
  const { doc } = list;
  const text = doc.text;
  for (const a of live(list)) {
    if (a.type !== 'person' || a.roles.length > 0 || !/\s/u.test(a.name)) continue;
    if (isFirstName(a.name.split(/\s+/u)[0])) continue;
    const ms = named(doc, a);
    let indefinite = false;
    const all = ms.every((m) => {
      const d = DETERMINER_BEFORE.exec(text.slice(Math.max(0, m.start - 5), m.start));
      if (!d || d[1].toLowerCase() === 'the') return !!d;
      indefinite = true;
      // "a Ford Raptor pickup": a modifier of a noun; "done that to a Mitt Romney." is a person still.
      return NEXT_WORD.test(text.slice(m.end, m.end + 24));
    });
    if (ms.length === 0 || !all) continue;
    if (indefinite) {
      drop(list, a, 'actor-passes/one-of-a-kind');
      continue;
    }
    replace(list, a, { ...a, type: 'organization', roles: [], mentions: ms });
    for (const m of ms) doc.trace?.add('actor', m.start, m.end, 'actor-passes/definite-body');
  }
}

/**
 * A nationality adjective of a country the gazetteer does not know ("Ostrian forces") is no actor:
 * a one-word non-person name with a demonym's ending, every mention of it followed by a lower-case
 * word that is not a verb of saying.
 */
export function dropDemonyms(list: ActorList): void {
  const { doc } = list;
  const text = doc.text;
  for (const a of live(list)) {
    if (a.type === 'person' || /\s/u.test(a.name) || !DEMONYM_ENDING.test(a.name)) continue;
    const lower = a.name.toLowerCase();
    if (ORGANIZATIONS.has(lower) || isOutlet(a.name) || isPlace(a.name)) continue;
    const ms = named(doc, a);
    const adjective = ms.every((m) => {
      const next = NEXT_WORD.exec(text.slice(m.end, m.end + 24));
      return !!next && !SPEECH_VERBS.has(next[1]);
    });
    if (ms.length > 0 && adjective) drop(list, a, 'actor-passes/demonym');
  }
}

const TERM_BEFORE = lazyRegExp(String.raw`\b(\p{L}+)[ \t]+(?:of[ \t]+)?["\u201c'\u2018]$`, 'u');
/** The quotation marks TERM_BEFORE ends with, by char code. */
const TERM_QUOTES = new Set([...'"“\'‘'].map((c) => c.charCodeAt(0)));

/** A name only ever talked about as a word ("the term "Jewish Question"") is no actor. */
export function dropTermMentions(list: ActorList): void {
  const { doc } = list;
  const text = doc.text;
  for (const a of live(list)) {
    if (everyNamed(doc, a, (m) => isTermAt(text, m.start))) drop(list, a, 'actor-passes/term-mention');
  }
}

/** Is the name at `s` talked about as a word ("the term "Jewish Question"")? */
function isTermAt(text: string, s: number): boolean {
  // TERM_BEFORE ends with an opening quotation mark right before the name: without one, no slice.
  if (!TERM_QUOTES.has(text.charCodeAt(s - 1))) return false;
  const w = TERM_BEFORE.exec(text.slice(Math.max(0, s - 30), s));
  return !!w && TERM_NOUNS.has(w[1].toLowerCase());
}

/** "Arnolds" with its apostrophe lost is the person "Ashley Arnold" the article names. */
export function mergeBarePossessive(list: ActorList): void {
  // The people's surnames (the last word of `split(' ')`), read at the first one-word name in -s:
  // most articles have few, and before it nothing has merged.
  let surnames: Map<string, (typeof list.actors)[number]> | undefined;
  for (const a of live(list)) {
    if (!a.name.endsWith('s') || /\s/u.test(a.name)) continue;
    if (!surnames) {
      surnames = new Map();
      for (const b of live(list)) {
        const space = b.type === 'person' ? b.name.lastIndexOf(' ') : -1;
        if (space >= 0) surnames.set(b.name.slice(space + 1), b);
      }
    }
    const person = surnames.get(a.name.slice(0, -1));
    if (person && !list.dropped.has(person.id)) merge(list, person, a, 'actor-passes/bare-possessive', false);
  }
}

/**
 * A role read across a sentence boundary ("... a dig at the city staff. Whitlock's campaign manager
 * said") is no role: one that ends with a full stop after a word that is not an abbreviation, or
 * holds a sentence end inside, goes.
 */
export function dropCrossSentenceRoles(list: ActorList): void {
  for (const a of live(list)) {
    const roles = a.roles.filter((r) => !crossesSentence(r));
    if (roles.length !== a.roles.length) {
      replace(list, a, { ...a, roles });
      const m = a.mentions[0];
      if (m) list.doc.trace?.add('actor', m.start, m.end, 'actor-passes/cross-sentence-role');
    }
  }
}

function crossesSentence(role: string): boolean {
  // No full stop, "!" or "?": nothing to look at (most roles).
  if (!role.includes('.')) return role.includes('!') || role.includes('?');
  const ends = role.matchAll(/(\p{L}+)\.(?=\s|$)/gu);
  for (const e of ends) {
    const w = e[1].toLowerCase();
    if (w.length === 1 || ABBREVIATIONS.has(e[1]) || (w.length <= 4 && TITLE_WORDS.has(w))) continue;
    return true;
  }
  return /[!?]/u.test(role);
}
