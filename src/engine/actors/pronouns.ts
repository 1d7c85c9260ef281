/**
 * Pronoun resolution: he/him/his/himself and she/her/hers/herself outside quotations, each
 * resolved to a person already named. A salience-and-recency resolver (in the spirit of Lappin and
 * Leass, much reduced): every earlier name mention of a compatible person within the last few
 * sentences scores by how far back it is, whether it was a subject (followed by a verb or an
 * apposition) and whether it stood outside a quotation; the best score wins, the nearest on a tie.
 * Gender comes from honorifics and gendered titles (Mr., Mrs., spokeswoman); a person of unknown
 * gender is compatible with both. A resolved he/she/they stands for its person as a subject
 * mention in turn, so a chain of "She ... She ..." keeps to her when a man is named between.
 *
 * they/them/their/themselves resolve the same way to a group named in the last two sentences
 * ("U.S. officials", "Senate Democrats"), and only to a group: organisations and countries take
 * "it" as often as "they", and a wrong link costs more than a missing one.
 *
 * Known limits: pronouns inside quotations are left alone (the quoted speaker's "he" usually means
 * someone else); "it" is not resolved, nor "they" for two people named together; cataphora
 * ("Before he spoke, Barr...") resolves to an earlier person or to nobody.
 */
import type { Range } from '../../schema/brief';
import type { Doc } from '../document';
import { quoteAt } from '../text/quotes';
import { isSpaceCode } from '../text/spaces';
import { lazyRegExp } from '../text/lazy-regexp';
import { PREPOSITIONS } from '../data/prepositions';

export interface PersonMention {
  actor: number;
  start: number;
  end: number;
  sentence: number;
}

