/**
 * Merge: one entity per actor from the classified names. Multi-word people first, so one-word
 * mentions can find them ("Medvedev" -> "Dmitry Medvedev"); an acronym joins its expansion
 * (actors/acronyms.ts), the first words of an organisation named in full are that organisation;
 * countries merge by their canonical name, the rest by their lower-cased text. Roles and gender
 * are read at the first mentions (actors/roles.ts), pronouns resolved (actors/pronouns.ts), and
 * every mention adds its weight (actors/salience.ts).
 */
import type { ActorType, Range } from '../../schema/brief';
import type { Doc } from '../document';
import type { DocTokens } from '../text/word-tokens';
import { resolveGroupPronouns, resolvePronouns, type PersonMention } from './pronouns';
import { rolesAround } from './roles';
import { withRoleSubjects } from './role-subjects';
import { linkAcronyms } from './acronyms';
import { fold, type Candidate } from './classify';
import { mastheadShortForms, newsShortForms, shortFormsOfOrganizations } from './short-forms';
import { oneTypePerName } from './one-type-per-name';
import { SPEECH_AFTER, SPEECH_AFTER_FIRST, speechAfter } from './speech';
import { personEvidence } from './lone-name-speaker';
import { weightOf } from './salience';
import { namesAfterCapitalised } from './after-capitalised';
import { apposedGender } from './apposed-gender';
import { GENDER_OF_TITLE, PERSON_TITLES } from '../data/titles';
import { genderOfFirstName, isFirstName } from '../data/first-names';
import { lazyRegExp } from '../text/lazy-regexp';
import { quoteAt } from '../text/quotes';
import { furnitureAt } from '../text/furniture';

