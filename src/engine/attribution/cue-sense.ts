/**
 * Cue words used in a sense that reports nobody's words (issue 16, claims), read off the tokens:
 *
 * - a passive ("All the cases were reported from a clinic", "the toll is thought to be higher"):
 *   the subject is what was said, not who said it;
 * - a plural-noun form with its prepositional complement ("all police reports on the raid",
 *   "recent claims of fraud", "early reports from the coast"): a noun, not a verb, unless a
 *   "that" clause or a quotation follows in the same clause ("CNN reports on its site that ...").
 *
 * - a request ("asked the city for funds", "asked voters to back him", "asked that the files be
 *   released"): what someone wants done, not what they hold true (a question, "asked whether
 *   ...", still reports).
 *
 * - a criticism verb with only an object ("blasted the 17 angry Democrats that ..."): its sense
 *   as a report needs the frame "blasted X for ..." / "blasted X as ..." (else a shot, an
 *   explosion, or the writer's own characterisation of the object).
 *
 * - "add" with an object ("the economy added 18,000 jobs", "the confusion added to the delays",
 *   "the costs added up"): a sum, not a remark; a remark takes a clause ("added (that) ...").
 *
 * - a base form after a singular noun phrase ("A preliminary report on the shooting ...", "the
 *   official report failed ...", "the LVMPD preliminary report which shows ..."): the phrase's
 *   noun; as a verb it would have to agree ("reports").
 *
 * Each is a predicate on the cue's token index; the cue pass asks them before its subject rules.
 */
import { isPerceivedBareVerb } from '../speakers/perception-verb';
import { CUES } from '../data/cues';
import { NOUNISH } from '../data/clause-words';
import { countryOf, isPlace } from '../data/countries';
import {
  AUX,
  DETERMINERS,
  FINITE_VERBS,
  PASSIVE_BE,
  PHRASE_PREPS,
  PLURAL_AGREEING,
  POSTMODIFIER_PREPS,
  SUBJECT_PRONOUNS,
  TIME,
} from '../data/speaker-words';
import { FUNCTION_WORDS } from '../data/common-words';
import { WRITTEN_WORKS } from '../data/written-works';
import { isFinal, isOpenQuote } from './draft';
import { endsWithNegation, isAdverb, isDigit } from './cue';
import { asideStart } from './speaker-phrase';
import { isCap, isQuoted, isWord, type Token } from './tokens';
import { lazyRegExp } from '../text/lazy-regexp';

/** Irregular past participles of cue verbs (the regular ones end in -ed). */
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['thought', 'said', 'told', 'written', 'held', 'known']);
/** Passives whose subject does speak or hold the view: "X was quoted as saying", "X is worried that". */
const SPEAKING_PASSIVES: ReadonlySet<string> = new Set(['quoted', 'cited', 'worried', 'concerned', 'convinced']);
/** Prepositions that take a noun's complement ("reports on", "claims of"). */
const NOUN_PREPOSITIONS: ReadonlySet<string> = new Set([
  'of',
  'on',
  'from',
  'about',
  'over',
  'against',
  'regarding',
  'concerning',
  'into',
]);
/** How far a "that" or a quotation may stand after the complement and still make the word a verb. */
const THAT_WINDOW = 12;
/** How far after a passive participle its "by" agent may stand ("was reported last week by ..."). */
const AGENT_WINDOW = 8;

function isBetweenBeAndParticiple(w: Token): boolean {
  return (
    isAdverb(w) ||
    w.lower === 'not' ||
    w.lower === 'never' ||
    w.lower === 'ever' ||
    (AUX.has(w.lower) && !PASSIVE_BE.has(w.lower))
  );
}

/** "were reported", "is widely thought", "has been told": the cue at i is a passive participle after a form of "be". */
export function isPassiveCue(t: Token[], i: number): boolean {
  const w = t[i].lower;
  if (SPEAKING_PASSIVES.has(w) || !(w.endsWith('ed') || IRREGULAR_PARTICIPLES.has(w))) return false;
  let p = i - 1;
  // One adverb or a negation may stand between ("were initially reported", "was not mentioned", "is also / now blamed").
  if (p >= 0 && isWord(t[p]) && isBetweenBeAndParticiple(t[p])) p--;
  return p >= 0 && isWord(t[p]) && PASSIVE_BE.has(t[p].lower) && !agentAfter(t, i);
}

