/**
 * Classify: the type of every proper name of `doc.names` (person, organisation, country, place,
 * group, or none), from gazetteers, its head word, its shape and the words around it, with the
 * name widened where the next word makes it a group or an organisation ("Biden administration",
 * "U.S. officials"). Each candidate carries the name of the rule that typed it (`rule`), which
 * the rule trace lists (`brief(input, { trace: true })`).
 */
import type { ActorType, Range } from '../../schema/brief';
import type { Doc, NameSpan } from '../document';
import { isSpaceCode } from '../text/spaces';
import { isTeamInTable } from '../text/tables';
import { isDateline } from '../text/datelines';
import { isAcronym } from './acronyms';
import { mixedCaseForm, type MixedForms } from './mixed-case';
import { splitLists } from './name-lists';
import { ORG_SPEECH, ORG_SPEECH_FIRST, SPEECH_AFTER, SPEECH_AFTER_FIRST, speechAfter } from './speech';
import {
  countryOf,
  isPlace,
  isPlaceLower,
  PLACE_DESCRIPTORS,
  PLACE_NOUNS_BEFORE_OF,
  PLACE_HOLDERS_BEFORE_OF,
} from '../data/countries';
import { GROUP_NOUNS, ORG_DESCRIPTORS, ORG_HEADS, ORGANIZATIONS, WEB_ADDRESS } from '../data/organizations';
import { isOutlet, isOutletLower } from '../data/outlets';
import { isPlatformLower } from '../data/platforms';
import { PERSON_TITLES } from '../data/titles';
import { COMMON_OPENERS, WordShapes } from '../data/common-words';
import { FUNCTION_WORD_SURNAMES, TITLED_NAME_PREPOSITIONS } from '../data/name-connectors';
import { titleWordOf } from './title-word';
import { isHyphenatedDemonym } from './hyphenated-demonym';
import { placePrepositionBefore, townBeforeStateName, townOrState } from './place-context';
import { LowerWords } from '../speakers/lower-words';
import {
  CELESTIAL,
  COMMON_INITIALISM,
  DISEASE_OR_RELIGION,
  GROUP_PLURAL,
  NATIONALITY,
  ORG_HEAD,
  ORGANIZATION,
  PLACE_FIRST_WORD,
  PLACE_LAST_WORD,
  STORM,
  THING_HEAD,
  nameWordBits,
} from './name-words';
import { isFirstName } from '../data/first-names';
import { fold, nameInfo, nameKey, type NameInfo, type StaticType } from './name-info';

export { fold } from './name-info';
import { DOCUMENT_PARTS, NUMBERED_THINGS, ORG_AFTER, THING_HEADS } from '../data/actor-words';
import { lazyRegExp } from '../text/lazy-regexp';

/** A counted list item goes on after the name: " (3), Kessock (1)" (read after a colon only). */
const COUNTED_ITEM = /^ \(\d{1,6}\)(?:,| and | or )/;
const RE_INITIAL_WORD = lazyRegExp(String.raw`^\p{Lu}\.$`, 'u');
const RE_LOWER_LETTER = lazyRegExp(String.raw`\p{Ll}`, 'u');

export interface Candidate {
  range: Range;
  text: string;
  /** `fold(text)`, worked out once per distinct name. */
  folded: string;
  type: ActorType | 'unknown';
  key: string;
  prefix?: Range;
  titleWord: string | null;
  /** Typed by its neighbours only ("the Trump ...", "in Hofstra"): a known surname overrides it. */
  contextual?: boolean;
  /** Named inside a group's mention ("WTO" in "WTO leaders"): the group carries its weight. */
  nested?: boolean;
  /** A heading's capitals of a word the article uses only inside longer names ("CUP"): kept only if something explains it. */
  fragment?: boolean;
  /** The rules that typed it, for the rule trace ('classify/...'). */
  rules: string[];
}

/** "of " right before a name. */
const OF_BEFORE_NAME = /\bof\s$/;
/**
 * "the" right before a name: an unknown one-word name after it is an organisation ("the Trump").
 * What `/\bthe\s+$/i` gave on the 4 characters before `at`, with the white space before `at`
 * already known (spaceBefore): "the" in any case, then that space.
 */
