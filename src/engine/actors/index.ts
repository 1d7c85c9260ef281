/**
 * Actors: people, organisations, countries, places and groups, one per entity, with roles,
 * aliases, mentions (pronouns resolved) and salience.
 *
 * Approach, over the proper names of `doc.names` (text/names.ts):
 * 1. Type each name from gazetteers (data/countries, outlets, platforms, organizations), its head
 *    word ("Security Council", "Islamic State"), its shape (acronyms are organisations) and the
 *    word after it ("Biden administration" is an organisation, "U.S. officials" and "NATO
 *    specialists" are groups). A demonym alone ("Russian forces" aside) is an adjective, not an actor.
 * 2. One actor per entity: multi-word person names first; a one-word name that is the last (or
 *    first) word of a person already named is that person ("Medvedev" -> "Dmitry Medvedev");
 *    countries merge by their canonical name ("US", "U.S."); the rest by their lower-cased text.
 *    The canonical name is the fullest form used in the article, the others are aliases. An
 *    acronym joins its expansion as an alias (actors/acronyms.ts: "Federal Bureau of
 *    Investigation (FBI)", "Department of Justice" and "DOJ", "Islamic State" and "ISIS").
 * 3. Roles from titles and appositions (actors/roles.ts); pronouns (actors/pronouns.ts): he/she
 *    to people, they/their to groups.
 * 4. Salience: the actor's share of a weighted mention count, where a mention in the title or
 *    first paragraph counts more, a pronoun less, and a mention as a speaker ("X said") more.
 * Clubs in sports tables are organisations, whatever place they are named after (text/tables.ts).
 *
 * Known limits: a one-word name nobody else explains ("Mutu scored") is guessed to be a person.
 */
import type { Actor, ActorType, Range } from '../../schema/brief';
import type { Doc, NameSpan } from '../document';
import { isKnownName } from '../text/names';
import { isSpaceCode } from '../text/spaces';
import { resolveGroupPronouns, resolvePronouns, type PersonMention } from './pronouns';
import { rolesAround } from './roles';
import { isTeamInTable } from '../text/tables';
import { isAcronym, linkAcronyms } from './acronyms';
import { isDateline } from '../text/datelines';
import {
  countryOf,
  countryOfLower,
  isPlace,
  isPlaceLower,
  PLACE_DESCRIPTORS,
  PLACE_NOUNS_BEFORE_OF,
  type CountryEntry,
} from '../data/countries';
import { GROUP_NOUNS, ORG_DESCRIPTORS, ORG_HEADS, ORGANIZATIONS } from '../data/organizations';
import { isOutlet, isOutletLower } from '../data/outlets';
import { isPlatformLower } from '../data/platforms';
import { GENDER_OF_TITLE, PERSON_TITLES } from '../data/titles';
import { COMMON_OPENERS, NATIONALITY_ADJECTIVES, WordShapes } from '../data/common-words';
import { genderOfFirstName, isFirstName, isFirstNameLower } from '../data/first-names';

/** Words after a name that make "<name> <word>" an organisation ("Biden administration"). */
const ORG_AFTER = new Set(['administration', 'government', 'campaign', 'regime', 'cabinet', 'presidency', 'team']);
/** Last words of capitalised sequences that name things, not actors ("Washington Treaty"). */
const THING_HEADS = new Set(
  `treaty act bill law accord accords agreement deal doctrine plan policy program programme strategy report index war wars cup prize award
awards games olympics open series championship championships tournament festival summit day week month year era use terms conditions
prix champions shield bowl convention trophy classic marathon derby grand receipt loadings range
street avenue road boulevard highway bridge river lake sea ocean bay island islands mountain mountains park square airport station
tower hotel museum stadium arena hall building church mosque temple cathedral palace project operation mission initiative fund`.split(
    /\s+/,
  ),
);
/** Plural nouns whose capitalised form names a group ("Democrats", "Republicans", "Senators"). */
const GROUP_PLURALS = new Set([
  'democrats',
  'republicans',
  'senators',
  'conservatives',
  'liberals',
  'progressives',
  'tories',
  'socialists',
  'communists',
  'muslims',
  'christians',
  'jews',
  'catholics',
  'evangelicals',
]);
/**
 * Speech that only an organisation makes: "X said its assets rose", "X said on its website".
 * ("X said in a statement" is no evidence either way: presidents and companies both issue them.)
 */
