/**
 * Actor passes for one-word names the classifier could only guess at (actors/classify.ts types an
 * unknown one-word name an organisation by default, or a place after "in"):
 * - a town no gazetteer knows, shown to be a place by what stands around one of its mentions: a
 *   known place or country in apposition after it ("Kessock, Ohio"), a place noun after it ("the
 *   Kessock suburb", "the Kessock province") or a see or place noun before "of" ("the diocese of
 *   Kessock", "bishop emeritus of Kessock");
 * - the forename or surname of a person the article names in full ("Dana Pell" ... "next to
 *   Dana", "for Pell and the party") typed a place or an organisation is that person, when exactly
 *   one person has that name part and no gazetteer knows the word; the person must open with a
 *   known first name or have a role, and a forename must be a known first name (a Title Case
 *   phrase taken for a person, "Clash Insider", lends no part).
 * Linear in the mentions.
 */
import type { Actor } from '../../schema/brief';
import { countryOf, isPlace, PLACE_NOUNS_BEFORE_OF } from '../data/countries';
import { isFirstName } from '../data/first-names';
import { ORGANIZATIONS } from '../data/organizations';
import { isOutlet } from '../data/outlets';
import { LowerCaseWords } from './common-words';
import { live, merge, named, replace, type ActorList } from './list';
import { lazyRegExp } from '../text/lazy-regexp';

/**
 * ", Ohio." / ", South Sudan," after the name: the place it lies in, then the end of that phrase
 * (not a bracket: "Paulo Bento (Oviedo, Spain)" after a player names his club).
 */
const APPOSED_PLACE = lazyRegExp(String.raw`^,[ \t]+(\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*)?)(?=[,.;:\n]|$)`, 'u');
/** A place noun right after the name ("the Kessock suburb", "Kessock city manager"). */
const PLACE_NOUN_AFTER =
  /^[ \t]+(?:province|region|district|county|suburb|suburbs|area|city|town|village|municipality)\b/u;
/** The first letters of PLACE_NOUN_AFTER's nouns (province, region, district, county, suburb, area, city, town, village, municipality). */
const PLACE_NOUN_FIRST = new Set([...'prdcsatvm'].map((ch) => ch.charCodeAt(0)));
/** A see or place noun before "of" ("diocese of", "bishop emeritus of", "suburb of"). */
const OF_BEFORE = lazyRegExp(String.raw`\b(\p{L}+)[ \t]+of[ \t]+$`, 'u');
const SEE_NOUNS = new Set([
  'diocese',
  'archdiocese',
  'eparchy',
  'bishop',
  'archbishop',
  'emeritus',
  'auxiliary',
  'mayor',
]);

function guessed(a: Actor): boolean {
  if (/\s/u.test(a.name) || a.name === a.name.toUpperCase()) return false;
  return !ORGANIZATIONS.has(a.name.toLowerCase()) && !isOutlet(a.name);
}

function placeAround(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) === 40) return false; // "(": a bracket after a person names a club
  // APPOSED_PLACE opens with a comma, PLACE_NOUN_AFTER with a space or tab: else nothing is sliced.
  const c = text.charCodeAt(end);
  if (c === 44 || c === 32 || c === 9) {
    // The first character after the spaces or tabs (after the comma, for APPOSED_PLACE): a capital
    // for APPOSED_PLACE, a place noun's first letter for PLACE_NOUN_AFTER, or nothing is sliced.
    const max = end + 40;
    let i = c === 44 ? end + 1 : end;
    while (i < max && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    // (At least one space or tab: after the comma, or the one at `end`.)
    const next = i < max && i >= (c === 44 ? end + 2 : end + 1) ? text.charCodeAt(i) : -1;
    if (c === 44 ? (next >= 65 && next <= 90) || next >= 128 : PLACE_NOUN_FIRST.has(next)) {
      const after = text.slice(end, end + 40);
      const apposed = c === 44 ? APPOSED_PLACE.exec(after) : null;
      // A country's own name, not its adjective ("Benedictine, Dominican, Carmelite" is a list of orders).
      if (apposed && (isPlace(apposed[1]) || countryOf(apposed[1])?.demonym === false)) return true;
      if (c !== 44 && PLACE_NOUN_AFTER.test(after)) return true;
    }
  }
  if (!ofBefore(text, start)) return false;
  const of = OF_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  // Not "state of": "a client state of Putin" is a person's, not a place's.
  const noun = of?.[1].toLowerCase();
  return !!noun && noun !== 'state' && (SEE_NOUNS.has(noun) || PLACE_NOUNS_BEFORE_OF.has(noun));
}

/** OF_BEFORE's tail by char codes: " of" and spaces or tabs right before `start`, inside its 24-character window. */
function ofBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - 24);
  let i = start - 1;
  while (i >= from && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i === start - 1 || i - 2 < from) return false;
  const gap = text.charCodeAt(i - 2);
  return text.charCodeAt(i) === 102 && text.charCodeAt(i - 1) === 111 && (gap === 32 || gap === 9);
}

/** An unknown one-word "organisation" with a place's surroundings at one of its mentions is a place. */
export function typeLonePlaces(list: ActorList): void {
  const { doc } = list;
  for (const a of live(list)) {
    if (a.type !== 'organization' || list.dropped.has(a.id) || !guessed(a)) continue;
    const ms = named(doc, a);
    if (!ms.some((m) => placeAround(doc.text, m.start, m.end))) continue;
    replace(list, a, { ...a, type: 'place' });
    for (const m of ms) doc.trace?.add('actor', m.start, m.end, 'actor-passes/place-by-surroundings');
  }
}

/** A guessed one-word place or organisation that is one named person's forename or surname is that person. */
export function mergeNameParts(list: ActorList): void {
  const owners = new Map<string, Actor | null>();
  for (const p of live(list)) {
    // A place taken for a person ("West Virginia") lends no part.
    if (p.type !== 'person' || list.dropped.has(p.id) || isPlace(p.name)) continue;
    const words = p.name.split(/\s+/u);
    if (words.length < 2 || words.length > 3) continue;
    // Only a person shown to be one by a known first name or a role lends parts ("Clash Insider",
    // "Bay Area" are Title Case phrases taken for people); a forename only when it is a first name.
    const first = isFirstName(words[0]);
    if (!first && p.roles.length === 0) continue;
    const parts = first ? [words[0], words[words.length - 1]] : [words[words.length - 1]];
    for (const w of new Set(parts)) {
      const seen = owners.get(w);
      owners.set(w, seen === undefined || seen?.id === p.id ? p : null);
    }
  }
  if (owners.size === 0) return;
  let lower: LowerCaseWords | undefined;
  for (const a of live(list)) {
    if ((a.type !== 'organization' && a.type !== 'place') || list.dropped.has(a.id)) continue;
    // (The owner first: most names are no one's part, and guessed() lower-cases and looks up.)
    const owner = owners.get(a.name);
    if (!owner || !guessed(a) || isPlace(a.name) || countryOf(a.name) !== undefined) continue;
    // A common word ("area" in "Bay Area") is no one's name part.
    if ((lower ??= new LowerCaseWords(list.doc.text)).has(a.name.toLowerCase())) continue;
    merge(list, owner, a, 'actor-passes/name-part-of-person', false);
  }
}