/** "reports on the raid", "claims of fraud": a plural-noun cue form with a prepositional complement and no "that" clause after it. */
export function isNounWithComplement(t: Token[], i: number): boolean {
  if (!NOUNISH.has(t[i].lower)) return false;
  const next = t[i + 1];
  if (!next || !isWord(next) || !NOUN_PREPOSITIONS.has(next.lower)) return false;
  // "reports on Monday that ...": a time phrase, then the verb's content.
  const after = t[i + 2];
  if (after && TIME.has(after.lower)) return false;
  for (let n = i + 2; n < t.length && n - i < THAT_WINDOW; n++) {
    const w = t[n];
    if (isQuoted(w) || isOpenQuote(w.text) || w.text === ':') return false;
    if (isWord(w) && w.lower === 'that') return false;
    if (w.text === ';' || w.text === ',' || isFinal(w.text)) break;
  }
  return true;
}

/** "has been endorsed by dozens of papers": a passive with its agent, who is the one speaking. */
function agentAfter(t: Token[], i: number): boolean {
  for (let n = i + 1; n < t.length && n - i < AGENT_WINDOW; n++) {
    const w = t[n];
    if (w.text === ';' || w.text === ',' || isFinal(w.text)) return false;
    if (isWord(w) && w.lower === 'by') return true;
  }
  return false;
}

/** Words after "ask" that open a request: "for" its object, "to" an infinitive, "that" a subjunctive. */
const REQUEST_MARKERS: ReadonlySet<string> = new Set(['for', 'to', 'that']);
/** How many words an addressee may take between "asked" and its request ("asked the federal government for"). */
const ADDRESSEE_WINDOW = 5;

/** "asked the city for funds", "asked voters to back him", "asked that the files be released": a request. */
export function isRequestCue(t: Token[], i: number, lemma: string): boolean {
  if (lemma !== 'ask') return false;
  for (let n = i + 1; n < t.length && n - i <= ADDRESSEE_WINDOW; n++) {
    const w = t[n];
    if (!isWord(w) || isQuoted(w)) return false;
    if (REQUEST_MARKERS.has(w.lower)) return w.lower !== 'that' || subjunctiveAfter(t, n);
    if (QUESTION_WORDS.has(w.lower)) return false;
  }
  return false;
}

const QUESTION_WORDS: ReadonlySet<string> = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who']);

/** "that the files be released": a bare "be" in the clause. */
function subjunctiveAfter(t: Token[], n: number): boolean {
  for (let k = n + 1; k < t.length && k - n < THAT_WINDOW; k++) {
    const w = t[k];
    if (w.text === ',' || w.text === ';' || isFinal(w.text)) return false;
    if (isWord(w) && w.lower === 'be') return true;
  }
  return false;
}

/** Verbs that report only in a frame, with the words that make it: "blasted X for/as ...", "spoke out (on Tuesday) about/against ...". */
const FRAME_ONLY: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['blast', new Set(['for', 'as'])],
  ['speak out', new Set(['about', 'against', 'on', 'for'])],
]);
/** How far the "for"/"as" may stand after the verb ("blasted the American media for ..."). */
const FRAME_WINDOW = 10;

/** "blasted the Democrats" with no "for"/"as" in its clause, "spoke out, saying ...": no report. */
export function isBareCriticism(t: Token[], i: number, lemma: string): boolean {
  const frame = FRAME_ONLY.get(lemma);
  if (!frame) return false;
  for (let n = i + 1; n < t.length && n - i <= FRAME_WINDOW; n++) {
    const w = t[n];
    if (w.text === ',' || w.text === ';' || isFinal(w.text)) return true;
    if (isWord(w) && !isQuoted(w) && frame.has(w.lower)) return false;
  }
  return true;
}

/** "attacked Libya", "attack South Korea": "attack" with a country or place as its object is a strike, not words. */
export function isAttackOnPlace(t: Token[], i: number, lemma: string): boolean {
  if (lemma !== 'attack') return false;
  let n = i + 1;
  if (t[n]?.lower === 'the') n++;
  const w = t[n];
  if (!w || !isWord(w) || isQuoted(w) || !/^\p{Lu}/u.test(w.text)) return false;
  const two = t[n + 1] && isWord(t[n + 1]) ? `${w.text} ${t[n + 1].text}` : '';
  return (
    countryOf(w.text) !== undefined || isPlace(w.text) || (two !== '' && (countryOf(two) !== undefined || isPlace(two)))
  );
}