const ORG_SPEECH = /^(?:,[^,\n]{0,60},)?\s+(?:said|says|announced|reported)\s+(?:its|on its|in its)\s/u;
const SPEECH_AFTER =
  /^(?:,[^,]{0,60},)?\s+(?:said|says|told|added|warned|wrote|explained|argued|noted|asked|claimed|stated|insisted|responded|replied|continued|tweeted|posted|reported|announced|blasted)\b/u;
/** "the" right before a name: an unknown one-word name after it is an organisation ("the Trump"). */
const THE_BEFORE = /\bthe\s+$/i;
/** Prepositions of place: an unknown one-word name after them is a place ("in Murrayfield"). */
const PLACE_BEFORE = /\b(?:in|at|from|near|to|into|across|outside|inside)\s+$/u;
/** First words of multi-word place names ("West Indies", "Cape Town", "Port Louis"). */
const PLACE_FIRST = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'upper',
  'lower',
  'cape',
  'port',
  'lake',
  'mount',
  'mt',
  'gulf',
  'fort',
  'st',
  'st.',
  'saint',
  'kuala',
  'san',
  'los',
  'las',
  'new',
]);
/** Last words of place names ("Gulf Coast", "Bellerive Oval", "Uttar Pradesh" aside). */
const PLACE_LAST = new Set([
  'coast',
  'indies',
  'oval',
  'ground',
  'valley',
  'county',
  'province',
  'region',
  'district',
  'peninsula',
  'strait',
  'straits',
  'desert',
  'canyon',
  'falls',
  'heights',
  'hills',
  'springs',
  'beach',
  'harbour',
  'harbor',
  'point',
  'rapids',
  'pradesh',
]);
/** A word of a person's name: "Weah", "Jean-Luc", "O'Neill", "McLean", or an initial "B.". */
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}\u2019']+(?:-\p{Lu}?[\p{Ll}]+)*|\p{Lu}[\p{Ll}]*\p{Lu}[\p{Ll}]+|\p{Lu}\.)$/u;
const CONNECTOR_WORD = /^(?:de|da|du|del|della|di|van|von|der|den|le|la|al|bin|ibn)$/;
/** Honorifics alone are no role ("Mr.", "Mrs."); they still give gender. */
const HONORIFICS = /^(?:Mr|Mrs|Ms|Mx|Miss)\.?$/;
/** How many of an entity's mentions are read for roles and gender. */
const ROLE_MENTIONS = 25;
/** Longest run of names still read as one person; longer runs are lists ("Javier Pertile Paolo Vaccari"). */
const MAX_PERSON_WORDS = 4;
const SPEECH_BEFORE = /(?:said|says|told|added|warned|wrote|according to)\s+$/u;
/** First letters of the verbs of SPEECH_AFTER and ORG_SPEECH, last letters of SPEECH_BEFORE's: one bit per letter a-z. */
const SPEECH_AFTER_FIRST = letterBits(
  'said says told added warned wrote explained argued noted asked claimed stated insisted responded replied continued tweeted posted reported announced blasted',
);
const ORG_SPEECH_FIRST = letterBits('said says announced reported');
const SPEECH_BEFORE_LAST = letterBits('dias syas dlot dedda denraw etorw ot');

function letterBits(words: string): number {
  let bits = 0;
  for (const w of words.split(' ')) bits |= 1 << (w.charCodeAt(0) - 97);
  return bits;
}

function hasLetter(bits: number, c: number): boolean {
  return c >= 97 && c <= 122 && (bits & (1 << (c - 97))) !== 0;
}

/** White space right before `at`: THE_BEFORE and PLACE_BEFORE both end with it, so without it nothing is sliced. */
function spaceBefore(text: string, at: number): boolean {
  return at > 0 && isSpaceCode(text.charCodeAt(at - 1));
}

/**
 * The first word of a title prefix, lower-cased, without a final period ("sen" for "Sen. Rand"):
 * `slice.split(/\s+/)[0].toLowerCase().replace(/\.$/, '')` with one slice. (A prefix starts with a word.)
 */
function titleWordOf(text: string, prefix: Range): string {
  let end = prefix.start;
  while (end < prefix.end && !isSpaceCode(text.charCodeAt(end))) end++;
  if (end > prefix.start && text.charCodeAt(end - 1) === 46) end--;
  return text.slice(prefix.start, end).toLowerCase();
}

/**
 * `pattern` (SPEECH_AFTER or ORG_SPEECH: an optional ", ...," aside, then white space and a verb)
 * on the 90 characters after `at`, ruled out without a slice when no verb can start there.
 */
