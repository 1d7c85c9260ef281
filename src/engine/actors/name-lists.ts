/**
 * Lists of names read as one: a run of more than four plain capitalised words is a list of
 * two-word names ("Javier Pertile Paolo Vaccari"), and "Peter Nicol of Scotland" is a name and
 * where it is from. Classify (actors/classify.ts) reads the names through this first.
 */
import type { NameSpan } from '../document';
import { isKnownName } from '../text/names';
import { countryOf, isPlace } from '../data/countries';
import { ORG_HEADS } from '../data/organizations';
import { PERSON_TITLES } from '../data/titles';
import { isFirstName } from '../data/first-names';
import { lazyRegExp } from '../text/lazy-regexp';

const RE_CAPITALISED_WORD = lazyRegExp(String.raw`^\p{Lu}\p{Ll}+$`, 'u');
/** A surname: capitalised, with lower-case letters; a capital inside after "Mc" or an apostrophe ("McDonald", "O'Reilly"). */
const RE_SURNAME_WORD = lazyRegExp(String.raw`^\p{Lu}[\p{L}'\u2019-]*\p{Ll}[\p{L}'\u2019-]*$`, 'u');

/** Longest run of names still read as one person; longer runs are lists ("Javier Pertile Paolo Vaccari"). */
const MAX_PERSON_WORDS = 4;

/**
 * A run of more than MAX_PERSON_WORDS plain names is a list (not one ending in "Corp"): read it as
 * two-word names. A name "of" a country is two names, and so is a person's name "of" a body.
 */
export function splitLists(names: NameSpan[]): NameSpan[] {
  // The names themselves until one needs a closer look (in most articles none does).
  let out: NameSpan[] | null = null;
  for (let k = 0; k < names.length; k++) {
    const n = names[k];
    // One word, or a few with no "of" between them: nothing to split (most names).
    if (!n.text.includes(' ') || (wordCount(n.text) <= MAX_PERSON_WORDS && !n.text.includes(' of '))) {
      if (out !== null) out.push(n);
      continue;
    }
    out ??= names.slice(0, k);
    const words = n.text.split(' ');
    const of = words.indexOf('of');
    // "Peter Nicol of Scotland", "Rosenborg of Norway": a name and where it is from, unless the
    // first part is an organisation's head ("Bank of England") or an office ("Secretary of State").
    if (
      of > 0 &&
      of <= 3 &&
      of === words.length - 2 &&
      !n.text.includes(' of the ') &&
      (countryOf(words[of + 1]) !== undefined || isPlace(words[of + 1])) &&
      !ORG_HEADS.has(words[of - 1].toLowerCase()) &&
      !PERSON_TITLES.has(words[0].toLowerCase()) &&
      !isKnownName(n.text) &&
      countryOf(n.text) === undefined
    ) {
      const head = words.slice(0, of).join(' ');
      const tail = words[of + 1];
      out.push({ ...n, end: n.start + head.length, text: head, possessive: false });
      out.push({ start: n.end - tail.length, end: n.end, text: tail, possessive: n.possessive });
      continue;
    }
    // "Craig Holman of Public Citizen": a person (first name, surname) and the body they speak for.
    if (of >= 2 && of <= 3 && of < words.length - 1 && isPersonOf(words, of) && !isKnownName(n.text)) {
      const head = words.slice(0, of).join(' ');
      const tail = words.slice(of + 1).join(' ');
      out.push({ ...n, end: n.start + head.length, text: head, possessive: false });
      out.push({ start: n.end - tail.length, end: n.end, text: tail, possessive: n.possessive, affiliation: true });
      continue;
    }
    if (
      words.length <= MAX_PERSON_WORDS ||
      isKnownName(n.text) ||
      ORG_HEADS.has(words[words.length - 1].toLowerCase()) ||
      words.some((w) => !RE_CAPITALISED_WORD.test(w))
    ) {
      out.push(n);
      continue;
    }
    let at = n.start;
    for (let k = 0; k + 1 < words.length; k += 2) {
      const text = `${words[k]} ${words[k + 1]}`;
      out.push({ start: at, end: at + text.length, text });
      at += text.length + 1;
    }
  }
  return out ?? names;
}

/**
 * Do the words before "of" name a person: a known first name and one or two more plain words,
 * none of them a title ("Mary Queen of Scots" is one name)?
 */
function isPersonOf(words: string[], of: number): boolean {
  // "Florida Department of State", "West Virginia Department of ...": a body's head word ends it.
  if (!isFirstName(words[0]) || isPlace(words[0]) || ORG_HEADS.has(words[of - 1].toLowerCase())) return false;
  for (let k = 1; k < of; k++)
    if (!RE_SURNAME_WORD.test(words[k]) || PERSON_TITLES.has(words[k].toLowerCase())) return false;
  return true;
}

/** How many words `text.split(' ')` gives. */
function wordCount(text: string): number {
  let k = 1;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) k++;
  return k;
}