/** "added 18,000 jobs", "added to the delays", "added up": "add" with a number, "to" or "up" right after it. */
export function isAddedObject(t: Token[], i: number, lemma: string): boolean {
  if (lemma !== 'add') return false;
  const next = t[i + 1];
  if (!next || !isWord(next) || isQuoted(next)) return false;
  const c = next.lower.charCodeAt(0);
  if (next.lower === 'to' || next.lower === 'up' || (c >= 48 && c <= 57)) return true;
  // "added M31 to his catalog", "added a clause to the bill": a short object, then "to" (no verb
  // between: "added it was hard to say" and "added the board wanted to wait" report).
  if (SUBJECT_PRONOUNS.has(next.lower)) return false;
  for (let k = i + 1; k < t.length && k <= i + 4; k++) {
    const w = t[k];
    if (!isWord(w) || isQuoted(w)) return false;
    // ("added more needs to be done": an infinitive after "to" is the content's own verb.)
    if (w.lower === 'to') return k > i + 1 && k <= i + 3 && nounPhraseAt(t, k + 1);
    if (AUX.has(w.lower) || FINITE_VERBS.has(w.lower) || w.lower === 'that' || w.lower.endsWith('ed')) return false;
  }
  return false;
}

/** Rule cue/think-to (a rejection): "didn't even think to call the police": "think to" + verb is remembering to act, not a belief. */
export function isThinkToAct(t: Token[], i: number, lemma: string): boolean {
  return lemma === 'think' && t[i + 1]?.lower === 'to';
}

/**
 * Rule cue/contemplated-act (a rejection): "never considered leaving the city", "is considering
 * running": "consider" with a gerund as its object is an act weighed, not a view held ("considers
 * the plan a mistake" and "considered that ..." stay stances). One "-ly" adverb may stand between
 * ("considered briefly resigning").
 */
export function isContemplatedAct(t: Token[], i: number, lemma: string): boolean {
  if (lemma !== 'consider') return false;
  let n = i + 1;
  if (t[n] && isWord(t[n]) && isAdverb(t[n])) n++;
  const w = t[n];
  return !!w && isWord(w) && !isQuoted(w) && !isCap(w) && w.lower.length > 5 && w.lower.endsWith('ing');
}

/**
 * Rule cue/written-work (a rejection): "wrote opinion pieces for the Post", "wrote a memoir about
 * the war": "wrote" with a written work as its object (data/written-works.ts) names what was
 * written, not what the writer holds. The work is the first noun of at most three words after the
 * cue, behind a determiner or a modifier ("opinion pieces"), and no verb comes first; a work with
 * a verb after it is a clause's subject ("wrote the book is a hoax": a report).
 */
export function isWrittenWork(t: Token[], i: number, lemma: string): boolean {
  if (lemma !== 'write') return false;
  for (let k = i + 1; k < t.length && k <= i + 3; k++) {
    const w = t[k];
    if (!isWord(w) || isQuoted(w) || isCap(w)) return false;
    if (WRITTEN_WORKS.has(w.lower)) return !isWord(t[k + 1]) || !AUX.has(t[k + 1].lower);
    if (AUX.has(w.lower) || FINITE_VERBS.has(w.lower) || w.lower === 'that' || SUBJECT_PRONOUNS.has(w.lower))
      return false;
  }
  return false;
}

/** Does a noun phrase open at t[k] ("the bill", "his catalog", "Congress", "2020")? */
function nounPhraseAt(t: Token[], k: number): boolean {
  const w = t[k];
  return !!w && isWord(w) && (DETERMINERS.has(w.lower) || isCap(w) || isDigit(w.lower.charCodeAt(0)));
}

/** Words after "plead" that make it a legal act, not a plea ("pleaded guilty", "pleads not guilty", "pleaded no contest"). */
const PLEAS: ReadonlySet<string> = new Set(['guilty', 'not', 'innocent', 'no']);

/** What is invoked rather than said after "assert" or "claim" ("asserted his Fifth Amendment rights"). */
const LEGAL_OBJECTS: ReadonlySet<string> = new Set(['right', 'rights', 'privilege', 'privileges', 'immunity']);

/**
 * A legal act, not something said: "X pleaded guilty to ...", "X would assert his Fifth Amendment
 * rights", "claimed executive privilege" (a right within four words of the cue, no "that" between).
 */
export function isLegalPlea(t: Token[], i: number, lemma: string): boolean {
  if (lemma === 'plead') return PLEAS.has(t[i + 1]?.lower ?? '');
  if (lemma !== 'assert' && lemma !== 'claim') return false;
  for (let k = i + 1; k < t.length && k <= i + 4 && isWord(t[k]) && t[k].lower !== 'that'; k++)
    if (LEGAL_OBJECTS.has(t[k].lower)) return !rightOpensClause(t, k);
  return false;
}

/**
 * "claimed his First Amendment right to free speech was being violated": the right is the subject
 * of a clause (a finite verb follows it within a few words, before any mark), so the claim reports.
 */