function speechAfter(text: string, at: number, pattern: RegExp, verbFirst: number): boolean {
  if (text.charCodeAt(at) !== 44) {
    if (!isSpaceCode(text.charCodeAt(at))) return false;
    const max = Math.min(text.length, at + 90);
    let i = at + 1;
    while (i < max && isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= max || !hasLetter(verbFirst, text.charCodeAt(i))) return false;
  }
  return pattern.test(text.slice(at, at + 90));
}

/** SPEECH_BEFORE on the 16 characters before `at`, ruled out without a slice when no verb can end there. */
function speechBefore(text: string, at: number): boolean {
  const min = Math.max(0, at - 16);
  let i = at - 1;
  if (i < min || !isSpaceCode(text.charCodeAt(i))) return false;
  while (i >= min && isSpaceCode(text.charCodeAt(i))) i--;
  if (i < min || !hasLetter(SPEECH_BEFORE_LAST, text.charCodeAt(i))) return false;
  return SPEECH_BEFORE.test(text.slice(min, at));
}

interface Entity {
  key: string;
  type: ActorType;
  /** The texts the entity is named by, in order of first use. */
  surfaces: Set<string>;
  mentions: Range[];
  roles: string[];
  gender: 'male' | 'female' | null;
  weight: number;
  first: number;
}

interface Candidate {
  range: Range;
  text: string;
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
}

export function findActors(doc: Doc): Actor[] {
  const { text } = doc;
  const candidates = classify(doc);
  // An acronym and its expansion are one organisation ("Federal Bureau of Investigation (FBI)").
  const acronyms = linkAcronyms(text, candidates);
  if (acronyms.alias.size) {
    for (const c of candidates) {
      const expansion = acronyms.alias.get(c.key);
      if (expansion !== undefined) c.key = expansion;
      if (expansion !== undefined || acronyms.expansions.has(c.key)) {
        if (c.type === 'person' || c.type === 'unknown') c.contextual = false;
        c.type = 'organization';
      }
    }
  }
  shortFormsOfOrganizations(candidates);
  const reg: Registry = {
    text,
    entities: [],
    byKey: { person: new Map(), organization: new Map(), country: new Map(), place: new Map(), group: new Map() },
    lines: new LineStarts(text),
  };
  const { entities, byKey } = reg;

  // Multi-word people first, so one-word mentions can find them; everything else in text order.
  const surname = new Map<string, number>();
  const forename = new Map<string, number>();
  // (A person's key is its lower-cased text: its words are split and folded once, at its first mention.)
  const personNames = new Map<string, PersonNames>();
  for (const c of candidates) {
    if (c.type !== 'person' || !c.text.includes(' ')) continue;
    let p = personNames.get(c.key);
    if (p === undefined) {
      const words = c.text.split(/\s+/);
      personNames.set(
        c.key,
        (p = {
          id: entityFor(reg, c, 'person', c.key),
          surname: fold(words[words.length - 1]),
          forename: fold(words[0]),
        }),
      );
    }
    // The last person with a surname takes it, the first with a forename keeps it.
    surname.set(p.surname, p.id);
    if (!forename.has(p.forename)) forename.set(p.forename, p.id);
  }
  const personMentions: PersonMention[] = [];
  const groupMentions: PersonMention[] = [];
  const sentenceOf = sentenceIndex(doc);
  for (const c of candidates) {
    let id: number;
    if (c.type === 'person' && c.text.includes(' ')) {
      id = byKey.person.get(c.key)!;
    } else if (
      c.type === 'person' ||
      c.type === 'unknown' ||
      (c.contextual && (surname.has(fold(c.text)) || anyKey(reg, c.key) !== undefined))
    ) {
      const lower = fold(c.text);
      const known = surname.get(lower) ?? forename.get(lower) ?? anyKey(reg, c.key);
      if (known === undefined && c.fragment) continue;
      // A one-word name no full name explains is a person only when it speaks, or has a person's
      // title; otherwise it is most often a club, company or town ("Porto", "Norilsk").
      id =
        known ??
        (c.type === 'person' || isFirstName(c.text) || speechAfter(text, c.range.end, SPEECH_AFTER, SPEECH_AFTER_FIRST)
          ? entityFor(reg, c, 'person', c.key)
          : entityFor(reg, c, 'organization', c.key));
    } else {
      id = entityFor(reg, c, c.type, c.key);
    }
    mention(reg, id, c);
    if (entities[id].type === 'person')
      personMentions.push({ actor: id, start: c.range.start, end: c.range.end, sentence: sentenceOf(c.range.start) });
    else if (entities[id].type === 'group')
      groupMentions.push({ actor: id, start: c.range.start, end: c.range.end, sentence: sentenceOf(c.range.start) });
    entities[id].weight += c.nested ? 0.25 : weightOf(doc, c.range, 1);
  }

  for (const p of [
    ...resolvePronouns(doc, personMentions, (a) => entities[a].gender),
    ...resolveGroupPronouns(doc, groupMentions),
  ]) {
    entities[p.actor].mentions.push(p.range);
    entities[p.actor].weight += weightOf(doc, p.range, 0.6);
  }

  let total = 0;
  for (const e of entities) total += e.weight;
  total ||= 1;
  const ranked: Ranked[] = [];
  for (const e of entities) ranked.push({ e, salience: e.weight / total });
  ranked.sort(bySalience);
  const actors: Actor[] = [];
  for (let index = 0; index < ranked.length; index++) {
    const { e, salience } = ranked[index];
    const forms = [...e.surfaces];
    const name = longest(forms);
    actors.push({
      id: `a${index + 1}`,
      name,
      type: e.type,
      roles: e.roles,
      aliases: without(forms, name),
      mentions: sortedByStart(e.mentions),
      salience: Math.round(salience * 1000) / 1000,
    });
  }
  return actors;
}

