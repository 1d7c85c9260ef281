/**
 * The speaker-slot check: a pass over the claims after attribution (and after the furniture filter)
 * that holds every claim's speaker to what a speaker slot can hold (issue 16, speakers):
 *
 * - a known actor's mention that is a speaker, not a place ("Beijing", "Capitol Hill"), a party tag
 *   ("(R-Ohio)"), a credit line's doubled word ("Photos Photos"), or a phrase that holds neither
 *   the actor's name nor a pronoun for it;
 * - a pronoun resolved to an actor: an unresolved "it"/"they" takes the speaker of the claim just
 *   before it when that speaker is a body (an organisation, a ministry), and "he said of X" never
 *   makes X the speaker;
 * - a sourcing phrase with a person or agency head ("a person with knowledge of the talks", "the
 *   health ministry"), never a negated one ("no envoy");
 * - a name: capitalised words, not one common word capitalised at a line's start ("Lawyer: ...").
 *
 * Anything else (a function word, a verb, a time phrase, a sentence fragment) gives `speaker: null`,
 * or the speaker it can be re-pointed to (a place after a preposition: "an official in Beijing" is
 * the official; a party tag: the name before it). A source made only from a nulled speaker goes too.
 * Linear in the claims plus a bounded look around each.
 */
import type { Actor, Claim, Source, Speaker } from '../../schema/brief';
import type { Doc } from '../document';
import type { Extracted } from '../furniture-filter';
import { FUNCTION_WORDS, CALENDAR_WORDS } from '../data/common-words';
import { ANONYMOUS_HEADS, DOCUMENT_NOUNS, OFFICIAL_TITLES, SPEAKER_PRONOUNS } from '../data/source-terms';
import { PERSON_TITLES, TITLE_WORDS } from '../data/titles';
import { NEGATIVE_DETERMINERS, PERSON_HEADS } from '../data/speaker-heads';
import { QUANTIFIER_SUBJECTS } from '../data/quantifier-subjects';
import { FINITE_VERBS } from '../data/speaker-words';
import { LowerWords } from './lower-words';
import { isGerundShape, isHeadless } from './speaker-head';
import { placeMatches } from './place-matches';
import { Handles } from './handles';
import { labelLineStart } from './label-line';
import { lazyRegExp } from '../text/lazy-regexp';
import { isPersonByRole } from './pronoun-fit';

const RE_PARTY_TAG_SHAPE = lazyRegExp(String.raw`^\p{Lu}-\p{Lu}`, 'u');
const RE_PRONOUN_CONTRACTION = lazyRegExp(String.raw`^(\p{L}+)[\u2019'](?:re|m|ve|ll|d)$`, 'iu');
const RE_LABEL_ONLY = lazyRegExp(String.raw`^\s*[\p{L}-]+:\s*$`, 'u');

const WORD = lazyRegExp(String.raw`[\p{L}\p{N}][\p{L}\p{N}'\u2019.&-]*`, 'gu');
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'von', 'van', 'al', 'bin', '&']);
const BODY_TYPES = new Set<Actor['type']>(['organization', 'country', 'group']);
/** How far back an unresolved "it" may look for the claim whose speaker it continues. */
const CARRY_WINDOW = 800;

/** The prepositions of beforePlace's pattern. */
const PLACE_PREPOSITIONS = ['in', 'at', 'on'];
/** A word of four letters or more closing a sentence ("Monday. "): an abbreviation ("Sen.", "U.S.") is shorter. */
const RE_SENTENCE_END = lazyRegExp(String.raw`\p{L}{4,}[.!?]\s+`, 'gu');

/** The words after the last sentence end in `s` ("the bridge on Monday. Officials" -> "Officials"). */
function afterSentenceEnd(s: string): string {
  let from = 0;
  for (const m of s.matchAll(RE_SENTENCE_END)) from = (m.index ?? 0) + m[0].length;
  return s.slice(from);
}