function rightOpensClause(t: Token[], k: number): boolean {
  for (let n = k + 1; n < t.length && n <= k + 6; n++) {
    const w = t[n];
    if (!isWord(w) || isQuoted(w)) return false;
    if (FINITE_VERBS.has(w.lower)) return true;
  }
  return false;
}

/** The object of a death toll ("claimed 40 lives", "claimed the life of a guard"). */
const TOLL_OBJECTS: ReadonlySet<string> = new Set(['lives', 'life']);
/** Words a toll's count may take before "lives" ("at least 40", "more than a hundred", "an estimated 300", "the"). */
const TOLL_COUNT_WORDS: ReadonlySet<string> = new Set(
  'the a an at least more than nearly almost about around some over up to another estimated hundreds thousands dozens of one two three four five six seven eight nine ten dozen hundred thousand million'.split(
    ' ',
  ),
);

/**
 * Rule cue-sense/death-toll: "claim" whose object is a count of lives ("the floods claimed 40
 * lives", "claimed at least 112 lives", "claimed the lives of six hikers") counts the dead; it
 * reports nobody's words. Only count words may stand between the cue and "lives" ("claimed the
 * floods had cost no lives" has a clause, and reports).
 */
export function isDeathToll(t: Token[], i: number, lemma: string): boolean {
  if (lemma !== 'claim') return false;
  for (let k = i + 1; k < t.length && k <= i + 6; k++) {
    const w = t[k];
    if (!isWord(w) || isQuoted(w)) return false;
    if (TOLL_OBJECTS.has(w.lower)) return true;
    if (!TOLL_COUNT_WORDS.has(w.lower) && !isDigit(w.lower.charCodeAt(0))) return false;
  }
  return false;
}

const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** Prepositions after which an -ing form is a noun with its complement ("a warning to", "a warning about"). */
const NOUN_COMPLEMENTS: ReadonlySet<string> = new Set(['to', 'about', 'against', 'of', 'over', 'on']);

/**
 * "issued a health warning to ...", "a warning about ...": an -ing form after an article (and one
 * modifier) with a preposition after it is a noun ("a statement saying ..." stays a participle).
 */
export function isArticleIngNoun(t: Token[], i: number, participle: boolean): boolean {
  if (!participle || i === 0 || !NOUN_COMPLEMENTS.has(t[i + 1]?.lower ?? '')) return false;
  const before = t[i - 1];
  if (ARTICLES.has(before.lower)) return true;
  return i > 1 && ARTICLES.has(t[i - 2].lower) && isWord(before) && /^\p{Ll}/u.test(before.text);
}

const LOWER_WORD = lazyRegExp(String.raw`^\p{Ll}+$`, 'u');

/** Possessive determiners that are never object pronouns ("her" is both: "let her explain"). */
const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'its', 'their', 'our', 'my', 'your']);

/** Determiners of a singular noun phrase (and "the", whose noun decides). */
const SINGULAR_OPENERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'its',
  'his',
  'her',
  'each',
  'every',
  'another',
]);

/**
 * Rule cue-sense/singular-noun: a base-form cue (`base`: "report", "claim") right after a singular
 * determiner and one lower-case modifier or noun without an -s, a capitalised word allowed between
 * ("the LVMPD preliminary report"), is that phrase's noun: a verb after it would be "reports".
 */
export function isSingularNounSense(t: Token[], cue: number, base: boolean): boolean {
  if (!base || cue < 2) return false;
  // "an aggressive -- some say unrealistic -- pledge": the phrase read past its aside.
  const aside = t[cue - 1].text === '-' ? asideStart(t, cue - 1, 0) : -1;
  const i = aside > 0 ? aside : cue;
  if (i < 2) return false;
  const prev = t[i - 1];
  const w = prev.lower;
  // "in his report, compared ...", "their claim": a possessive determiner has a noun after it, never a verb.
  if (POSSESSIVES.has(w)) return true;
  if (!isWord(prev) || isCap(prev) || !LOWER_WORD.test(w) || FUNCTION_WORDS.has(w)) return false;
  if ((w.endsWith('s') && !w.endsWith('ss')) || PLURAL_AGREEING.has(w) || AUX.has(w)) return false;
  if (POSSESSIVES.has(t[i - 2].lower)) return true;
  let d = i - 2;
  if (d > 0 && isWord(t[d]) && isCap(t[d]) && !SINGULAR_OPENERS.has(t[d].lower)) d--;
  if (!isWord(t[d]) || !SINGULAR_OPENERS.has(t[d].lower)) return false;
  // "Did the accuser tell", "we the faithful demand", "sections of the curriculum emphasize": the
  // phrase is inverted after an auxiliary, in apposition to a pronoun, or the object of a preposition.
  const before = d > 0 ? t[d - 1].lower : '';
  // ("advisers to the president say", "residents near the plant say": any preposition's object.)
  return (
    !AUX.has(before) &&
    !SUBJECT_PRONOUNS.has(before) &&
    !PHRASE_PREPS.has(before) &&
    !POSTMODIFIER_PREPS.has(before) &&
    !isPerceivedBareVerb(t, cue)
  );
}