interface Ranked {
  e: Entity;
  salience: number;
}

function bySalience(a: Ranked, b: Ranked): number {
  return b.salience - a.salience || a.e.first - b.e.first;
}

/** The first of the longest forms. */
function longest(forms: string[]): string {
  let best = forms[0];
  for (const f of forms) if (f.length > best.length) best = f;
  return best;
}

/** `forms.filter((f) => f !== name)`. */
function without(forms: string[], name: string): string[] {
  const out: string[] = [];
  for (const f of forms) if (f !== name) out.push(f);
  return out;
}

interface PersonNames {
  id: number;
  surname: string;
  forename: string;
}

/** The entities of an article as findActors builds them. */
interface Registry {
  text: string;
  entities: Entity[];
  /** Entity ids by type, then key (one map per type: no "type:key" string built per lookup). */
  byKey: Record<ActorType, Map<string, number>>;
  lines: LineStarts;
}

function entityFor(reg: Registry, c: Candidate, type: ActorType, key: string): number {
  const ids = reg.byKey[type];
  let id = ids.get(key);
  if (id === undefined) {
    id = reg.entities.length;
    ids.set(key, id);
    reg.entities.push({
      key: `${type}:${key}`,
      type,
      surfaces: new Set(),
      mentions: [],
      roles: [],
      gender: null,
      weight: 0,
      first: c.range.start,
    });
  }
  return id;
}

/** An entity already known under this key, whatever its type ("in Medicare" and "Medicare said"). */
function anyKey(reg: Registry, key: string): number | undefined {
  const { byKey } = reg;
  return byKey.organization.get(key) ?? byKey.place.get(key) ?? byKey.person.get(key);
}

function mention(reg: Registry, id: number, c: Candidate): void {
  const e = reg.entities[id];
  e.surfaces.add(c.text);
  e.mentions.push(c.range);
  // Roles and gender are read from an entity's first mentions only: later ones rarely add any,
  // and an input of thousands of mentions stays linear and cheap.
  if (e.type === 'person' && e.mentions.length <= ROLE_MENTIONS) {
    for (const role of rolesAround(reg.text, c.range, c.prefix, reg.lines.startOf(c.range.start)))
      if (!e.roles.includes(role) && !HONORIFICS.test(role)) e.roles.push(role);
    const space = c.text.indexOf(' ');
    const g =
      (c.titleWord ? GENDER_OF_TITLE.get(c.titleWord) : undefined) ??
      (space >= 0 ? genderOfFirstName(c.text.slice(0, space)) : null);
    if (g && !e.gender) e.gender = g;
  }
}

/** A mention's weight: more in the title and lead paragraph, more as a speaker. */
function weightOf(doc: Doc, r: Range, base: number): number {
  let w = base;
  const lead = doc.titleRange ? doc.paragraphs[1] : doc.paragraphs[0];
  if ((doc.titleRange && r.start < doc.titleRange.end) || (lead && r.start >= lead.start && r.end <= lead.end))
    w *= 1.5;
  if (speechAfter(doc.text, r.end, SPEECH_AFTER, SPEECH_AFTER_FIRST) || speechBefore(doc.text, r.start)) w += 0.5;
  return w;
}

