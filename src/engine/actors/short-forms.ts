/**
 * Short forms of organisations (merge step, actors/merge.ts): the first words of an organisation
 * the article names in full ("Newmont" after "Newmont Mining Corp") are that organisation, and
 * the last word of a newspaper named in full ("the Enquirer" after "the Cincinnati Enquirer") is
 * that newspaper.
 */
import { ORG_HEADS } from '../data/organizations';
import { ORG_AFTER } from '../data/actor-words';
import { isFirstName } from '../data/first-names';
import { hasMastheadShape, isOutletLower } from '../data/outlets';
import { countryOfLower } from '../data/countries';
import { CONNECTOR_WORD, fold, type Candidate } from './classify';

/**
 * "Santa Fe" after "Santa Fe Pacific Gold Corp", "Newmont" after "Newmont Mining Corp": the first
 * words of an organisation the article names in full are that organisation, when nothing else
 * (a first name, a title, a person of the article with that name) says they are a person.
 */
export function shortFormsOfOrganizations(candidates: Candidate[]): void {
  let prefixes: Map<string, string> | null = null;
  // A text read again adds nothing (its prefixes are taken by its first mention).
  const read = new Set<string>();
  for (const c of candidates) {
    if (c.type !== 'organization' || !c.text.includes(' ') || read.has(c.text)) continue;
    read.add(c.text);
    const lastWord = c.text.slice(c.text.lastIndexOf(' ') + 1).toLowerCase();
    const last = lastWord.endsWith('.') ? lastWord.slice(0, -1) : lastWord;
    // Only names whose last word says organisation ("Corp", "Bank", "Party") give short forms;
    // "Clinton administration" gives none ("Clinton" is the president).
    if (!ORG_HEADS.has(last) || ORG_AFTER.has(last)) continue;
    const words = c.text.split(' ');
    prefixes ??= new Map();
    // The first k words joined by spaces are the text up to its k-th space.
    for (let k = 1, space = c.text.indexOf(' '); k < words.length; k++, space = c.text.indexOf(' ', space + 1)) {
      const prefix = c.text.slice(0, space).toLowerCase();
      if (!prefixes.has(prefix) && !CONNECTOR_WORD.test(words[k - 1].toLowerCase())) prefixes.set(prefix, c.key);
    }
  }
  if (!prefixes) return;
  const people = new Set<string>();
  read.clear();
  for (const c of candidates) {
    if (c.type !== 'person' || read.has(c.text)) continue;
    read.add(c.text);
    // The first and last words of `split(' ')`.
    const space = c.text.indexOf(' ');
    people.add(space < 0 ? c.folded : fold(c.text.slice(0, space)));
    people.add(space < 0 ? c.folded : fold(c.text.slice(c.text.lastIndexOf(' ') + 1)));
  }
  for (const c of candidates) {
    const org = prefixes.get(c.key);
    if (org === undefined || people.has(c.key)) continue;
    // ("from Newmont": a place only by its preposition, so the company wins; "northern Rangoon" is
    // a place by a word of place, which the "Rangoon Institute of Technology" does not outweigh.)
    if (c.type === 'place' && c.contextual && placeByWord(c)) {
      c.rules.push('merge/place-word-outweighs-organization');
      continue;
    }
    if (
      c.type === 'unknown' ||
      (c.type === 'place' && c.contextual) ||
      (c.type === 'person' && c.titleWord === null && !isFirstName(c.text.split(' ')[0]))
    ) {
      c.type = 'organization';
      c.key = org;
      c.contextual = false;
      c.rules.push('merge/first-words-of-organization');
    }
  }
}

/**
 * "the Enquirer" after "the Cincinnati Enquirer", "the Dispatch" after "the Columbus Dispatch": a
 * newspaper's last word alone, once the article has named it in full, is that newspaper (when one
 * newspaper of the article ends in it, and no person of the article is called by it).
 */
export function mastheadShortForms(candidates: Candidate[]): void {
  let byLast: Map<string, string | null> | null = null;
  for (const c of candidates) {
    if (c.type !== 'organization' || !c.text.includes(' ')) continue;
    if (!hasMastheadShape(c.text) && !isOutletLower(c.key)) continue;
    // "the British Guardian": a demonym describes the paper, it is not part of its name.
    if (countryOfLower(c.key.slice(0, c.key.indexOf(' ')))?.demonym) continue;
    const last = c.key.slice(c.key.lastIndexOf(' ') + 1);
    byLast ??= new Map();
    const known = byLast.get(last);
    // Two newspapers ending in the same word ("Post"): the word alone names neither for sure.
    byLast.set(last, known === undefined || known === c.key ? c.key : null);
  }
  if (!byLast) return;
  for (const c of candidates) {
    if (c.text.includes(' ') || (c.type !== 'organization' && c.type !== 'unknown')) continue;
    const outlet = byLast.get(c.key);
    if (!outlet) continue;
    c.type = 'organization';
    c.key = outlet;
    c.contextual = false;
    c.rules.push('merge/last-word-of-newspaper');
  }
}

/**
 * Rule merge/outlet-without-news: "Breitbart" after or before "Breitbart News", "Fox" with "Fox
 * News": an outlet named without its "News" is the outlet the article names in full, when both
 * names are known outlets ("Dallas" is no short form of the "Dallas Morning News").
 */
export function newsShortForms(candidates: Candidate[]): void {
  let full: Map<string, string> | null = null;
  for (const c of candidates) {
    if (c.type !== 'organization' || !c.key.endsWith(' news') || !isOutletLower(c.key)) continue;
    const base = c.key.slice(0, -' news'.length);
    if (isOutletLower(base)) (full ??= new Map()).set(base, c.key);
  }
  if (!full) return;
  for (const c of candidates) {
    if (c.type !== 'organization' && c.type !== 'unknown') continue;
    const outlet = full.get(c.key);
    if (outlet === undefined) continue;
    c.type = 'organization';
    c.key = outlet;
    c.contextual = false;
    c.rules.push('merge/outlet-without-news');
  }
}

/**
 * Rule merge/place-word-outweighs-organization: a name typed a place by a word of place before it
 * ("central Rangoon", "the city of Goma") or a dateline is the place, though an organisation's name
 * opens with it ("Rangoon Institute of Technology" is named after the city).
 */
function placeByWord(c: Candidate): boolean {
  return c.rules.includes('classify/dateline-or-place-word-before');
}