function theBefore(text: string, at: number): boolean {
  return (
    at >= 4 &&
    (text.charCodeAt(at - 4) | 32) === 116 &&
    (text.charCodeAt(at - 3) | 32) === 104 &&
    (text.charCodeAt(at - 2) | 32) === 101
  );
}
/**
 * A word of a person's name: "Weah", "Jean-Luc", "O'Neill", "D'Souza", "McLean", or an initial
 * "B." ("L'" is the article of things' names: "L'Osservatore Romano", "L'Oréal").
 */
const NAME_WORD =
  /^(?:\p{Lu}[\p{Ll}\u2019']+(?:-\p{Lu}?[\p{Ll}]+)*|\p{Lu}[\p{Ll}]*\p{Lu}[\p{Ll}]+|[A-KM-Z]['\u2019]\p{Lu}\p{Ll}+|\p{Lu}\.)$/u;
export const CONNECTOR_WORD = /^(?:de|da|du|del|della|di|van|von|der|den|le|la|al|bin|ibn)$/;

/** White space right before `at`: THE_BEFORE and PLACE_BEFORE both end with it, so without it nothing is sliced. */
function spaceBefore(text: string, at: number): boolean {
  return at > 0 && isSpaceCode(text.charCodeAt(at - 1));
}

/** Is an all-capital word of three letters or more one the article also writes in lower case ("NEW", "HUGE")? */
function isShoutedWord(name: string, key: string, lower: LowerWords): boolean {
  if (name.length < 3) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return lower.has(key);
}

/** A Roman numeral of two letters or more, or "I" to "X" ("XII", "IX", "I"): a regnal or part number. */
const ROMAN_NUMERAL = /^(?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3})$/;