const isCap = (w: string) => /^\p{Lu}/u.test(w);
const bare = (w: string) =>
  w
    .toLowerCase()
    .replace(/[\u2019']s$/u, '')
    .replace(/\.$/, '');

function isHead(w: string): boolean {
  const x = bare(w);
  return isHeadWord(x) || (x.endsWith('s') && isHeadWord(x.slice(0, -1)));
}

function isHeadWord(x: string): boolean {
  return (
    PERSON_HEADS.has(x) ||
    ANONYMOUS_HEADS.has(x) ||
    OFFICIAL_TITLES.has(x) ||
    DOCUMENT_NOUNS.has(x) ||
    TITLE_WORDS.has(x) ||
    PERSON_TITLES.has(x)
  );
}

/** What slotKind asks of the article's lower-case words. */
export type WordSet = Pick<ReadonlySet<string>, 'has'>;

export { lowerCaseWords } from './lower-words';

const CONTRACTION = /(?:n[\u2019']t|[\u2019'](?:re|m|ve|ll|d))$/iu;
const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that', 'familiar', 'close', 'with']);
/** Pronouns that may stand for an actor in a speaker phrase as attribution wrote it ("he wouldn't", "him"). */
const OBJECT_PRONOUNS = new Set([...SPEAKER_PRONOUNS, 'him', 'her', 'them', 'us', 'me', 'his', 'their', 'its']);
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those']);

/**
 * What the phrase in a speaker slot is: a name, a phrase that can speak (a noun phrase), a pronoun,
 * or nothing that speaks. "Nothing" is decided by shape, not by a list of nouns: a word of grammar
 * alone ("doesn't", "despite"), a date word, a negated subject ("no envoy"), a number ("Twelve
 * percent"), a pronoun with words after it ("I am"), a clause (a verb and its object: "Bullets
 * contain a charge"), a credit line's doubled word, a party tag.
 */
export function slotKind(name: string, lowerWords: WordSet): SlotKind {
  // The same phrases fill many slots of one article ("he", "the official"): each is read once per
  // article (the answer depends only on the phrase and the article's lower-case words).
  let known = SLOT_KINDS.get(lowerWords);
  if (known === undefined) SLOT_KINDS.set(lowerWords, (known = new Map()));
  let kind = known.get(name);
  if (kind === undefined) known.set(name, (kind = readSlotKind(name, lowerWords)));
  return kind;
}

/** A count heading a speaker phrase (speakers/count-phrase.ts): "62 percent of ...", "40% of ...", "12 lawmakers"; not a clause ("18,000 jobs added"). */
const RE_COUNT_HEAD = /^(?!.*\b[a-z]{3,}(?:ed|ing)$)\d[\d,.]*(?:\s*%|\s+per(?:\s?cent)?\b|\s+[a-z]{2,}[^s\W]s\b)/;

type SlotKind = 'name' | 'phrase' | 'common' | 'pronoun' | 'none';
/** slotKind's answers, per set of lower-case words (one per article, never changed once made), let go with it. */
const SLOT_KINDS = new WeakMap<WordSet, Map<string, SlotKind>>();

function readSlotKind(name: string, lowerWords: WordSet): SlotKind {
  const words = name.match(WORD) ?? [];
  const first = (words[0] ?? '').toLowerCase();
  if (!first) return 'none';
  if (words.length === 1 && SPEAKER_PRONOUNS.has(first)) return 'pronoun';
  if (NEGATIVE_DETERMINERS.has(first)) return 'none';
  // A number is no speaker, unless it counts the phrase's head ("62 percent of voters", "12 lawmakers").
  if ((/^\d[\d,.]*$/.test(first) && !RE_COUNT_HEAD.test(name)) || words.some((w) => CONTRACTION.test(w))) return 'none';
  if (words.length > 1 && SPEAKER_PRONOUNS.has(first)) return 'none';
  // A party or state tag standing alone ("R-Texas", "D-Calif.") is not a speaker.
  if (words.length === 1 && RE_PARTY_TAG_SHAPE.test(words[0] ?? '')) return 'none';
  if (words.length === 2 && words[0] === words[1]) return 'none';
  if (words.length === 1) {
    const low = first.replace(/\.$/, '');
    if (isHead(first)) return 'phrase';
    // "Some say ...", "many argue ...": a quantifier standing alone for unnamed people (rule cue/quantifier-subject).
    if (QUANTIFIER_SUBJECTS.has(low)) return 'phrase';
    if (FUNCTION_WORDS.has(low) || CALENDAR_WORDS.has(low)) return 'none';
    return isCap(words[0] ?? '') && !lowerWords.has(low) ? 'name' : 'common';
  }
  // A finite auxiliary inside the phrase, before any relative pronoun: a clause ("Symptoms can
  // include painful", "there had been other incidents", "Mariawald was consequently affiliated").
  for (let i = 1; i < words.length - 1; i++) {
    const w = words[i] ?? '';
    if (RELATIVES.has(w.toLowerCase())) break;
    if (FINITE_VERBS.has(w)) return 'none';
  }
  // A determiner after a word that is not one of grammar: a verb and its object, a clause.
  for (let i = 2; i < words.length; i++) {
    const w = (words[i - 1] ?? '').toLowerCase();
    if (RELATIVES.has(w)) break; // "one of the doctors who sent the letter": a relative clause is fine
    // "a lawyer representing the family": a participle after its head noun is a reduced relative.
    if (
      w.endsWith('ing') &&
      i >= 3 &&
      PERSON_HEADS.has((words[i - 2] ?? '').toLowerCase()) &&
      DETERMINERS.has((words[i - 3] ?? '').toLowerCase())
    )
      continue;
    if (DETERMINERS.has((words[i] ?? '').toLowerCase()) && !FUNCTION_WORDS.has(w)) return 'none';
  }
  const content = words.filter((w) => !CONNECTORS.has(w.toLowerCase()));
  return content.length > 0 && content.every(isCap) ? 'name' : 'phrase';
}

function namesActor(actor: Actor, word: string): boolean {
  const w = bare(word);
  return [actor.name, ...actor.aliases].some((n) => (n.match(WORD) ?? []).some((x) => bare(x) === w));
}

/** The phrase without the auxiliaries, negations and adverbs that end it ("his aides haven't" -> "his aides"). */
function trimAuxiliaries(name: string): string | null {
  // "I've", "you're": the pronoun is the speaker, the auxiliary is not.
  const pronoun = RE_PRONOUN_CONTRACTION.exec(name.trim());
  if (pronoun && SPEAKER_PRONOUNS.has((pronoun[1] ?? '').toLowerCase())) return pronoun[1] ?? null;
  const words = name.split(/\s+/);
  let n = words.length;
  while (n > 1) {
    const w = (words[n - 1] ?? '').toLowerCase();
    if (CONTRACTION.test(w) || FUNCTION_WORDS.has(w) || w.endsWith('ly')) n--;
    else break;
  }
  return n < words.length && n > 0 ? words.slice(0, n).join(' ') : null;
}

interface Mention {
  start: number;
  end: number;
  actor: Actor;
}

export function checkSpeakers(doc: Doc, items: Extracted): Extracted {
  const trace = doc.trace;
  const check = new SpeakerCheck(doc, items);
  const { nulled } = check;
  // The claims as checked, made at their size (grown by push, a list of tens of thousands is
  // copied into a fresh large object at each growth).
  const claims = new Array<Claim>(items.claims.length);
  for (let ix = 0; ix < items.claims.length; ix++) {
    const claim = items.claims[ix];
    const fixed = check.checkOne(claim, ix > 0 ? claims[ix - 1] : null, ix > 1 ? claims[ix - 2] : null);
    if (fixed !== claim) trace?.add('claim', claim.start, claim.end, `speakers/${fixed.speaker ? 're-point' : 'null'}`);
    claims[ix] = fixed;
  }

  // A source that only stood for a nulled speaker (named like it, cited by no claim now) goes too.
  let sources: Source[] = items.sources;
  if (nulled.size) {
    const cited = new Set<string>();
    for (const c of claims) for (const id of c.sourceIds) cited.add(id);
    const speakers = new Set<string>();
    for (const c of claims) if (c.speaker?.name) speakers.add(c.speaker.name);
    sources = items.sources.filter((s) => !(nulled.has(s.name) && !cited.has(s.id) && !speakers.has(s.name)));
  }
  return { ...items, claims, sources };
}

/**
 * One brief's speaker check: what the claims are checked against, and the checks. A class, not
 * closures made per brief: the bundler's keepNames names each closure every time it is made (a
 * defineProperty each, a dozen per brief here), while a method is named once.
 */
class SpeakerCheck {
  readonly text: string;
  /** Looked up only for capitalised one-word slots, by search before any set is built (lower-words.ts). */
  readonly lowerWords: WordSet;
  readonly byId: Map<string, Actor>;
  /** Sorted on the first look-up: most articles' claims never ask for it. */
  private sortedMentions: Mention[] | undefined;
  // "@name" and "which mention starts where" by index: per claim, a scan of the text or of an
  // actor's mentions made claim-dense text quadratic.
  readonly handles: Handles;
  private readonly mentionStarts = new Map<Actor, Set<number>>();
  private readonly sourceById: Map<string, Source>;
  /** The names of the speakers nulled so far. */
  readonly nulled = new Set<string>();

  constructor(
    readonly doc: Doc,
    readonly items: Extracted,
  ) {
    this.text = doc.text;
    this.lowerWords = new LowerWords(doc.text, doc.words);
    this.byId = new Map(items.actors.map((a) => [a.id, a]));
    this.handles = new Handles(doc.text);
    this.sourceById = new Map(items.sources.map((s) => [s.id, s]));
  }

  allMentions(): Mention[] {
    if (this.sortedMentions) return this.sortedMentions;
    const mentions: Mention[] = [];
    for (const actor of this.items.actors) for (const m of actor.mentions) mentions.push({ ...m, actor });
    return (this.sortedMentions = mentions.sort((a, b) => a.start - b.start));
  }

  mentionEndingAt(end: number): Actor | null {
    const mentions = this.allMentions();
    // Binary search for the last mention starting before `end`, then a short scan back.
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid].start < end) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) if (mentions[i].end === end) return mentions[i].actor;
    return null;
  }

  startsOf(actor: Actor): Set<number> {
    let starts = this.mentionStarts.get(actor);
    if (!starts) {
      starts = new Set();
      for (const m of actor.mentions) starts.add(m.start);
      this.mentionStarts.set(actor, starts);
    }
    return starts;
  }

  sourceNamed(id: string, name: string): boolean {
    return this.sourceById.get(id)?.name === name;
  }

  /** `before` and `earlier`: the two claims checked last, as checked (the one before `before` is `earlier`). */
  checkOne(claim: Claim, before: Claim | null, earlier: Claim | null): Claim {
    const sp = claim.speaker;
    if (!sp) return claim;
    const actor = sp.actorId ? (this.byId.get(sp.actorId) ?? null) : null;
    const kind = slotKind(sp.name, this.lowerWords);

    // "..., he said of X": X is whom the words are about, not who said them.
    if (actor && this.saidOf(claim, actor)) {
      const carriedOver = before?.speaker?.actorId ? this.byId.get(before.speaker.actorId) : undefined;
      return carriedOver && carriedOver.type === 'person' && carriedOver.id !== actor.id
        ? this.withSpeaker(claim, sp, before!.speaker)
        : this.withSpeaker(claim, sp, null);
    }
    if (kind === 'pronoun') {
      if (actor || sp.anonymous) return claim;
      const low = sp.name.toLowerCase();
      if (low !== 'it' && low !== 'they') return claim;
      // An unresolved "it said" continues the body that spoke just before.
      const b = before?.speaker;
      if (b && before!.end <= claim.start + CARRY_WINDOW && claim.start - before!.end <= CARRY_WINDOW) {
        if (this.canBeIt(b)) return this.withSpeaker(claim, sp, b);
        // "the message says ... a spokeswoman said ... “...,” it says": past the one person, the
        // record or body named by a common noun in the sentence before ("the message", "the
        // embassy"). Only for a quotation: "for what it said" has its own sentence's antecedent.
        const e = earlier?.speaker;
        if (
          low === 'it' &&
          claim.kind === 'direct' &&
          e &&
          !e.actorId &&
          this.isPersonSpeaker(b) &&
          sentenceEndsBetween(this.doc.text, earlier!.end, before!.start) <= 1 &&
          this.canBeIt(e)
        )
          return this.withSpeaker(claim, sp, e);
      }
      return claim; // left as attribution resolved it: coreference may know better than this pass
    }
    if (actor) {
      if (actor.type === 'place') {
        // "The wife of the Ohio man": the phrase speaks, not the place inside it.
        if (kind === 'phrase' && sp.name !== actor.name) return this.withSpeaker(claim, sp, { ...sp, actorId: null });
        const named = this.beforePlace(claim, sp);
        if (named) return this.withSpeaker(claim, sp, named);
        // "PLACE: text" with no verb of saying is a dateline, not a place speaking.
        return claim.cue ? claim : this.withSpeaker(claim, sp, null);
      }
      if (RE_PARTY_TAG_SHAPE.test(sp.name)) return this.withSpeaker(claim, sp, this.partyTagOwner(claim, sp.name));
      const words = sp.name.match(WORD) ?? [];
      // A slot that holds neither the actor's name nor a pronoun for it names someone else, or nobody.
      if (kind === 'none' && !words.some((w) => OBJECT_PRONOUNS.has(w.toLowerCase()) || namesActor(actor, w)))
        return this.withSpeaker(claim, sp, null);
      return claim;
    }
    if (kind === 'none') {
      // "his aides haven't": the noun phrase before the auxiliary is the speaker.
      const trimmed = trimAuxiliaries(sp.name);
      const k = trimmed ? slotKind(trimmed, this.lowerWords) : 'none';
      return this.withSpeaker(
        claim,
        sp,
        trimmed && (k === 'phrase' || k === 'pronoun') ? { ...sp, name: trimmed } : null,
      );
    }
    // "Eventually", "the final", "the same time", "heard": a slot with no noun that can speak names no one.
    // (A lower-case handle the text also writes with its "@" is a user: "nycsouthpaw".)
    if (
      (kind === 'common' || kind === 'phrase' || (kind === 'name' && !/\s/.test(sp.name.trim()))) &&
      !sp.anonymous &&
      isHeadless(sp.name, isHead) &&
      !this.handles.has(sp.name)
    )
      return this.withSpeaker(claim, sp, null);
    // "Vilifying those who disagree ... is his way": an activity heading a subject clause speaks for no one.
    if (kind === 'common' && isGerundShape(sp.name)) return this.withSpeaker(claim, sp, null);
    // "Lawyer: ..." with no verb of saying: a headline's label, not a speaker.
    // A bare noun with no determiner and no verb of saying is a label: "Lawyer: ...", "Update: ...".
    if ((kind === 'common' || kind === 'phrase') && !claim.cue && this.labelBefore(claim, sp.name))
      return this.withSpeaker(claim, sp, null);
    return claim;
  }

  /** A body, a country or a phrase that is no person by role ("the message", "the agency"): what "it" can carry on. */
  canBeIt(b: Speaker): boolean {
    if (isPersonByRole(b.name)) return false;
    const bActor = b.actorId ? this.byId.get(b.actorId) : undefined;
    if (bActor) return BODY_TYPES.has(bActor.type);
    return slotKind(b.name, this.lowerWords) === 'phrase' && !b.anonymous;
  }

  /** A person by role or by actor ("an embassy spokeswoman", "the GOP candidate", "Jinnie Lee"). */
  isPersonSpeaker(b: Speaker): boolean {
    const bActor = b.actorId ? this.byId.get(b.actorId) : undefined;
    return isPersonByRole(b.name) || bActor?.type === 'person';
  }

  /** The claim with its speaker replaced; a nulled speaker's name noted, and its own sources dropped. */
  withSpeaker(claim: Claim, sp: Speaker, speaker: Speaker | null): Claim {
    if (!speaker) this.nulled.add(sp.name);
    const sourceIds = speaker ? claim.sourceIds : claim.sourceIds.filter((id) => !this.sourceNamed(id, sp.name));
    return { ...claim, speaker, sourceIds };
  }

  /** "Word: text" opening a line, with the speaker that one word: a heading's label. */
  labelBefore(claim: Claim, name: string): boolean {
    // "Poll: ..." names the document the line reports; a person's label ("Lawyer:") names nobody.
    if (/\s/.test(name.trim()) || DOCUMENT_NOUNS.has(name.toLowerCase())) return false;
    // (Read back over the label only: a long line of claims is not read again per claim.)
    const lineStart = labelLineStart(this.text, claim.start);
    return (
      lineStart >= 0 &&
      RE_LABEL_ONLY.test(this.text.slice(lineStart, claim.start)) &&
      this.text.startsWith(name, this.text.indexOf(name, lineStart))
    );
  }

  /** "..., he said of Paddock." right after the claim, with X the speaker's actor. */
  saidOf(claim: Claim, actor: Actor): boolean {
    const after = this.text.slice(claim.end, claim.end + 80);
    const m = /^[\s"\u201d\u2019',]*(?:he|she|they)\s+[a-z]+\s+of\s+/i.exec(after);
    if (!m) return false;
    const at = claim.end + m[0].length;
    return this.startsOf(actor).has(at);
  }

  /** "an embassy official in Beijing told ...": the phrase before the preposition is the speaker. */
  beforePlace(claim: Claim, sp: Speaker): Speaker | null {
    if (!claim.cue) return null;
    const lo = Math.max(0, claim.start - 300);
    const around = this.text.slice(lo, Math.min(this.text.length, claim.end + 200));
    // The pattern needs "in|at|on <place>, <cue>" or "in|at|on <place> <cue>": without one, no search is made.
    const tails = [` ${sp.name} ${claim.cue}`, ` ${sp.name}, ${claim.cue}`];
    if (!PLACE_PREPOSITIONS.some((p) => tails.some((t) => around.includes(p + t)))) return null;
    // (The matches of /((?:[\p{L}\p{N}.'’-]+ ){0,5}?)(?:in|at|on) NAME,? CUE\b/gu, found without building it per claim.)
    for (const m of placeMatches(around, sp.name, claim.cue)) {
      const phrase = afterSentenceEnd(m.prefix)
        .trim()
        .replace(/^(?:and|but|or|that|while|as)\s+/i, '');
      const words = phrase.match(WORD) ?? [];
      if (words.length === 0) continue;
      const k = slotKind(phrase, this.lowerWords);
      if (k === 'phrase' || k === 'name') {
        const start = lo + m.index + m.prefix.indexOf(phrase);
        const owner = this.mentionEndingAt(start + phrase.length);
        if (owner && owner.type !== 'place') return { name: owner.name, actorId: owner.id, anonymous: false };
        return { name: phrase, actorId: null, anonymous: k === 'phrase' && !isCap(words[words.length - 1]) };
      }
    }
    return null;
  }

  /** "Sen. Jane Roe (R-Ohio) dismissed ...": the speaker is the name before the tag. */
  partyTagOwner(claim: Claim, tag: string): Speaker | null {
    const lo = Math.max(0, claim.start - 300);
    const around = this.text.slice(lo, Math.min(this.text.length, claim.end + 200));
    const at = around.indexOf(`(${tag})`);
    if (at < 0) return null;
    let end = lo + at;
    while (end > 0 && /\s/.test(this.text[end - 1])) end--;
    const owner = this.mentionEndingAt(end);
    return owner ? { name: owner.name, actorId: owner.id, anonymous: false } : null;
  }
}

/** How many sentence ends ("." "!" "?" then space) lie in text[from, to): adjacent sentences have at most one. */
function sentenceEndsBetween(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to - 1 && n < 2; k++) {
    const c = text.charCodeAt(k);
    if ((c === 46 || c === 33 || c === 63) && text.charCodeAt(k + 1) <= 32) n++;
  }
  return n;
}