export interface Entity {
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

/** "of " right before a name: a title before it ("the President of Kessock") is the office of a place. */
const OF_BEFORE = /\bof\s+$/i;
/** Honorifics alone are no role ("Mr.", "Mrs."); they still give gender. */
const HONORIFICS = /^(?:Mr|Mrs|Ms|Mx|Miss)\.?$/;
/** How many of an entity's mentions are read for roles and gender. */
const ROLE_MENTIONS = 25;
/** ", 61, a retired teacher", ", 33, was arrested": an age in apposition, then lower-case prose (not "and"/"or"). */
const AGE_AFTER = lazyRegExp(String.raw`^,[ \t]+(\d{1,3}),[ \t]+(?!and\b|or\b)\p{Ll}`, 'u');

/** Keys of one-word names that some mention gives an age in apposition, or null when none does. */
function agedNames(text: string, candidates: Candidate[]): Set<string> | null {
  let aged: Set<string> | null = null;
  for (const c of candidates) {
    if (text.charCodeAt(c.range.end) !== 44 || c.text.includes(' ')) continue;
    const m = AGE_AFTER.exec(text.slice(c.range.end, c.range.end + 12));
    if (m && Number(m[1]) <= 120) (aged ??= new Set()).add(c.key);
  }
  return aged;
}

/** The entities of the article, each with its mentions, roles, gender and weight. */
export function mergeEntities(doc: Doc, candidates: Candidate[]): Entity[] {
  const { text } = doc;
  // An acronym and its expansion are one organisation ("Federal Bureau of Investigation (FBI)").
  const acronyms = linkAcronyms(text, candidates);
  if (acronyms.alias.size) {
    for (const c of candidates) {
      const expansion = acronyms.alias.get(c.key);
      if (expansion !== undefined) c.key = expansion;
      if (expansion !== undefined || acronyms.expansions.has(c.key)) {
        if (c.type === 'person' || c.type === 'unknown') c.contextual = false;
        c.type = 'organization';
        c.rules.push('merge/acronym-and-expansion');
      }
    }
  }
  oneTypePerName(candidates);
  shortFormsOfOrganizations(candidates);
  mastheadShortForms(candidates);
  newsShortForms(candidates);
  const reg: Registry = {
    text,
    entities: [],
    byKey: { person: new Map(), organization: new Map(), country: new Map(), place: new Map(), group: new Map() },
    lines: new LineStarts(text),
    genders: new Map(),
    words: doc.words,
  };
  const { entities, byKey } = reg;

  // Multi-word people first, so one-word mentions can find them; everything else in text order.
  const surname = new Map<string, number>();
  const forename = new Map<string, number>();
  // Surnames so far taken by a full name inside a quotation (a full name outside one takes them over).
  const quotedSurname = new Set<string>();
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
          surname: fold(words[surnameAt(words)]),
          forename: fold(words[0]),
        }),
      );
    }
    // The first person named in full takes the surname, and the first with a forename keeps it.
    // (merge/surname-of-first-named: "Donald Trump ... Ivanka Trump ... Trump says" is Donald; an
    // article names its principal first and calls relatives by their full or first names. A full
    // name outside quotations counts before one inside a quoted post: "Bob Mueller is conflicted"
    // in an embedded post, "Robert S. Mueller III" in the article's own words.)
    const taken = surname.has(p.surname);
    if (!taken || quotedSurname.has(p.surname)) {
      const quoted = quotedOrEmbedded(doc, c.range);
      if (!taken || !quoted) {
        surname.set(p.surname, p.id);
        if (quoted) quotedSurname.add(p.surname);
        else quotedSurname.delete(p.surname);
      }
    }
    if (!forename.has(p.forename)) forename.set(p.forename, p.id);
  }
  // One-word names with an age in apposition ("Halvorsen, 61, a retired teacher"): people.
  const aged = agedNames(text, candidates);
  // One-word bodies and places typed only by their neighbours ("the Kessock", "in Kessock"), by id.
  const guessed = new Set<number>();
  // One-word names typed an organisation for want of any evidence (merge/one-word-unexplained-organization), by id.
  const unexplained = new Set<number>();
  const personMentions: PersonMention[] = [];
  const groupMentions: PersonMention[] = [];
  const sentenceOf = sentenceIndex(doc);
  for (const c of candidates) {
    let id: number;
    let how: string;
    if (c.type === 'person' && c.text.includes(' ')) {
      id = byKey.person.get(c.key)!;
      how = 'merge/full-name';
    } else if (
      c.type === 'person' ||
      c.type === 'unknown' ||
      (c.contextual && (surname.has(c.folded) || anyKey(reg, c.key) !== undefined))
    ) {
      const lower = c.folded;
      const known = surname.get(lower) ?? forename.get(lower) ?? anyKey(reg, c.key);
      if (known === undefined && c.fragment) continue;
      // A one-word name no full name explains is a person only when it speaks, or has a person's
      // title; otherwise it is most often a club, company or town ("Porto", "Norilsk").
      if (known !== undefined) {
        id = known;
        // "the Kessock assassination" ... "President Kessock": a title says person, where a guess said body or place.
        // ("the President of Kessock" names the place).
        if (
          c.type === 'person' &&
          c.titleWord &&
          PERSON_TITLES.has(c.titleWord) &&
          guessed.has(id) &&
          !OF_BEFORE.test(text.slice(Math.max(0, c.range.start - 4), c.range.start))
        )
          retype(reg, id, 'person', c.key);
        // "at Kessock" ... "Kessock told reporters": a guessed place that opens a sentence and speaks
        // is a body (a restaurant chain, a venue's company), not the place it was guessed to be.
        // ("The consulate in Kessock says", "a force for eastern Kessock said": a place still.)
        else if (
          reg.entities[id].type === 'place' &&
          guessed.has(id) &&
          opensSentence(text, c.range.start) &&
          speechAfter(text, c.range.end, SPEECH_AFTER, SPEECH_AFTER_FIRST)
        )
          retype(reg, id, 'organization', c.key);
        // "opened by Okonkwo" ... "“We are ready,” Okonkwo said": a one-word name guessed an
        // organisation for want of evidence is a person when a later mention speaks as people do.
        else if (unexplained.has(id)) {
          const evidence = personEvidence(text, c.range.start, c.range.end);
          if (evidence !== null) {
            unexplained.delete(id);
            retype(reg, id, 'person', c.key);
            c.rules.push(evidence);
          }
        }
        how = surname.has(lower)
          ? 'merge/surname-of-named-person'
          : forename.has(lower)
            ? 'merge/forename-of-named-person'
            : 'merge/same-name-as-known-actor';
      } else if (
        c.type === 'person' ||
        isFirstName(c.text) ||
        speechAfter(text, c.range.end, SPEECH_AFTER, SPEECH_AFTER_FIRST) ||
        aged?.has(c.key)
      ) {
        id = entityFor(reg, c, 'person', c.key);
        how = 'merge/one-word-person-titled-first-name-or-speaking';
      } else {
        id = entityFor(reg, c, 'organization', c.key);
        guessed.add(id);
        unexplained.add(id);
        how = 'merge/one-word-unexplained-organization';
      }
    } else {
      const fresh = reg.byKey[c.type].get(c.key) === undefined;
      id = entityFor(reg, c, c.type, c.key);
      if (fresh && c.contextual) guessed.add(id);
      how = 'merge/same-type-and-key';
    }
    mention(reg, id, c);
    if (doc.trace) {
      for (const r of c.rules) doc.trace.add('actor', c.range.start, c.range.end, r);
      doc.trace.add('actor', c.range.start, c.range.end, how);
    }
    // A photo credit or caption ("© EPA Pope Francis's trip to Chile ...") names who is pictured, not
    // whom the next sentence's "he" means (rule coref/no-caption-antecedent).
    if (entities[id].type === 'person' && !isCaption(doc, c.range))
      personMentions.push({ actor: id, start: c.range.start, end: c.range.end, sentence: sentenceOf(c.range.start) });
    else if (entities[id].type === 'group')
      groupMentions.push({ actor: id, start: c.range.start, end: c.range.end, sentence: sentenceOf(c.range.start) });
    entities[id].weight += c.nested ? 0.25 : weightOf(doc, c.range, 1);
  }

  for (const e of loneGivenNameGender(reg))
    if (doc.trace) for (const r of e.mentions) doc.trace.add('actor', r.start, r.end, 'merge/lone-given-name-gender');

  for (const p of [
    ...resolvePronouns(doc, withRoleSubjects(doc, entities, personMentions), (a) => entities[a].gender),
    ...resolveGroupPronouns(doc, groupMentions),
  ]) {
    entities[p.actor].mentions.push(p.range);
    doc.trace?.add('actor', p.range.start, p.range.end, 'merge/pronoun');
    entities[p.actor].weight += weightOf(doc, p.range, 0.6);
  }

  return entities;
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
  /** The gender of each first word looked up so far: a person of no known gender asks again at every mention. */
  genders: Map<string, 'male' | 'female' | null>;
  /** The document's words (namesAfterCapitalised reads their starts, not every character). */
  words: DocTokens;
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