/** Type every proper name, and widen it where the next word makes it a group or an organisation. */
export function classify(doc: Doc): Candidate[] {
  const { text } = doc;
  const out: Candidate[] = [];
  const mixedForms: MixedForms = { names: doc.names, asked: new Map(), all: null };
  let lower: LowerWords | undefined;
  // What a name's text alone gives (its words, gazetteer entries) is worked out once per distinct name.
  const infos = new Map<string, NameInfo>();
  for (const n of splitLists(doc.names)) {
    let name = n.text;
    let range: Range = { start: n.start, end: n.end };
    let info = infos.get(name);
    if (info === undefined) infos.set(name, (info = nameInfo(name)));
    const { words, last, firstName } = info;
    // "the Archbishop of Kessock": a title before "of" names the office of a place, not a person.
    const titleWord =
      n.prefix && !OF_BEFORE_NAME.test(text.slice(Math.max(0, n.start - 3), n.start))
        ? titleWordOf(text, n.prefix)
        : null;
    const country = info.country;
    // The lower-case word right after the name, on the same line.
    const nextWord = n.possessive ? null : lowerWordAfter(text, n.end, NEXT_WORD_SHAPES);

    if (
      nextWord &&
      GROUP_NOUNS.has(nextWord) &&
      (country || isAcronym(name) || ORGANIZATIONS.has(info.lower) || isPlace(name))
    ) {
      range = { start: n.start, end: n.end + 1 + nextWord.length };
      name = text.slice(range.start, range.end);
      out.push(widened(range, name, 'group', name.toLowerCase().replace(/\./g, ''), 'classify/group-noun-after'));
      // "WTO leaders", "NTT official": the organisation is an actor of its own, named inside the group.
      if (!country && !isPlace(n.text) && (isAcronym(n.text) || ORGANIZATIONS.has(n.text.toLowerCase())))
        out.push(
          widened(
            { start: n.start, end: n.end },
            n.text,
            'organization',
            nameKey(n.text, n.text.toLowerCase()),
            'classify/organization-inside-group',
            true,
          ),
        );
      continue;
    }
    if (nextWord && ORG_AFTER.has(nextWord) && !isOutlet(name)) {
      range = { start: n.start, end: n.end + 1 + nextWord.length };
      name = text.slice(range.start, range.end);
      out.push(widened(range, name, 'organization', name.toLowerCase(), 'classify/organization-word-after'));
      continue;
    }
    let key = nameKey(name, info.lower);
    // What the name alone says (gazetteers, head words, shape) is the same at every mention.
    let known = info.known;
    if (known === undefined) known = info.known = staticType(name, info);
    if (known === 'skip') continue;
    let type: ActorType | 'unknown' | null;
    const rules = [info.rule!];
    let fragment = false;
    let orgByContext = false;
    if (known === 'country') key = country!.name.toLowerCase();
    if (known === 'acronym') {
      // "CAMPESE", "CUP" in a heading: a word the article also writes in mixed case is that word
      // (the person or club it names), or, when it only stands inside longer names ("World Cup"),
      // a piece of one, not an acronym.
      const alone = name.includes('.') || name.includes(' ') ? undefined : mixedCaseForm(mixedForms, key);
      // "NEW:", "a HUGE crowd": a word the article also writes in lower case is shouted, not an acronym.
      if (alone === undefined && isShoutedWord(name, key, (lower ??= new LowerWords(text, doc.words))))
        type = rule(rules, 'classify/shouted-common-word', null);
      else if (alone === undefined) type = 'organization';
      else {
        type = 'unknown';
        fragment = !alone;
      }
    } else if (known !== 'open') type = known;
    // "the First Amendment", "the Second World War": an ordinal before a thing's head word, no one.
    else if (words.length === 1 && titleWord && !PERSON_TITLES.has(titleWord) && THING_HEADS.has(last))
      type = rule(rules, 'classify/modifier-before-thing', null);
    else if (n.affiliation) type = rule(rules, 'classify/affiliation-of-person', 'organization');
    else if (words.length > 1 && looksLikePerson(text, n, info, titleWord))
      type = rule(rules, 'classify/person-shape', 'person');
    else if (words.length > 1) type = rule(rules, 'classify/several-words', hasOpener(info) ? null : 'organization');
    else if (titleWord && PERSON_TITLES.has(titleWord)) type = rule(rules, 'classify/person-title-before', 'person');
    else if (spaceBefore(text, n.start) && theBefore(text, n.start))
      type = rule(rules, 'classify/the-before', 'organization');
    else if (spaceBefore(text, n.start) && placePrepositionBefore(text, n.start, rules))
      type = rule(rules, 'classify/place-preposition-before', 'place');
    else if (ORG_HEADS.has(last))
      type = null; // "Group", "League" alone name no one in particular
    else if (
      n.weak &&
      !speechAfter(text, n.end, SPEECH_AFTER, SPEECH_AFTER_FIRST) &&
      !isTeamInTable(text, n.start, n.end) &&
      !(text.slice(Math.max(0, n.start - 2), n.start).includes(':') && COUNTED_ITEM.test(text.slice(n.end, n.end + 14)))
    )
      type = null; // "Attendance: 5,000" (but "towns: Dunmore (3), Kessock (1)" opens a counted list)"
    else type = rule(rules, 'classify/one-word-unexplained', 'unknown');
    // A dateline or a place word before it says place: "RANGOON 1996-12-06", "the city of Goma".
    if (
      (known === 'open' || known === 'acronym') &&
      type !== 'place' &&
      !(type === 'person' && (titleWord || firstName)) &&
      (isDateline(text, n.start, n.end) || placeBefore(text, n.start))
    )
      type = rule(rules, 'classify/dateline-or-place-word-before', 'place');
    // "Kenansville, N.C.", "of Ashton, Md.,": a town before a US state, and the state's abbreviation.
    if (type !== 'place' && (known === 'open' || known === 'acronym') && townOrState(text, n.start, n.end))
      type = rule(rules, 'classify/town-and-state', 'place');
    // "in Pembroke Pines, Florida": a town before a state's name (a title, or a first name with no
    // preposition of place before it, says person: "Dale Ruiz, Texas").
    else if (
      type !== 'place' &&
      known === 'open' &&
      (!firstName || (spaceBefore(text, n.start) && placePrepositionBefore(text, n.start))) &&
      !(titleWord && PERSON_TITLES.has(titleWord)) &&
      townBeforeStateName(text, n.end)
    )
      type = rule(rules, 'classify/town-and-state-name', 'place');
    // What stands around a name says organisation: "the Madrid daily El Mundo", "Tallinna Pank said its".
    // A descriptor outweighs a first name ("the daily El Mundo"); speech does not ("Hassan Abbas said its").
    const titled = titleWord !== null && PERSON_TITLES.has(titleWord);
    if (
      (type === 'unknown' || (type === 'person' && !titled)) &&
      (ORG_DESCRIPTORS.has(lowerWordBefore(text, n.start, ORG_DESCRIPTOR_SHAPES) ?? '') ||
        (!firstName && speechAfter(text, n.end, ORG_SPEECH, ORG_SPEECH_FIRST)))
    ) {
      type = rule(rules, 'classify/descriptor-or-organization-speech', 'organization');
      orgByContext = true;
    }
    // "Luis Figo (Barcelona)", "Paulo Bento (Oviedo, Spain)": in brackets after a person, a club.
    if (
      (type === null || type === 'place' || type === 'unknown' || (type === 'person' && !firstName && !titled)) &&
      afterPersonInBrackets(text, n, out)
    )
      type = rule(rules, 'classify/club-in-brackets-after-person', 'organization');
    // A club in a results, standings or fixture line: "Plymouth 4 Exeter 1", "TAMPA BAY 8 15 2".
    if (
      (type === null ||
        type === 'place' ||
        type === 'unknown' ||
        (type === 'person' && !firstName && !(titleWord && PERSON_TITLES.has(titleWord)))) &&
      isTeamInTable(text, n.start, n.end)
    )
      type = rule(rules, 'classify/team-in-sports-table', 'organization');
    if (type === null) continue;
    // "Queenslander Daniel Herbert", "Englishman Mark Cairns": a word before a first name is a
    // descriptor, not part of the name.
    if (type === 'person' && words.length === 3 && !firstName && isFirstName(words[1])) {
      range = { start: n.start + words[0].length + 1, end: n.end };
      name = text.slice(range.start, range.end);
      key = name.toLowerCase();
      rules.push('classify/descriptor-before-first-name');
    }
    // (The name as written, and its lower case as its key, fold as worked out once per name.)
    const folded = name === n.text ? info.folded : fold(name);
    out.push({
      range,
      text: name,
      folded,
      type,
      key: key === info.lower ? info.folded : fold(key), // "Sean O’Malley" and "Sean O'Malley" are one name
      prefix: n.prefix,
      titleWord,
      contextual:
        (known === 'open' || (known === 'acronym' && type === 'unknown')) && words.length === 1 && !orgByContext,
      nested: false,
      fragment,
      rules,
    });
  }
  return out;
}