/** `ranges.sort` by start, with no sort (nor comparator calls) when they are in order already (most). */
function sortedByStart(ranges: Range[]): Range[] {
  for (let k = 1; k < ranges.length; k++) if (ranges[k].start < ranges[k - 1].start) return ranges.sort(byStart);
  return ranges;
}

function byStart(a: Range, b: Range): number {
  return a.start - b.start;
}

/**
 * `lineStart` for positions that come in text order (mentions do): the newlines are read once,
 * going forward, instead of a slice searched back from every mention.
 */
class LineStarts {
  private readonly text: string;
  /** The last position asked about, the last newline before it and the first at or after it (-1: none). */
  private at = 0;
  private before = -1;
  private next: number;

  constructor(text: string) {
    this.text = text;
    this.next = text.indexOf('\n');
  }

  startOf(at: number): number {
    if (at < this.at) return lineStart(this.text, at);
    while (this.next >= 0 && this.next < at) {
      this.before = this.next;
      this.next = this.text.indexOf('\n', this.next + 1);
    }
    this.at = at;
    const floor = Math.max(0, at - 400);
    return this.before >= floor ? this.before + 1 : floor;
  }
}

/** Where the line holding `at` starts, looking back no further than role scans ever reach. */
function lineStart(text: string, at: number): number {
  const floor = Math.max(0, at - 400);
  const k = text.slice(floor, at).lastIndexOf('\n');
  return k < 0 ? floor : floor + k + 1;
}

function sentenceIndex(doc: Doc): (at: number) => number {
  let k = 0;
  // Mentions come in text order, so a forward-moving cursor finds each sentence in linear time.
  return (at: number) => {
    while (k + 1 < doc.sentences.length && doc.sentences[k + 1].start <= at) k++;
    while (k > 0 && doc.sentences[k].start > at) k--;
    return k;
  };
}