const MALE = new Set(['he', 'him', 'his', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);
const PRONOUN = /\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself|[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b/g;
const PLURAL = /\b(?:[Tt]hey|[Tt]hem|[Tt]heir|[Tt]hemselves)\b/g;
/** Pronouns that can only be subjects: a person they resolve to is the subject of their clause. */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they']);
/** The weight of a subject as an antecedent (a mention inside a quotation weighs 0.3 of its weight). */
const SUBJECT_WEIGHT = 1.5;
/** The weight of the subject of an embedded clause (pronoun/embedded-subject): above a plain mention. */
const EMBEDDED_WEIGHT = 1.25;
/** How many of the latest chain entries a pronoun looks at for one of its gender. */
const CHAIN_LOOKBACK = 16;
/** How many of the latest mentions before a pronoun it compares: a run-on sentence of names stays linear. */
const MAX_CANDIDATES = 64;
/** Sentences back a pronoun may reach for its antecedent (a person; a group). */
const WINDOW = 4;
const GROUP_WINDOW = 2;
/** Words after a name that make it the subject of its clause ("Medvedev added", "Barr, the ..."). */
const SUBJECT_NEXT = lazyRegExp(
  String.raw`^(?:,|\s+(?:said|says|told|added|warned|explained|argued|noted|wrote|asked|claimed|stated|insisted|responded|replied|continued|was|is|has|had|will|would|could|did|does|also|then|later)\b|\s+\p{Ll}+(?:ed|s)\b)`,
  'u',
);

/**
 * @returns for each resolved pronoun, the index of its actor and its range.
 */
export function resolvePronouns(
  doc: Doc,
  persons: PersonMention[],
  gender: (actor: number) => 'male' | 'female' | null,
): { actor: number; range: Range }[] {
  return resolve(doc, persons, PRONOUN, WINDOW, gender);
}

/** The gender a pronoun of PRONOUN asks for, null for any other word. */
function genderOfPronoun(pronoun: string): 'male' | 'female' | null {
  const lower = pronoun.toLowerCase();
  return MALE.has(lower) ? 'male' : FEMALE.has(lower) ? 'female' : null;
}

/** they/them/their/themselves to the group named most prominently in the last two sentences. */
export function resolveGroupPronouns(doc: Doc, groups: PersonMention[]): { actor: number; range: Range }[] {
  return resolve(doc, groups, PLURAL, GROUP_WINDOW, null);
}

function isCompatible(g: 'male' | 'female' | null, want: 'male' | 'female'): boolean {
  return g === null || g === want;
}

/**
 * A subject ("Medvedev added", or a name opening its sentence: "Dan Ruiz at the Tribune agreed with
 * Matthews") weighs more, a mention inside a quotation less.
 */
function antecedentWeight(doc: Doc, p: PersonMention): number {
  // SUBJECT_NEXT opens with a comma or white space: after anything else nothing is sliced.
  const c = doc.text.charCodeAt(p.end);
  const subject =
    doc.sentences[p.sentence]?.start === p.start ||
    ((c === 44 || isSpaceCode(c)) &&
      SUBJECT_NEXT.test(doc.text.slice(p.end, p.end + 24)) &&
      !(c === 44 && afterPreposition(doc.text, p.start)));
  // An embedded subject weighs between a subject and a plain mention; the weight is kept negative
  // to mark it demoted.
  if (subject && c !== 44 && doc.sentences[p.sentence]?.start !== p.start && isEmbeddedSubject(doc, p))
    return -EMBEDDED_WEIGHT * (quoteAt(doc.quotes, p.start) !== null ? 0.3 : 1);
  return (subject ? SUBJECT_WEIGHT : 1) * (quoteAt(doc.quotes, p.start) !== null ? 0.3 : 1);
}

/** Words that open a clause inside the sentence: a name after one is the subject of that clause only. */
const EMBEDDING = /\b(?:that|where|whom|who|which|whose|whether|said|says|told|added)\b/;

/**
 * Rule pronoun/embedded-subject: "Jones attacked the ban and said the marchers would go to the spot
 * where Hall died. “...,” he said." A name followed by a verb is the subject of the clause it opens,
 * but when that clause is a reported statement or a relative clause ("that", "where", "who" or a
 * cue verb stands before the name in its sentence, outside quotation marks), the name is not the
 * subject of the sentence: it weighs less than a subject (more than a plain mention), and the main
 * clause's subject named earlier keeps the pronoun of a later sentence (in its own sentence the
 * embedded subject stays nearest: "X said Trump was right when he said ..."). Only the stretch
 * since the last comma counts.
 * A name set off by a comma ("..., which worries Hall, a pastor.") is left alone: an apposition
 * introduces the person the next sentences are about. Adverbial clauses ("until Hall spoke") are
 * left alone too: their subject is as often the topic the next sentence carries on.
 */
export function isEmbeddedSubject(doc: Doc, p: PersonMention): boolean {
  const start = doc.sentences[p.sentence]?.start ?? p.start;
  if (p.start - start > 400) return false;
  const before = doc.text.slice(start, p.start);
  // Only the stretch since the last comma or closing quotation mark counts: words inside a quotation
  // are the speaker's syntax, and after a comma a new clause may open (", attorney Hall said.").
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf('”'), before.lastIndexOf('"'));
  return EMBEDDING.test(cut < 0 ? before : before.slice(cut + 1));
}

/**
 * `gender` null: every mention is compatible (groups); otherwise a person's gender, null when
 * unknown, must not contradict the pronoun's.
 */
function resolve(
  doc: Doc,
  persons: PersonMention[],
  pattern: RegExp,
  window: number,
  gender: ((actor: number) => 'male' | 'female' | null) | null,
): { actor: number; range: Range }[] {
  const out: { actor: number; range: Range }[] = [];
  // No one to resolve to: no pronoun can be resolved (and the text need not be searched).
  if (persons.length === 0) return out;
  const { text } = doc;
  // Each mention's weight as an antecedent, worked out when a pronoun first reaches it (0 until then).
  // (A plain array: a typed array's allocation costs more than the few mentions most articles have.)
  const weights: number[] = new Array<number>(persons.length).fill(0);
  let first = 0; // the earliest person mention still inside the window
  let s = 0; // the sentence holding the current pronoun
  // One pass over the whole text: a search restarted per sentence would run to the end of the
  // text from every sentence that has no pronoun.
  // A pronoun before the first mention has no antecedent: the search starts there.
  let from = persons[0].start;
  for (const p of persons) if (p.start < from) from = p.start;
  pattern.lastIndex = from;
  // Persons carried on by the subject pronouns resolved so far, in text order.
  const chain: { actor: number; sentence: number; gender: 'male' | 'female' | null }[] = [];
  let chainFirst = 0;
  // The persons named inside quotations of sentence `quotedFor`.
  let quoted: ReadonlySet<number> = NONE;
  let quotedFor = -1;
  let upto = 0; // the first mention at or after the current pronoun
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text)) !== null) {
    const at = m.index;
    while (s + 1 < doc.sentences.length && doc.sentences[s + 1].start <= at) s++;
    if (quoteAt(doc.quotes, at) !== null) continue;
    // (The gender the pronoun asks for is worked out once, not per mention it is compared with.)
    const want = gender === null ? null : genderOfPronoun(m[0]);
    while (first < persons.length && persons[first].sentence < s - window) first++;
    // Every mention is out of reach, for this pronoun and all after it.
    if (first >= persons.length) break;
    // "“I cannot punish [Reyes],” he said": whom a speaker names in their own words is not who speaks them.
    // (Worked out once per sentence: a run-on sentence of pronouns would scan its names per pronoun.)
    if (SUBJECT_PRONOUNS.has(m[0].toLowerCase()) && quotedFor !== s) {
      quoted = quotedInSentence(doc, persons, first, s);
      quotedFor = s;
    }
    const named = SUBJECT_PRONOUNS.has(m[0].toLowerCase()) ? quoted : NONE;
    let best = -1;
    let bestScore = 0;
    let demoted = -1; // the latest candidate weighed down by pronoun/embedded-subject
    while (upto < persons.length && persons[upto].start < at) upto++;
    for (let k = Math.max(first, upto - MAX_CANDIDATES); k < upto; k++) {
      const p = persons[k];
      if (want !== null && !isCompatible(gender!(p.actor), want)) continue;
      if (named.has(p.actor)) continue;
      const back = s - p.sentence;
      let weight = weights[k];
      if (weight === 0) weight = weights[k] = antecedentWeight(doc, p);
      if (weight < 0) {
        // Within its own sentence the embedded subject is the nearest antecedent ("X said Trump
        // was right when he said ..."): it is demoted only for a pronoun in a later sentence.
        if (back === 0) weight = (-weight / EMBEDDED_WEIGHT) * SUBJECT_WEIGHT;
        else {
          demoted = k;
          weight = -weight;
        }
      }
      const score = weight * (1 / (1 + back));
      if (score >= bestScore) {
        bestScore = score;
        best = k;
      }
    }
    while (chainFirst < chain.length && chain[chainFirst].sentence < s - window) chainFirst++;
    // The latest compatible entry scores best of the chain (a later sentence is nearer, and on a
    // tie the later one wins), so the scan goes back from the end, a bounded number of entries.
    for (let k = chain.length - 1; k >= chainFirst && k >= chain.length - CHAIN_LOOKBACK; k--) {
      // (The pronoun that made the entry tells its gender: a "he" is no antecedent of "she".)
      if (want !== null && (chain[k].gender !== want || !isCompatible(gender!(chain[k].actor), want))) continue;
      if (named.has(chain[k].actor)) continue;
      // On a tie the subject the pronouns carry on wins over a name ("She admits ... after Trump
      // crushed her. She also says ...").
      if (SUBJECT_WEIGHT / (1 + s - chain[k].sentence) >= bestScore) best = -2 - k;
      break;
    }
    if (best === -1) continue;
    const actor = best >= 0 ? persons[best].actor : chain[-2 - best].actor;
    out.push({ actor, range: { start: at, end: at + m[0].length } });
    if (doc.trace && demoted >= 0 && persons[demoted].actor !== actor)
      doc.trace.add('actor', at, at + m[0].length, 'pronoun/embedded-subject');
    // A subject pronoun carries its person on, as a subject, to the next sentences: "She admits
    // ... to elect Clinton over Trump. She also says ..." is still her, not the nearer Trump.
    if (SUBJECT_PRONOUNS.has(m[0].toLowerCase())) chain.push({ actor, sentence: s, gender: want });
  }
  return out;
}