/**
 * A candidate widened by the word after it ("Biden administration", "WTO leaders"), or named inside
 * one (`nested`). Every candidate has every field, in one order, so the code reading them sees one
 * object shape.
 */
function widened(range: Range, text: string, type: ActorType, key: string, rule: string, nested = false): Candidate {
  return {
    range,
    text,
    folded: fold(text),
    type,
    key,
    prefix: undefined,
    titleWord: null,
    contextual: false,
    nested,
    fragment: false,
    rules: [rule],
  };
}

/** Note that the named classify rule decided the type (for the rule trace), and hand the type on. */
function rule<T>(rules: string[], name: string, type: T): T {
  // (The whole name, "classify/...", is written at the call: no string is built per mention.)
  rules.push(name);
  return type;
}

/** Is some word of the name a common opener ("However", "Former")? Worked out once per name. */
function hasOpener(info: NameInfo): boolean {
  // A preposition inside the name is part of it ("Doctors Without Borders"), not an opener; so is
  // a surname after a first name ("Jane May").
  return (info.opener ??= info.words.some(
    (w, i) =>
      isOpenerWord(w) &&
      !(i > 0 && i < info.words.length - 1 && TITLED_NAME_PREPOSITIONS.has(w.toLowerCase())) &&
      !(i === 1 && info.firstName && FUNCTION_WORD_SURNAMES.has(w.toLowerCase())),
  ));
}

function isOpenerWord(w: string): boolean {
  return COMMON_OPENERS.has(w.toLowerCase());
}

/**
 * The type a name has wherever it stands: 'skip' for adjectives (demonyms, "Kurdish"), null for
 * things ("Washington Treaty"), 'open' when the context has to decide, 'acronym' for a word in
 * capitals no gazetteer knows (an organisation, unless the article writes it in mixed case).
 */