/** Type every proper name, and widen it where the next word makes it a group or an organisation. */
function classify(doc: Doc): Candidate[] {
  const { text } = doc;
  const out: Candidate[] = [];
  const mixedForms: MixedForms = { names: doc.names, asked: new Map(), all: null };
  // What a name's text alone gives (its words, gazetteer entries) is worked out once per distinct name.
  const infos = new Map<string, NameInfo>();
  for (const n of splitLists(doc.names)) {
    let name = n.text;
    let range: Range = { start: n.start, end: n.end };
    let info = infos.get(name);
    if (info === undefined) infos.set(name, (info = nameInfo(name)));
    const { words, last, firstName } = info;
    const titleWord = n.prefix ? titleWordOf(text, n.prefix) : null;
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
      out.push({ range, text: name, type: 'group', key: name.toLowerCase().replace(/\./g, ''), titleWord: null });
      // "WTO leaders", "NTT official": the organisation is an actor of its own, named inside the group.
      if (!country && !isPlace(n.text) && (isAcronym(n.text) || ORGANIZATIONS.has(n.text.toLowerCase())))
        out.push({
          range: { start: n.start, end: n.end },
          text: n.text,
          type: 'organization',
          key: n.text.toLowerCase(),
          titleWord: null,
          nested: true,
        });
      continue;
    }
    if (nextWord && ORG_AFTER.has(nextWord) && !isOutlet(name)) {
      range = { start: n.start, end: n.end + 1 + nextWord.length };
      name = text.slice(range.start, range.end);
      out.push({ range, text: name, type: 'organization', key: name.toLowerCase(), titleWord: null });
      continue;
    }
    let key = info.lower;
    // What the name alone says (gazetteers, head words, shape) is the same at every mention.
    let known = info.known;
    if (known === undefined) known = info.known = staticType(name, info);
    if (known === 'skip') continue;
    let type: ActorType | 'unknown' | null;
    let fragment = false;
    let orgByContext = false;
    if (known === 'country') key = country!.name.toLowerCase();
    if (known === 'acronym') {
      // "CAMPESE", "CUP" in a heading: a word the article also writes in mixed case is that word
      // (the person or club it names), or, when it only stands inside longer names ("World Cup"),
      // a piece of one, not an acronym.
      const alone = name.includes('.') || name.includes(' ') ? undefined : mixedCaseForm(mixedForms, key);
      if (alone === undefined) type = 'organization';
      else {
        type = 'unknown';
        fragment = !alone;
      }
    } else if (known !== 'open') type = known;
    else if (words.length > 1 && looksLikePerson(text, n, info, titleWord)) type = 'person';
    else if (words.length > 1) type = hasOpener(info) ? null : 'organization';
    else if (titleWord && PERSON_TITLES.has(titleWord)) type = 'person';
    else if (spaceBefore(text, n.start) && THE_BEFORE.test(text.slice(Math.max(0, n.start - 4), n.start)))
      type = 'organization';
    else if (spaceBefore(text, n.start) && PLACE_BEFORE.test(text.slice(Math.max(0, n.start - 8), n.start)))
      type = 'place';
    else if (ORG_HEADS.has(last))
      type = null; // "Group", "League" alone name no one in particular
    else if (
      n.weak &&
      !speechAfter(text, n.end, SPEECH_AFTER, SPEECH_AFTER_FIRST) &&
      !isTeamInTable(text, n.start, n.end)
    )
      type = null; // "Attendance: 5,000"
    else type = 'unknown';
    // A dateline or a place word before it says place: "RANGOON 1996-12-06", "the city of Goma".
    if (
      (known === 'open' || known === 'acronym') &&
      type !== 'place' &&
      !(type === 'person' && (titleWord || firstName)) &&
      (isDateline(text, n.start, n.end) || placeBefore(text, n.start))
    )
      type = 'place';
    // What stands around a name says organisation: "the Madrid daily El Mundo", "Tallinna Pank said its".
    // A descriptor outweighs a first name ("the daily El Mundo"); speech does not ("Hassan Abbas said its").
    const titled = titleWord !== null && PERSON_TITLES.has(titleWord);
    if (
      (type === 'unknown' || (type === 'person' && !titled)) &&
      (ORG_DESCRIPTORS.has(lowerWordBefore(text, n.start, ORG_DESCRIPTOR_SHAPES) ?? '') ||
        (!firstName && speechAfter(text, n.end, ORG_SPEECH, ORG_SPEECH_FIRST)))
    ) {
      type = 'organization';
      orgByContext = true;
    }
    // "Luis Figo (Barcelona)", "Paulo Bento (Oviedo, Spain)": in brackets after a person, a club.
    if (
      (type === null || type === 'place' || type === 'unknown' || (type === 'person' && !firstName && !titled)) &&
      afterPersonInBrackets(text, n, out)
    )
      type = 'organization';
    // A club in a results, standings or fixture line: "Plymouth 4 Exeter 1", "TAMPA BAY 8 15 2".
    if (
      (type === null ||
        type === 'place' ||
        type === 'unknown' ||
        (type === 'person' && !firstName && !(titleWord && PERSON_TITLES.has(titleWord)))) &&
      isTeamInTable(text, n.start, n.end)
    )
      type = 'organization';
    if (type === null) continue;
    // "Queenslander Daniel Herbert", "Englishman Mark Cairns": a word before a first name is a
    // descriptor, not part of the name.
    if (type === 'person' && words.length === 3 && !firstName && isFirstName(words[1])) {
      range = { start: n.start + words[0].length + 1, end: n.end };
      name = text.slice(range.start, range.end);
      key = name.toLowerCase();
    }
    out.push({
      range,
      text: name,
      type,
      key,
      prefix: n.prefix,
      titleWord,
      contextual:
        (known === 'open' || (known === 'acronym' && type === 'unknown')) && words.length === 1 && !orgByContext,
      fragment,
    });
  }
  return out;
}

interface NameInfo {
  /** Split on white space (read-only: shared by every mention of the name). */
  words: string[];
  /** The last word, lower-cased. */
  last: string;
  lower: string;
  country: CountryEntry | null;
  /** The first word is a known first name. */
  firstName: boolean;
  /** What the name alone says of its type (staticType), once asked. */
  known?: StaticType;
  /** Some word is a common opener ("However"), once asked. */
  opener?: boolean;
}

/** Is some word of the name a common opener ("However", "Former")? Worked out once per name. */
function hasOpener(info: NameInfo): boolean {
  return (info.opener ??= info.words.some(isOpenerWord));
}

function isOpenerWord(w: string): boolean {
  return COMMON_OPENERS.has(w.toLowerCase());
}

type StaticType = ActorType | null | 'skip' | 'open' | 'acronym';

function nameInfo(name: string): NameInfo {
  // One word (most names): no regex split.
  const lower = name.toLowerCase();
  if (!/\s/.test(name))
    return {
      words: [name],
      last: lower,
      lower,
      country: countryOfLower(lower) ?? null,
      firstName: isFirstNameLower(lower),
    };
  const words = name.split(/\s+/);
  return {
    words,
    last: words[words.length - 1].toLowerCase(),
    lower,
    country: countryOfLower(lower) ?? null,
    firstName: isFirstName(words[0]),
  };
}