const NONE: ReadonlySet<number> = new Set();

/** How many lower-case words may stand between a preposition and the name it governs ("with radio host"). */
const PREPOSITION_REACH = 3;

/**
 * Rule coref/fronted-object-not-subject: is the name at `start` the object of a preposition, right
 * after it or after a few lower-case words or abbreviated titles ("In an interview with radio host
 * Dana Fisk, Baxter said ...", "an adviser to Mrs. Ortiz, said")? Then the comma after it closes a fronted phrase, not an apposition, and the name is no
 * subject for a pronoun to carry on.
 */
function afterPreposition(text: string, start: number): boolean {
  let e = start;
  let lowerBetween = false;
  for (let words = 0; words <= PREPOSITION_REACH; words++) {
    while (e > 0 && isSpaceCode(text.charCodeAt(e - 1))) e--;
    // "an adviser to Mrs. Ortiz": an abbreviated title ("Mrs.", "Dr.", "Sen.") stands between as a lower-case word does.
    const title = titleStart(text, e);
    if (title >= 0) {
      e = title;
      continue;
    }
    let b = e;
    while (b > 0 && isLowerAscii(text.charCodeAt(b - 1))) b--;
    if (b === e || (b > 0 && !isSpaceCode(text.charCodeAt(b - 1)))) return false;
    const word = text.slice(b, e);
    if (PREPOSITIONS.has(word)) return true;
    // "an adviser to Mrs. Ortiz": "to" right before the name (or its title) is a preposition ("to say" kept
    // it out of the shared list; "to fire Awan" has a verb between), but not in "according to Ham".
    if (word === 'to' && !lowerBetween && !/according\s+$/i.test(text.slice(Math.max(0, b - 12), b))) return true;
    lowerBetween = true;
    e = b;
  }
  return false;
}

/** Where a short capitalised abbreviation ending at `end` ("Mrs.", "Dr.") starts, else -1. */
function titleStart(text: string, end: number): number {
  if (end < 3 || text.charCodeAt(end - 1) !== 46) return -1;
  let b = end - 1;
  while (b > 0 && end - 1 - b < 4 && isLowerAscii(text.charCodeAt(b - 1))) b--;
  const c = text.charCodeAt(b - 1);
  if (!(c >= 65 && c <= 90)) return -1;
  b--;
  return b === 0 || isSpaceCode(text.charCodeAt(b - 1)) ? b : -1;
}

function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** The persons named inside a quotation of sentence `s` (mentions from `first` on, in text order). */
function quotedInSentence(doc: Doc, persons: PersonMention[], first: number, s: number): ReadonlySet<number> {
  let named: Set<number> | null = null;
  for (let k = first; k < persons.length && persons[k].sentence <= s; k++)
    if (persons[k].sentence === s && quoteAt(doc.quotes, persons[k].start) !== null)
      (named ??= new Set()).add(persons[k].actor);
  return named ?? NONE;
}