function staticType(name: string, info: NameInfo): StaticType {
  const { words, last, lower: key, country } = info;
  // One look-up per word asked about (actors/name-words.ts), in the order the sets were asked.
  const k = nameWordBits(key);
  const l = words.length > 1 ? nameWordBits(last) : k;
  const f = words.length > 1 ? nameWordBits(words[0].toLowerCase()) : 0;
  info.rule = 'classify/nationality-adjective';
  if (k & NATIONALITY) return 'skip';
  info.rule = 'classify/country-gazetteer';
  if (country) return country.demonym ? 'skip' : 'country'; // "Russian territory": an adjective
  // "African-Americans", "a Korean-American lawyer": a hyphenated demonym is one, a people or an adjective.
  info.rule = 'classify/hyphenated-demonym';
  if (words.length === 1 && isHyphenatedDemonym(key)) return 'skip';
  info.rule = 'classify/place-gazetteer';
  if (isPlaceLower(key)) return 'place';
  info.rule = 'classify/web-address'; // "Status.pr", "Ballotpedia.org": a site
  if (WEB_ADDRESS.test(name)) return 'organization';
  // "Secretary of State", "Minister of Finance": an office, not the ministry.
  info.rule = 'classify/office-of';
  if (words.length === 3 && words[1] === 'of' && PERSON_TITLES.has(words[0].toLowerCase())) return null;
  info.rule = 'classify/organization-gazetteer-or-head';
  if (k & ORGANIZATION || isOutletLower(key) || isPlatformLower(key) || (l & ORG_HEAD && words.length > 1))
    return 'organization';
  info.rule = 'classify/thing-head';
  if (l & THING_HEAD && words.length > 1) return null;
  info.rule = 'classify/sky';
  if (k & CELESTIAL) return 'place';
  info.rule = 'classify/storm-disease-or-religion';
  if (k & DISEASE_OR_RELIGION || f & STORM) return null;
  // "an Illinois Democrat", "a House Republican": one member described by party, no actor's name.
  info.rule = 'classify/party-member';
  if (words.length === 2 && (last === 'democrat' || last === 'republican')) return null;
  // "Pius XII", "Henry VIII": a name and a regnal number is a person; "World War II", "Vatican II",
  // "Book II": a thing, a council or a part numbered is no one.
  info.rule = 'classify/regnal-number';
  if (words.length > 1 && ROMAN_NUMERAL.test(words[words.length - 1])) {
    const before = words[words.length - 2].toLowerCase();
    return THING_HEADS.has(before) ||
      DOCUMENT_PARTS.has(before) ||
      NUMBERED_THINGS.has(before) ||
      isPlaceLower(before) ||
      countryOf(before)
      ? null
      : 'person';
  }
  info.rule = 'classify/place-first-or-last-word';
  // ("NBC Bay Area" is a station: an acronym first makes the name an organisation's.)
  if (words.length > 1 && (f & PLACE_FIRST_WORD || (l & PLACE_LAST_WORD && !isAcronym(words[0])))) return 'place';
  info.rule = 'classify/group-plural';
  if (l & GROUP_PLURAL) return 'group';
  // "GDP", "FYI", "VS:": an initialism English uses as a common word names no actor.
  info.rule = 'classify/common-initialism';
  if (k & COMMON_INITIALISM) return null;
  info.rule = 'classify/acronym';
  if (isAcronym(name)) return 'acronym';
  info.rule = 'classify/of-or-for-inside';
  if (/\s(?:of|for|on)\s/.test(name)) return 'organization';
  info.rule = 'classify/context-decides';
  return 'open';
}

/**
 * A multi-word name is a person when it opens with a first name or an initial, has a person's
 * title before it, or speaks ("Hassan Abbas said"); otherwise "Santa Fe" or "Bayer Leverkusen"
 * would be people.
 */
function looksLikePerson(text: string, n: NameSpan, info: NameInfo, titleWord: string | null): boolean {
  // What the name's words alone say is worked out at its first mention that asks.
  const shape = (info.personShape ??= personShape(info));
  if (shape !== null) return shape;
  if (titleWord && PERSON_TITLES.has(titleWord)) return true;
  // "according to the Harbor Dispatch": a person's name takes no article; speech after it does not
  // change that ("the Harbor Dispatch said").
  if (spaceBefore(text, n.start) && theBefore(text, n.start)) return false;
  if (speechAfter(text, n.end, SPEECH_AFTER, SPEECH_AFTER_FIRST)) return true;
  // No direct evidence (the name lists miss many names, even "Donald"): a short run of plain
  // capitalised words with no place or country in it ("Real Madrid", "Werder Bremen" have one)
  // and none the article also writes in lower case ("Presidential Debates", "the debates").
  return !n.common && (info.plainWords ??= plainWords(info.words));
}