/**
 * The type a name has wherever it stands: 'skip' for adjectives (demonyms, "Kurdish"), null for
 * things ("Washington Treaty"), 'open' when the context has to decide, 'acronym' for a word in
 * capitals no gazetteer knows (an organisation, unless the article writes it in mixed case).
 */
function staticType(name: string, info: NameInfo): StaticType {
  const { words, last, lower: key, country } = info;
  if (NATIONALITY_ADJECTIVES.has(key)) return 'skip';
  if (country) return country.demonym ? 'skip' : 'country'; // "Russian territory": an adjective
  if (isPlaceLower(key)) return 'place';
  // "Secretary of State", "Minister of Finance": an office, not the ministry.
  if (words.length === 3 && words[1] === 'of' && PERSON_TITLES.has(words[0].toLowerCase())) return null;
  if (ORGANIZATIONS.has(key) || isOutletLower(key) || isPlatformLower(key) || (ORG_HEADS.has(last) && words.length > 1))
    return 'organization';
  if (THING_HEADS.has(last) && words.length > 1) return null;
  if (words.length > 1 && (PLACE_FIRST.has(words[0].toLowerCase()) || PLACE_LAST.has(last))) return 'place';
  if (GROUP_PLURALS.has(last)) return 'group';
  if (isAcronym(name)) return 'acronym';
  if (/\s(?:of|for)\s/.test(name)) return 'organization';
  return 'open';
}

/**
 * A multi-word name is a person when it opens with a first name or an initial, has a person's
 * title before it, or speaks ("Hassan Abbas said"); otherwise "Santa Fe" or "Bayer Leverkusen"
 * would be people.
 */
function looksLikePerson(text: string, n: NameSpan, info: NameInfo, titleWord: string | null): boolean {
  const { words, firstName } = info;
  if (hasOpener(info)) return false;
  if (firstName || /^\p{Lu}\.$/u.test(words[0])) return true;
  if (titleWord && PERSON_TITLES.has(titleWord)) return true;
  if (speechAfter(text, n.end, SPEECH_AFTER, SPEECH_AFTER_FIRST)) return true;
  // No direct evidence (the name lists miss many names, even "Donald"): a short run of plain
  // capitalised words with no place or country in it ("Real Madrid", "Werder Bremen" have one)
  // and none the article also writes in lower case ("Presidential Debates", "the debates").
  return (
    !n.common &&
    words.length <= 3 &&
    words.every((w) => (NAME_WORD.test(w) || CONNECTOR_WORD.test(w)) && !isPlace(w) && !countryOf(w))
  );
}

/**
 * "Santa Fe" after "Santa Fe Pacific Gold Corp", "Newmont" after "Newmont Mining Corp": the first
 * words of an organisation the article names in full are that organisation, when nothing else
 * (a first name, a title, a person of the article with that name) says they are a person.
 */
function shortFormsOfOrganizations(candidates: Candidate[]): void {
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
    for (let k = 1; k < words.length; k++) {
      const prefix = words.slice(0, k).join(' ').toLowerCase();
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
    people.add(fold(space < 0 ? c.text : c.text.slice(0, space)));
    people.add(fold(c.text.slice(c.text.lastIndexOf(' ') + 1)));
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
    }
  }
}

/**
 * The words of the article's names written in mixed case ("Campese", "Cup"), lower-cased: true
 * when one stands as a name by itself somewhere, false when only inside a longer one.
 */
function mixedCaseWords(names: NameSpan[]): Map<string, boolean> {
  const out = new Map<string, boolean>();
  // A name read again changes nothing: its words are already in.
  const done = new Set<string>();
  for (const n of names) {
    if (done.has(n.text)) continue;
    done.add(n.text);
    if (!hasLowerLetter(n.text)) continue;
    const words = n.text.split(' ');
    for (const w of words) {
      // Only the words written in mixed case count ("NYMEX" in "NYMEX Alberta" is still an acronym).
      if (w.length < 2 || !hasLowerLetter(w)) continue;
      const lower = w.toLowerCase();
      if (words.length === 1) out.set(lower, true);
      else if (!out.has(lower)) out.set(lower, false);
    }
  }
  return out;
}

/** How many words `mixedCaseForm` reads from the names one by one before it builds the whole map instead. */
const MIXED_LOOKUPS = 8;

