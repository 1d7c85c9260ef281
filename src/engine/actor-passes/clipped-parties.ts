/**
 * A party's members named by a clipped, informal form ("the Dems", "Repubs") are the party's
 * group as the article would name it in full ("Democrats"): the actor is renamed, or joins the
 * actor of the full name, and the clipped form is no alias (it is a spelling, as capitals are).
 * The singular used as an adjective ("a Dem aide", "Farrakhan's Dem fandom": every mention
 * followed by a lower-case word) names nobody and goes, as a nationality adjective does.
 * The forms are data (data/actor-words.ts CLIPPED_PARTIES). Linear in the actors.
 */
import type { Actor } from '../../schema/brief';
import { CLIPPED_PARTIES, PARTY_LABELS } from '../data/actor-words';
import { NATIONALITY_ADJECTIVES, WordShapes } from '../data/common-words';
import { isFirstName } from '../data/first-names';
import { drop, findByName, live, merge, named, replace, type ActorList } from './list';
import { lazyRegExp } from '../text/lazy-regexp';

const NEXT_LOWER = lazyRegExp(String.raw`^[ \t]+\p{Ll}`, 'u');

export function expandClippedParties(list: ActorList): void {
  const { doc } = list;
  for (const a of live(list)) {
    if (a.type === 'person' || list.dropped.has(a.id)) continue;
    if (!mayBeClipped(a.name)) continue;
    const clipped = CLIPPED_PARTIES.get(a.name.toLowerCase());
    if (!clipped) continue;
    const ms = named(doc, a);
    if (clipped.singular) {
      if (ms.length > 0 && ms.every((m) => NEXT_LOWER.test(doc.text.slice(m.end, m.end + 4))))
        drop(list, a, 'actor-passes/clipped-party-adjective');
      continue;
    }
    const full = findByName(list, clipped.plural, a);
    if (full) {
      merge(list, full, a, 'actor-passes/clipped-party', false);
      continue;
    }
    for (const m of ms) doc.trace?.add('actor', m.start, m.end, 'actor-passes/clipped-party');
    replace(list, a, { ...a, name: clipped.plural, type: 'group', aliases: a.aliases.filter((n) => n !== a.name) });
  }
}

/** The clipped forms' shapes (length, first and last letter): most names are ruled out before they are lower-cased. */
const CLIPPED_SHAPES = new WordShapes(CLIPPED_PARTIES.keys(), 20);

/** Might the name, lower-cased, be a clipped form? (A name with any character beyond ASCII is left to the map.) */
function mayBeClipped(name: string): boolean {
  const n = name.length;
  for (let i = 0; i < n; i++) if (name.charCodeAt(i) >= 128) return true;
  return n === 0 || CLIPPED_SHAPES.mayHoldCodes(n, name.charCodeAt(0) | 32, name.charCodeAt(n - 1) | 32);
}

/**
 * A party label before a person's name is a role, not part of the name ("to elect Democrat Clinton
 * over Republican Trump"): the actor joins the person named without it (or is renamed to the name
 * alone), with the label as a role; before a word that names no one ("our Democratic Latino
 * community") it goes. Linear in the actors.
 */
export function dropPartyLabels(list: ActorList): void {
  const { doc } = list;
  for (const a of live(list)) {
    if (a.type !== 'person' || list.dropped.has(a.id)) continue;
    const space = a.name.indexOf(' ');
    if (space < 0) continue;
    const label = a.name.slice(0, space);
    if (!PARTY_LABELS.has(label.toLowerCase())) continue;
    const rest = a.name.slice(space + 1);
    if (NATIONALITY_ADJECTIVES.has(rest.toLowerCase())) {
      drop(list, a, 'actor-passes/party-label-adjective');
      continue;
    }
    // Each mention written with the label loses it ("Republican Trump" -> "Trump").
    const mentions = a.mentions.map((m) =>
      doc.text.startsWith(label + ' ', m.start) ? { start: m.start + space + 1, end: m.end } : m,
    );
    const aliases = a.aliases.filter((n) => n !== a.name);
    const bare = { ...a, name: rest, aliases, mentions, roles: [...new Set([...a.roles, label])] };
    const full = findByName(list, rest, a, 'person') ?? bySurname(list, rest, a);
    if (full) merge(list, full, bare, 'actor-passes/party-label', full.name !== rest);
    // With no such person, only a name that opens with a forename ("Republican Tom Vale"), not
    // "Democrat House" or "Democratic Broward".
    else if (rest.includes(' ') && isFirstName(rest.slice(0, rest.indexOf(' ')))) {
      for (const m of mentions) doc.trace?.add('actor', m.start, m.end, 'actor-passes/party-label');
      replace(list, a, bare);
    }
  }
}

/** The one other person whose name ends in `surname` (a single word), if there is exactly one. */
function bySurname(list: ActorList, surname: string, not: Actor): Actor | undefined {
  if (surname.includes(' ')) return undefined;
  let found: Actor | undefined;
  for (const b of live(list)) {
    if (b === not || b.type !== 'person' || list.dropped.has(b.id) || !b.name.endsWith(' ' + surname)) continue;
    if (found) return undefined;
    found = b;
  }
  return found;
}

/** A party-and-state tag ("D-N.Y.", "R-Texas", "I-Vt."): written after a lawmaker's name, it is their role, never an actor. */
const PARTY_TAG = /^[DRI]-[A-Z][A-Za-z.]*$/;

/** "Rep. Ann Boyd (D-N.Y.)", "Ann Boyd, R-Texas,": the tag names nobody. */
export function dropPartyTags(list: ActorList): void {
  for (const a of live(list)) if (PARTY_TAG.test(a.name)) drop(list, a, 'actor-passes/party-tag');
}