/** looksLikePerson by the words alone: no (an opener, a preposition inside), yes (a first name or an initial first), or null. */
function personShape(info: NameInfo): boolean | null {
  const { words } = info;
  if (hasOpener(info)) return false;
  // "Doctors Without Borders": a person's name holds no such preposition.
  for (let i = 1; i < words.length - 1; i++) if (TITLED_NAME_PREPOSITIONS.has(words[i].toLowerCase())) return false;
  return info.firstName || RE_INITIAL_WORD.test(words[0]) ? true : null;
}

function plainWords(words: string[]): boolean {
  return (
    words.length <= 3 &&
    words.every((w) => (NAME_WORD.test(w) || CONNECTOR_WORD.test(w)) && !isPlace(w) && !countryOf(w))
  );
}

/** The words classify looks for after a name: others need not be sliced. */
const NEXT_WORD_SHAPES = new WordShapes([...GROUP_NOUNS, ...ORG_AFTER], 30);

/** The lower-case word after one space at `at` ("Biden administration"), or null (also when `wanted` rules it out). */
function lowerWordAfter(text: string, at: number, wanted: WordShapes): string | null {
  if (text.charCodeAt(at) !== 32) return null;
  let i = at + 1;
  const max = Math.min(text.length, at + 24);
  while (i < max) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) i++;
    else if (c > 127 && RE_LOWER_LETTER.test(text[i])) i++;
    else break;
  }
  return i > at + 1 && wanted.mayHoldRange(text, at + 1, i) ? text.slice(at + 1, i) : null;
}

/** The name opens a bracket right after a person's name ("Luis Figo (Barcelona)", "(Oviedo, Spain)"). */
function afterPersonInBrackets(text: string, n: NameSpan, out: Candidate[]): boolean {
  const prev = out[out.length - 1];
  if (prev === undefined || prev.type !== 'person' || !prev.text.includes(' ') || prev.range.end + 2 !== n.start)
    return false;
  if (text.charCodeAt(n.start - 1) !== 40 || text.charCodeAt(n.start - 2) !== 32) return false;
  const after = text.charCodeAt(n.end);
  return after === 41 || after === 44;
}

/** "central Rangoon", "east Zaire", "the city of Goma": the words before a name make it a place. */
function placeBefore(text: string, at: number): boolean {
  const word = lowerWordBefore(text, at, PLACE_DESCRIPTOR_SHAPES);
  if (word === null) return false;
  if (PLACE_DESCRIPTORS.has(word)) return true;
  if (word !== 'of') return false;
  const noun = lowerWordBefore(text, at - 3, PLACE_NOUN_SHAPES);
  // "the city of Goma", "the mayor of Dover".
  return noun !== null && (PLACE_NOUNS_BEFORE_OF.has(noun) || PLACE_HOLDERS_BEFORE_OF.has(noun));
}

/** The words looked for before a name (others are never sliced): descriptors, "of" and the nouns before it. */
const ORG_DESCRIPTOR_SHAPES = new WordShapes(ORG_DESCRIPTORS, 24);
const PLACE_DESCRIPTOR_SHAPES = new WordShapes([...PLACE_DESCRIPTORS, 'of'], 24);
const PLACE_NOUN_SHAPES = new WordShapes([...PLACE_NOUNS_BEFORE_OF, ...PLACE_HOLDERS_BEFORE_OF], 24);

/** The lower-case word before one space at `at` ("brokerage" in "brokerage Rinaco Plus"), or null (also when `wanted` rules it out). */
function lowerWordBefore(text: string, at: number, wanted: WordShapes): string | null {
  if (text.charCodeAt(at - 1) !== 32) return null;
  let i = at - 1;
  const min = Math.max(0, at - 24);
  while (i > min) {
    const c = text.charCodeAt(i - 1);
    if (c >= 97 && c <= 122) i--;
    else break;
  }
  return i < at - 1 && (i === 0 || !isLetter(text.charCodeAt(i - 1))) && wanted.mayHoldRange(text, i, at - 1)
    ? text.slice(i, at - 1)
    : null;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}
