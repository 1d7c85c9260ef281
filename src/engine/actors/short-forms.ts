/**
 * Short forms of organisations (merge step, actors/merge.ts): the first words of an organisation
 * the article names in full ("Newmont" after "Newmont Mining Corp") are that organisation.
 */
import { ORG_HEADS } from '../data/organizations';
import { ORG_AFTER } from '../data/actor-words';
import { isFirstName } from '../data/first-names';
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
    // ("from Newmont": a place only by its preposition, so the company wins.)
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