/** Does the name at `start` open its sentence (only white space, or a sentence's end, before it)? */
function opensSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i < 0) return true;
  const c = text.charCodeAt(i);
  return c === 10 || c === 13 || c === 46 || c === 33 || c === 63;
}

/**
 * A guessed one-word body or place that later evidence types otherwise: a person's title names it
 * ("President Kessock"), or, guessed a place, it speaks (a body).
 */
function retype(reg: Registry, id: number, type: ActorType, key: string): void {
  const e = reg.entities[id];
  if (e.type === type || reg.byKey[type].has(key)) return;
  reg.byKey[e.type].delete(key);
  reg.byKey[type].set(key, id);
  e.type = type;
  e.key = `${type}:${key}`;
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
    // (The first gender found stays: once there is one, nothing more is looked up.)
    if (!e.gender) {
      const space = c.text.indexOf(' ');
      const g =
        (c.titleWord ? GENDER_OF_TITLE.get(c.titleWord) : undefined) ??
        (space >= 0 ? firstNameGender(reg, c.text.slice(0, space)) : null) ??
        apposedGender(reg.text, c.range);
      if (g) e.gender = g;
    }
  }
}

/**
 * Rule merge/lone-given-name-gender: a person the article names only by a given name ("Melanie
 * said", "a caller who gave his name as Rick") takes the name's usual gender, as a full name's
 * first word gives it, so that "he" does not resolve to Melanie. A person also named in full
 * ("Chris Christie", then "Christie"), or whose word follows another capitalised word anywhere
 * ("Chief U. Renee Hall"), is left alone: the lone word is a surname there.
 * @returns the people it gave a gender, in the order of `reg.entities`.
 */
function loneGivenNameGender(reg: Registry): Entity[] {
  const lone: { e: Entity; word: string; g: 'male' | 'female' }[] = [];
  for (const e of reg.entities) {
    if (e.type !== 'person' || e.gender || e.surfaces.size !== 1) continue;
    const [word] = e.surfaces;
    if (word.includes(' ') || word.includes('.')) continue;
    const g = firstNameGender(reg, word);
    if (g) lone.push({ e, word, g });
  }
  if (lone.length === 0) return [];
  // A word that stands after another capitalised word anywhere in the text ("Chief U. Renee
  // Hall") ends a longer name there: a surname, whatever the lists of given names say.
  const surnames = namesAfterCapitalised(reg.text, new Set(lone.map((l) => l.word)), reg.words);
  const gendered: Entity[] = [];
  for (const { e, word, g } of lone) {
    if (surnames.has(word)) continue;
    e.gender = g;
    gendered.push(e);
  }
  return gendered;
}

/** `genderOfFirstName`, each word looked up once per article (the names' map is large; this one is small). */
function firstNameGender(reg: Registry, word: string): 'male' | 'female' | null {
  let g = reg.genders.get(word);
  if (g === undefined) reg.genders.set(word, (g = genderOfFirstName(word)));
  return g;
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

/** Is the name inside a photo credit or caption line (page furniture of kind "credit" or "copyright")? */
function isCaption(doc: Doc, r: Range): boolean {
  if (doc.furniture.length === 0) return false;
  const kind = furnitureAt(doc.furniture, r.start, r.end)?.kind;
  return kind === 'credit' || kind === 'copyright';
}

/** Is the name inside a quotation or an embedded post (someone else's words, not the article's)? */
function quotedOrEmbedded(doc: Doc, r: Range): boolean {
  return quoteAt(doc.quotes, r.start) !== null || furnitureAt(doc.furniture, r.start, r.end)?.kind === 'embed';
}

/** Words after a surname that tell a generation ("Robert S. Mueller III", "Dan Ruiz Jr."), folded. */
const GENERATIONS: ReadonlySet<string> = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/**
 * Which word of a full name is the surname: the last, or the one before a generation ("III",
 * "Jr."). A numeral after a forename is a regnal name ("John Paul II", "Paul VI"): no surname
 * there, and the numeral stays the key, so the apostle "Paul" is not the pope.
 */
function surnameAt(words: string[]): number {
  const last = words.length - 1;
  if (last < 2 || !GENERATIONS.has(fold(words[last]))) return last;
  return isFirstName(words[last - 1]) ? last : last - 1;
}