/** Prepositions whose object a past form can only modify ("despite repeated warnings"). */
const NP_PREPOSITIONS: ReadonlySet<string> = new Set(
  'despite amid amidst of with without after over about among against for from in on under than like'.split(' '),
);

/** Verbs that take their object before "to"/"with" ("compared Trump to ..."): right before it they are passive. */
const OBJECT_FIRST: ReadonlySet<string> = new Set(['compared', 'likened']);

/**
 * Rule cue-sense/adjectival-participle: a past form right after a preposition and before a
 * lower-case word modifies that noun ("despite repeated warnings", "amid reported tensions"): a
 * finite verb cannot follow a preposition. And "compared to", "likened to" with no object between
 * are passive ("Talk compared to 'working the referees'").
 */
export function isAdjectivalParticiple(t: Token[], i: number): boolean {
  const w = t[i];
  if (i === 0 || !w.lower.endsWith('ed')) return false;
  const to = t[i + 1]?.lower;
  if (OBJECT_FIRST.has(w.lower) && (to === 'to' || to === 'with')) return true;
  const prev = t[i - 1];
  const next = t[i + 1];
  return isWord(prev) && NP_PREPOSITIONS.has(prev.text) && !!next && isWord(next) && LOWER_WORD.test(next.text);
}

/** Degree words that grade an adjective and never a finite verb ("more promising", "very worrying"). */
const GRADES: ReadonlySet<string> = new Set(['more', 'most', 'less', 'least', 'very', 'so', 'too', 'rather', 'quite']);

/**
 * Rule cue-sense/graded-participle: an -ing form right after a degree word ("a more promising
 * approach", "the most telling detail", "Less challenging questions") is graded, an adjective, not
 * a verb of saying ("are increasingly warning" keeps its verb: "increasingly" grades a process).
 */
export function isGradedParticiple(t: Token[], i: number): boolean {
  if (i === 0 || !t[i].lower.endsWith('ing')) return false;
  const prev = t[i - 1];
  // "are at least implying": "at least" is a focus adverb, not a degree.
  if (i > 1 && t[i - 2].lower === 'at') return false;
  return isWord(prev) && GRADES.has(prev.lower);
}

/**
 * "Legislators who backed the bill said ...": a stance in a restrictive relative clause ("who"
 * with no comma before it) that a verb of saying follows describes who speaks; the saying is the claim.
 */
export function describesTheSpeaker(t: Token[], i: number, after: number): boolean {
  if (i < 2 || t[i - 1].lower !== 'who' || t[i - 2].text === ',') return false;
  for (let n = after; n < t.length && n - after <= 8; n++) {
    const w = t[n];
    if (!isWord(w) || isQuoted(w)) return false;
    if (!isCap(w) && CUES.get(w.lower)?.cls === 'say') return true;
  }
  return false;
}

/**
 * "did not say whether ...", "has never said", "wouldn't report any progress", "cannot confirm": the
 * index of the first word of a negated verb group before the cue at i, or -1 when the cue is not
 * negated ("not only said ..." is no negation). A negated report is still a report a reader wants,
 * with its negation in the cue.
 */
export function negatedGroupStart(t: Token[], i: number): number {
  let negated = false;
  let first = i;
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const w = t[k];
    if (!isWord(w)) break;
    const l = w.lower;
    if (l === 'not' || l === 'never') {
      if (t[k + 1].lower === 'only') return -1;
      negated = true;
    } else if (l === 'cannot' || endsWithNegation(l)) negated = true;
    else if (!(AUX.has(l) || isAdverb(w))) break;
    first = k;
  }
  return negated ? first : -1;
}

/**
 * "a statement that praising the plan was premature", "argued that cutting fares would help": an
 * -ing form right after "that" is the gerund subject of the clause "that" opens, not a participle
 * phrase of its own (its content is the whole clause, the noun's or the verb's before it).
 */
export function isGerundAfterThat(t: Token[], i: number, participle: boolean): boolean {
  return participle && i > 0 && t[i - 1].lower === 'that' && !isQuoted(t[i - 1]);
}