interface MixedForms {
  names: NameSpan[];
  /** The words asked about so far, with their answers. */
  asked: Map<string, boolean | undefined>;
  /** `mixedCaseWords`, once more words were asked about than MIXED_LOOKUPS. */
  all: Map<string, boolean> | null;
}

/**
 * `mixedCaseWords(names).get(key)`: most articles ask about a few acronyms, or none, so each is
 * looked for in the names by itself; an article with many builds the map (and stays linear).
 */
function mixedCaseForm(m: MixedForms, key: string): boolean | undefined {
  if (m.all !== null) return m.all.get(key);
  if (m.asked.has(key)) return m.asked.get(key);
  if (m.asked.size >= MIXED_LOOKUPS) {
    m.all = mixedCaseWords(m.names);
    return m.all.get(key);
  }
  const form = mixedCaseWordOf(m.names, key);
  m.asked.set(key, form);
  return form;
}

/** What `mixedCaseWords` says of one lower-cased word, read from the names without building the map. */
function mixedCaseWordOf(names: NameSpan[], key: string): boolean | undefined {
  const ascii = isAscii(key);
  let inside = false;
  for (const n of names) {
    const t = n.text;
    if (ascii && t.length < key.length) continue;
    const single = t.indexOf(' ') < 0;
    for (let from = 0; ;) {
      let to = t.indexOf(' ', from);
      if (to < 0) to = t.length;
      if (
        to - from >= 2 &&
        (!ascii || to - from === key.length) &&
        sameLower(t, from, to, key, ascii) &&
        hasLowerIn(t, from, to)
      ) {
        if (single) return true;
        inside = true;
      }
      if (to === t.length) break;
      from = to + 1;
    }
  }
  return inside ? false : undefined;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

/**
 * `s.slice(from, to).toLowerCase() === key`, by char code while both are ASCII. (An ASCII key is
 * matched only by a word of its length: no character lower-cases into ASCII of another length.)
 */
function sameLower(s: string, from: number, to: number, key: string, ascii: boolean): boolean {
  if (!ascii) return s.slice(from, to).toLowerCase() === key;
  for (let i = from; i < to; i++) {
    let c = s.charCodeAt(i);
    if (c >= 128) return s.slice(from, to).toLowerCase() === key;
    if (c >= 65 && c <= 90) c += 32;
    if (c !== key.charCodeAt(i - from)) return false;
  }
  return true;
}

/** `hasLowerLetter(s.slice(from, to))`, without the slice while the text is ASCII. */
function hasLowerIn(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return LOWER_LETTER.test(s.slice(from, to));
  }
  return false;
}

/** How many words `text.split(' ')` gives. */
function wordCount(text: string): number {
  let k = 1;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) k++;
  return k;
}

const LOWER_LETTER = /\p{Ll}/u;

/** `/\p{Ll}/u.test(s)`, decided by char code while the text is ASCII. */
function hasLowerLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return LOWER_LETTER.test(s);
  }
  return false;
}

/**
 * A run of more than MAX_PERSON_WORDS plain names is a list (not one ending in "Corp"): read it as
 * two-word names. A name "of" a country is two names.
 */
function splitLists(names: NameSpan[]): NameSpan[] {
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
      !isKnownName(n.text)
    ) {
      const head = words.slice(0, of).join(' ');
      const tail = words[of + 1];
      out.push({ ...n, end: n.start + head.length, text: head, possessive: false });
      out.push({ start: n.end - tail.length, end: n.end, text: tail, possessive: n.possessive });
      continue;
    }
    if (
      words.length <= MAX_PERSON_WORDS ||
      isKnownName(n.text) ||
      ORG_HEADS.has(words[words.length - 1].toLowerCase()) ||
      words.some((w) => !/^\p{Lu}\p{Ll}+$/u.test(w))
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
    else if (c > 127 && /\p{Ll}/u.test(text[i])) i++;
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
  return noun !== null && PLACE_NOUNS_BEFORE_OF.has(noun);
}

/** The words looked for before a name (others are never sliced): descriptors, "of" and the nouns before it. */
const ORG_DESCRIPTOR_SHAPES = new WordShapes(ORG_DESCRIPTORS, 24);
const PLACE_DESCRIPTOR_SHAPES = new WordShapes([...PLACE_DESCRIPTORS, 'of'], 24);
const PLACE_NOUN_SHAPES = new WordShapes(PLACE_NOUNS_BEFORE_OF, 24);

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

/** A name word as a lookup key: lower case, curly apostrophe as straight ("O’Neill" = "O'Neill"). */
function fold(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower;
}
