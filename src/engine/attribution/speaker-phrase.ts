/**
 * Speaker phrases: the words before a cue that name who speaks, back to a clause boundary
 * ("Retired Lt. Gen. Michael Flynn said", "Flynn, a top Trump surrogate, said", "many of whom
 * say"), and the subjects that can hold a stance or a finding ("the poll shows", "officials").
 */
import { AGE_WORD } from '../speakers/age-epithet';
import { isPredicateNominal } from '../speakers/predicate-relative';
import { ADVERBIAL_OPENERS } from '../data/clause-words';
import { CHANNEL_NOUNS } from '../data/channel-nouns';
import { CUES } from '../data/cues';
import { PREPOSITIONS } from '../data/prepositions';
import { FUNCTION_WORD_SURNAMES } from '../data/name-connectors';
import { ANONYMOUS_HEADS, OFFICIAL_TITLES, SPEAKER_PRONOUNS } from '../data/source-terms';
import { PERSON_ROLE_HEADS } from '../data/speaker-heads';
import {
  AUX,
  DETERMINERS,
  FINITE_VERBS,
  MONTHS_AND_DAYS,
  NP_STOP,
  POSTMODIFIER_PREPS,
  SUBJECT_PRONOUNS,
  TIME,
  TIME_DETERMINERS,
  TIME_NOUNS,
} from '../data/speaker-words';
import { TIME_UNITS } from '../data/time-units';
import { endsWithNegation, isAdverb, isAgentPlural, isDigit, isOpeningAdverb, isVerbLike } from './cue';
import { isCueVerbAt, isNounAfterDeterminer, isPluralCueNoun, isPluralCueNounBeforeAside } from './cue-word-noun';
import { isCloseQuote, isFinal, isOpenQuote, type SpeakerSpan } from './draft';
import { intransitiveRelativeWho, relativeWhoBefore } from './subject-slot';
import { isCap, isCapAt, isQuoted, isWord, type Token, withoutFinalPeriod } from './tokens';
import { beforeAspectVerb } from '../speakers/aspect-verb';
import { isObjectOfParticiple, isParticipleAfterHead } from '../speakers/participle-head';
import { clauseSubject } from './clause-subject';
import { isTownCommaState } from '../speakers/town-comma-state';
import { bareShareStart, countPhraseStart } from '../speakers/count-phrase';
import { durationStart, isDateBeforeCue } from '../speakers/time-before-cue';
import { isSubjectlessOpening } from './subjectless-opening';
import { isFloatingQuantifier } from '../speakers/floating-quantifier';
import { coordinatedStart } from './coordinated-speaker';
import { isTwoWordSubordinator } from './fronted-clause';

/**
 * The speaker phrase ending right before token `i` (skipping auxiliaries and adverbs), going back
 * to a clause boundary. Returns the token range and the index of the boundary token (-1 at the
 * start of the tokens).
 */
/** "WHO", "US": an acronym spelled like a function word is a name, not the word. */
function isAcronym(w: Token): boolean {
  const s = w.text;
  return s.length >= 2 && s !== w.lower && s === s.toUpperCase();
}

/** Participles that place a speaker before a preposition ("assigned to", "based in", "stationed at"). */
export const PLACED: ReadonlySet<string> = new Set([
  'assigned',
  'based',
  'stationed',
  'posted',
  'deployed',
  'living',
  'working',
  'serving',
]);

/** "May added", "..., Will said": a function-word surname (data/name-connectors.ts) opening the clause at t[k]. */
function isSurnameBeforeCue(t: Token[], k: number, floor: number): boolean {
  const w = t[k];
  if (k < floor || !w || !isWord(w) || !isCap(w) || !FUNCTION_WORD_SURNAMES.has(w.lower)) return false;
  return k === floor || t[k - 1].text === ',' || isCloseQuote(t[k - 1].text);
}

/** Determiners that are also phrase stops as pronouns ("this is ..."); "that" stays a stop (a complementiser). */
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['this', 'these', 'those']);

export function speakerBefore(t: Token[], i: number, floor = 0): (SpeakerSpan & { boundary: number }) | null {
  let k = i - 1;
  // Auxiliaries, adverbs and negated auxiliaries ("They don't want ...") belong to the verb; a
  // capitalised "May" or "Will" opening the clause right before the cue is a surname ("May added").
  if (isSurnameBeforeCue(t, k, floor)) return { from: k, to: k + 1, boundary: k - 1 >= floor ? k - 1 : -1 };
  while (
    k >= floor &&
    isWord(t[k]) &&
    (AUX.has(t[k].lower) || isAdverb(t[k]) || endsWithNegation(t[k].lower) || isFloatingQuantifier(t, k, floor))
  )
    k--;
  // "lives without hope of reprieve", "waited in hope": a cue word right after a preposition is a noun, with no subject.
  // (A gerund after one, "after admitting", "despite assuring", is a verb whose subject is the clause's.)
  if (k >= floor && isWord(t[k]) && !isCap(t[k]) && PREPOSITIONS.has(t[k].lower) && !t[i].lower.endsWith('ing'))
    return null;
  // "It is worth noting that ...", "worth pointing out": the writer's aside, a gerund nobody speaks.
  if (k >= floor && t[k].lower === 'worth' && t[i].lower.endsWith('ing')) return null;
  const aspect = beforeAspectVerb(t, k, floor, t[i]);
  if (aspect !== k) for (k = aspect; k >= floor && isWord(t[k]) && (AUX.has(t[k].lower) || isAdverb(t[k]));) k--;
  const channel = k - 2 > floor ? channelBeforeCue(t, k, floor) : -1;
  if (channel >= 0) {
    // "The mayor in a radio interview said": the occasion is not part of the speaker.
    k = channel - 1;
    while (k >= floor && isWord(t[k]) && (AUX.has(t[k].lower) || isAdverb(t[k]))) k--;
  } else if (k - 1 > floor && isDateBeforeCue(t, k)) k -= 2;
  // Rule speakers/duration-before-cue (time-before-cue.ts): "who has worked there for years said".
  else if (durationStart(t, k, floor) > floor)
    for (k = durationStart(t, k, floor) - 1; k >= floor && isWord(t[k]) && (AUX.has(t[k].lower) || isAdverb(t[k]));)
      k--;
  // "Wells Fargo just this month announced ...", "The company last week said ...": a time phrase before the cue.
  else if (k - 1 > floor && isWord(t[k]) && TIME_NOUNS.has(t[k].lower) && TIME_DETERMINERS.has(t[k - 1].lower)) {
    k -= 2;
    while (k >= floor && isWord(t[k]) && (AUX.has(t[k].lower) || isAdverb(t[k]))) k--;
  }
  // "many of whom say": the quantified relative is the whole subject.
  if (
    k - 2 >= floor &&
    t[k].lower === 'whom' &&
    t[k - 1].lower === 'of' &&
    isWord(t[k - 2]) &&
    !isCap(t[k - 2]) &&
    !NP_STOP.has(t[k - 2].lower)
  ) {
    return { from: k - 2, to: k + 1, boundary: k - 3 >= floor ? k - 3 : -1 };
  }
  // "anybody who complains": the relative pronoun stands for the phrase before it.
  if (k > floor && isWord(t[k]) && (t[k].lower === 'who' || t[k].lower === 'which') && !isAcronym(t[k])) {
    // "McConnell, ..., who in 2010 said ...": after a comma "who" is the subject, resolved like a pronoun.
    if (t[k - 1].text === ',' && t[k].lower === 'who') return { from: k, to: k + 1, boundary: k - 1 };
    // "... is a liar and a coward who has pledged ...": "who" is the subject, not the noun before it.
    if (t[k].lower === 'who' && isPredicateNominal(t, k - 1, floor)) return { from: k, to: k + 1, boundary: k - 1 };
    k--;
  }
  if (k - 2 >= floor && isReducedRelative(t, k)) k -= 2;
  let to = k + 1;
  // A personal pronoun is the whole subject ("... in the mail they asked"): nothing before it belongs.
  if (k >= floor && isWord(t[k]) && SUBJECT_PRONOUNS.has(t[k].lower))
    return { from: k, to, boundary: k - 1 >= floor ? k - 1 : -1 };
  // Rule speakers/intransitive-relative: "A teacher who lives there said" (subject-slot.ts).
  const bareWho = intransitiveRelativeWho(t, k, floor);
  let count = bareWho >= 0 ? 1 : 0;
  if (bareWho >= 0) k = bareWho - 1;
  let stepped = false;
  while (k >= floor) {
    const w = t[k];
    if (isQuoted(w)) break;
    if (!isWord(w)) {
      if (w.text === '&' || (w.text === '-' && !isDash(t, k))) {
        k--;
        continue;
      }
      // "The study -- by two economists -- notes": step over the aside to its subject; a lone dash
      // ("KINSHASA, Congo -- The ministry said", "his ideals - critics call them ...") ends the phrase.
      if (w.text === '-') {
        // "the study -- which notes that ...": the relative pronoun opened an aside after its phrase.
        if (count === 0 && isWord(t[k + 1]) && (t[k + 1].lower === 'which' || t[k + 1].lower === 'who')) {
          while (k > floor && t[k - 1].text === '-') k--;
          k--;
          continue;
        }
        // One aside at most: a run of them ("-- a -- b -- c --") is no speaker phrase, and the walk stays short.
        const open = stepped ? -1 : asideStart(t, k, floor);
        if (open < 0) break;
        stepped = true;
        // The aside right before the cue is not part of the speaker's name.
        if (count === 0) to = open;
        k = open - 1;
        continue;
      }
      // "A school in Dover, Delaware told": the comma of a "Town, State" place inside the phrase.
      if (w.text === ',' && count > 0 && isTownCommaState(t, k, floor, to)) {
        k--;
        continue;
      }
      // "Some 40% of residents said": the count and its sign.
      const opens = w.text === '%' && count > 0 && k > floor ? countPhraseStart(t, k - 1, to - 1, floor) : -1;
      if (opens >= 0) k = opens - 1;
      // "Sen. Claire McCaskill (D-Mo.) said": step over the bracket.
      if (w.text === ')') {
        let b = k - 1;
        while (b > floor && t[b].text !== '(' && k - b < 8) b--;
        if (t[b]?.text === '(' && b > floor) {
          k = b - 1;
          continue;
        }
      }
      break;
    }
    if (NP_STOP.has(w.lower) && !isAcronym(w)) {
      // "This embattled mayor said": a demonstrative opens the phrase as its determiner.
      if (count > 0 && DEMONSTRATIVES.has(w.lower)) {
        k--;
        break;
      }
      // "and" joins two names ("Trump and Pence said"); otherwise it ends the phrase.
      if (w.lower === 'and' && k > floor && isCap(t[k - 1]) && isCapAt(t, k + 1)) {
        k--;
        continue;
      }
      // "observers in Virginia and around the country say": "and" joins two post-modifiers.
      if (w.lower === 'and' && count > 0 && k > floor && isWord(t[k - 1]) && isPostmodifierPreposition(t[k + 1])) {
        k--;
        continue;
      }
      if (k > floor && count > 0 && (isPrepositionInsidePhrase(t, k, floor) || isObjectOfParticiple(t, k, floor))) {
        k--;
        continue;
      }
      // "an employee assigned to the consulate in Guangzhou reported": where the speaker is posted.
      if (
        k - 2 >= floor &&
        count > 0 &&
        PLACED.has(t[k - 1].lower) &&
        isWord(t[k - 2]) &&
        !NP_STOP.has(t[k - 2].lower)
      ) {
        k -= 2;
        continue;
      }
      break;
    }
    // "legislators who backed the bill said", "a teenager who supports X says", "a woman who had been
    // on the ferry said": a restrictive relative clause (its auxiliaries too) is part of the subject.
    // ("who was arrested said": a past participle after an auxiliary may stand right before the cue;
    // "who is investigating alleged collusion" is no subject of "alleged".)
    const who =
      (count > 0 || (w.lower.endsWith('ed') && AUX.has(t[k - 1]?.lower ?? ''))) && !isCap(w) && !NP_STOP.has(w.lower)
        ? relativeWhoBefore(t, k, floor)
        : -1;
    if (who >= 0) {
      // (Its verb and auxiliaries count for nothing in the phrase's length: its object has been counted.)
      count = Math.max(count, 1);
      k = who - 1;
      continue;
    }
    // "The report says", "the agency's latest report said": a cue word after a determiner is the subject's noun.
    if (CUES.has(w.lower) && !isCap(w) && !isNounAfterDeterminer(t, k, floor)) break;
    // A lower-case -ed/-ing word is a verb or participle of another clause ("referenced", "paying"),
    // unless it modifies the head after a determiner ("The leaked memo said", "a revised estimate").
    if (
      !isCap(w) &&
      isVerbLike(w.lower) &&
      !(count > 0 && (isParticipleAfterHead(t, k, floor) || isDeterminerAt(t, k - 1, floor)))
    )
      break;
    // "Earlier this month Wells Fargo announced", "$2,000 every three months": time and numbers are not speakers.
    // A number compound ending in a word ("16-year-old", "20-page", "2,000-member") is an adjective of the head.
    if (
      (TIME.has(w.lower) && !isCap(w)) ||
      MONTHS_AND_DAYS.has(w.lower) ||
      (isDigit(w.text.charCodeAt(0)) && !((count > 0 || isAgeNoun(t, k)) && isNumberCompound(t, k)))
    ) {
      // ...but for the count opening the phrase ("74 percent of voters said", "some 29 bishops said").
      const opens = count > 0 ? countPhraseStart(t, k, to - 1, floor) : bareShareStart(t, k, floor);
      if (opens >= 0) k = opens - 1;
      break;
    }
    if (isOpeningAdverb(t, k, count)) break;
    // "Every time his rivals think ...": "every time" opens the clause; the subject starts after it.
    if (count > 0 && k > floor && isTwoWordSubordinator(t, k - 1)) break;
    count++;
    if (count > 10) return null;
    k--;
  }
  if (k + 1 >= to) return null;
  // "The mayor and the police chief said", "Alice Grant, Bob Reyes and Carla Diaz said": every conjunct.
  const from = coordinatedStart(t, k + 1, to, floor);
  return { from, to, boundary: from - 1 >= floor ? from - 1 : -1 };
}

/** An age used as a noun after "the": "the 71-year-old said" (speakers/age-epithet.ts points it back to a person). */
function isAgeNoun(t: Token[], k: number): boolean {
  return k > 0 && t[k - 1].lower === 'the' && AGE_WORD.test(t[k].text);
}

/** A number joined by hyphens to words: "16-year-old", "20-page". */
const NUMBER_COMPOUND = /^\d[\d.]*(?:-[a-z]+)+$/;

/** Is t[k] a number compound ("16-year-old"), not the tail of a longer number ("2,000-member" read from "000-member")? */
function isNumberCompound(t: Token[], k: number): boolean {
  const prev = t[k - 1];
  return NUMBER_COMPOUND.test(t[k].text) && !(prev && prev.end === t[k].start && prev.text === ',');
}

/** Is t[k] a determiner word ("the", "a", "his") at or after the floor? */
function isDeterminerAt(t: Token[], k: number, floor: number): boolean {
  return k >= floor && isWord(t[k]) && DETERMINERS.has(t[k].lower);
}

/** A hyphen with space on both sides, or doubled ("--"), is a dash. */
function isDash(t: Token[], k: number): boolean {
  const before = t[k - 1];
  const after = t[k + 1];
  if (before?.text === '-' || after?.text === '-') return true;
  return !!before && !!after && before.end < t[k].start && after.start > t[k].end;
}

/** With t[k] the (last hyphen of the) dash closing an aside, the index of the first hyphen of its opening dash, or -1. */
export function asideStart(t: Token[], k: number, floor: number): number {
  let p = k;
  while (p > floor && t[p - 1].text === '-') p--;
  for (let q = p - 1; q > floor && p - q <= 40; q--) {
    const w = t[q];
    if (isQuoted(w) || isFinal(w.text) || w.text === ';') return -1;
    if (w.text === '-' && isDash(t, q)) {
      while (q > floor && t[q - 1].text === '-') q--;
      return q;
    }
  }
  return -1;
}

/**
 * "in a radio interview", "during a televised speech": the preposition's index when an occasion
 * phrase of at most four words ends at token k (a channel noun), else -1.
 */
function channelBeforeCue(t: Token[], k: number, floor: number): number {
  if (!isWord(t[k]) || !CHANNEL_NOUNS.has(t[k].lower)) return -1;
  for (let p = k - 1; p > floor && k - p <= 4; p--) {
    const w = t[p];
    if (!isWord(w) || isQuoted(w)) return -1;
    if (w.lower === 'in' || w.lower === 'on' || w.lower === 'during') return isWord(t[p - 1]) ? p : -1;
    if (NP_STOP.has(w.lower) && !DETERMINERS.has(w.lower)) return -1;
  }
  return -1;
}

/**
 * "all the experts I interviewed said": a reduced relative clause after the noun (a lower-case
 * -ed verb at k after a subject pronoun, a common noun before them); the noun speaks.
 */
function isReducedRelative(t: Token[], k: number): boolean {
  const verb = t[k];
  const pronoun = t[k - 1];
  const noun = t[k - 2];
  return (
    isWord(verb) &&
    !isCap(verb) &&
    verb.lower.endsWith('ed') &&
    isVerbLike(verb.lower) &&
    SUBJECT_PRONOUNS.has(pronoun.lower) &&
    isCommonNoun(noun)
  );
}

/** A lower-case word that can head a noun phrase: no phrase stop, pronoun, cue or verb form. */
function isCommonNoun(w: Token): boolean {
  return (
    isWord(w) &&
    !isCap(w) &&
    !NP_STOP.has(w.lower) &&
    !SUBJECT_PRONOUNS.has(w.lower) &&
    !CUES.has(w.lower) &&
    !isVerbLike(w.lower)
  );
}

/** "officials close to the talks", "lawmakers loyal to the governor": adjectives whose "to" phrase stays in the speaker phrase. */
const RELATION_ADJECTIVES: ReadonlySet<string> = new Set([
  'close',
  'closest',
  'loyal',
  'opposed',
  'allied',
  'friendly',
]);

function isPostmodifierPreposition(w: Token | undefined): boolean {
  return !!w && isWord(w) && (POSTMODIFIER_PREPS.has(w.lower) || INNER_PREPOSITIONS.has(w.lower));
}

/** Prepositions that can stand inside a speaker phrase ("Department of Justice", "a reporter for USA Today"). */
const INNER_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'on', 'at', 'in', 'with', 'from']);

/**
 * "attorneys for the family", "Department of Justice", "Board on Professional Responsibility",
 * "advisers to the president": the preposition at k is inside the phrase, after a noun-like word
 * ("to" only after an agent plural).
 */
function isPrepositionInsidePhrase(t: Token[], k: number, floor: number): boolean {
  const w = t[k];
  const before = t[k - 1];
  // "advisers to the mayor", "an adviser to the mayor", "the ambassador to France": "to" after a person's noun.
  const inner =
    INNER_PREPOSITIONS.has(w.lower) ||
    (w.lower === 'to' &&
      (isAgentPlural(before.lower) || isAgentNoun(before.lower) || RELATION_ADJECTIVES.has(before.lower)));
  if (!inner || !isWord(before) || NP_STOP.has(before.lower) || isVerbLike(before.lower)) return false;
  return !CUES.has(before.lower) || isPluralCueNoun(t, k - 1, floor);
}

/** A singular noun for a person by what they do ("adviser", "ambassador", "aide"). */
function isAgentNoun(w: string): boolean {
  return /(?:er|or|ist|ant|ent)$/.test(w) || w === 'aide' || w === 'ally' || w === 'official' || w === 'envoy';
}

/**
 * "Flynn, a top Trump surrogate, said": the cue right after a comma, an appositive before it and
 * the name before that. Returns the appositive's range with its boundary, so the caller's
 * appositive rule picks the name.
 */
export function appositiveSpeaker(t: Token[], i: number, floor: number): (SpeakerSpan & { boundary: number }) | null {
  let j = i - 1;
  while (j >= floor && isWord(t[j]) && AUX.has(t[j].lower)) j--;
  if (j <= floor || t[j].text !== ',') return null;
  const app = speakerBefore(t, j, floor);
  if (!app || app.boundary < floor || t[app.boundary].text !== ',' || !isDescriptive(t, app)) return null;
  return app;
}

/**
 * "Richard Revesz, director of the Institute for Policy Integrity at New York University’s law
 * school, said": the cue right after a comma; the speaker is the first stretch between commas
 * (from `floor`) that does not open like an adverbial, when nothing else in between ends a clause.
 */
export function segmentSpeaker(t: Token[], i: number, floor: number): (SpeakerSpan & { boundary: number }) | null {
  let j = i - 1;
  while (j >= floor && isWord(t[j]) && AUX.has(t[j].lower)) j--;
  if (j <= floor || t[j].text !== ',' || j - floor > 45) return null;
  let segStart = floor;
  for (let k = floor; k <= j; k++) {
    const w = t[k];
    if (isQuoted(w) || isFinal(w.text) || w.text === ';' || isOpenQuote(w.text) || (isCloseQuote(w.text) && k > floor))
      return null;
    // "UPDATE: Background from X, published ..., explains": a colon closes a label, and the phrase
    // starts after it; after a clause ("The script is familiar: discredit ..., support ...") it opens a list.
    if (w.text === ':') {
      for (let c = segStart; c < k; c++) if (FINITE_VERBS.has(t[c].lower)) return null;
      segStart = k + 1;
      continue;
    }
    // ("The reports, based on ..., said": a cue word after a determiner is the segment's noun.)
    if (isCueVerbAt(t, k, segStart) && !isPluralCueNounBeforeAside(t, k)) return null;
    if (w.text === ',' && !isTownCommaState(t, k, segStart, j + 1)) {
      const first = t[segStart];
      if (
        k > segStart &&
        k - segStart <= 12 &&
        isWord(first) &&
        !ADVERBIAL_OPENERS.has(first.lower) &&
        !isDigit(first.text.charCodeAt(0)) &&
        !isElapsedTime(t, segStart, k)
      ) {
        // "Ortiz’s spokesman, Dan Webb, said": a description, then the name it describes, speaks as that name.
        if (k + 1 < j && isDescriptive(t, { from: segStart, to: k }) && isNameRun(t, k + 1, j))
          return { from: k + 1, to: j, boundary: k };
        // "Branch contradicted Smith, claiming ...": a clause, not a phrase; its subject speaks, never its object.
        const sub = clauseSubject(t, segStart, k);
        return { ...sub, boundary: sub.from - 1 >= floor ? sub.from - 1 : -1 };
      }
      segStart = k + 1;
    }
  }
  return null;
}

/** "About 30 minutes into the set", "Hours after the vote": a time unit among the words after an opening preposition. */
function isElapsedTime(t: Token[], from: number, to: number): boolean {
  if (!PREPOSITIONS.has(t[from].lower) && !TIME_UNITS.has(t[from].lower)) return false;
  for (let k = from; k < to && k - from < 5; k++) if (TIME_UNITS.has(t[k].lower)) return true;
  return false;
}

/** Are t[from, to) one to four capitalised words (a name: "Dan Webb")? */
function isNameRun(t: Token[], from: number, to: number): boolean {
  if (to - from > 4) return false;
  for (let k = from; k < to; k++) if (!isWord(t[k]) || !isCap(t[k])) return false;
  return true;
}

/** A "the"/"a" led descriptive phrase ("a top Trump surrogate"): an appositive, not the speaker. */
export function isDescriptive(t: Token[], s: SpeakerSpan): boolean {
  const first = t[s.from].lower;
  return (
    first === 'a' ||
    first === 'an' ||
    first === 'the' ||
    first === 'his' ||
    first === 'her' ||
    first === 'its' ||
    first === 'their' ||
    first.endsWith("'s") ||
    first.endsWith('\u2019s') ||
    (!isCap(t[s.from]) && isWord(t[s.from]))
  );
}

/** A subject that can hold a stance: a name, a pronoun, a title or unnamed sourcing ("officials"). */
export function strongSubject(t: Token[], s: SpeakerSpan): boolean {
  if (isSubjectlessOpening(t, s.from)) return false;
  for (let k = s.from; k < s.to; k++) {
    const w = t[k];
    if (isCap(w) && !(k === s.from && (w.lower === 'the' || w.lower === 'a' || w.lower === 'an'))) return true;
    const bare = withoutFinalPeriod(w.lower);
    if (ANONYMOUS_HEADS.has(bare) || OFFICIAL_TITLES.has(bare)) return true;
  }
  // "The woman disputes the idea ...", "her lawyer wants ...": one person by role or kin.
  if (s.to - s.from === 2 && ROLE_DETERMINERS.has(t[s.from].lower) && PERSON_ROLE_HEADS.has(t[s.from + 1].lower))
    return true;
  return s.to - s.from === 1 && SPEAKER_PRONOUNS.has(t[s.from].lower) && t[s.from].lower !== 'it';
}

/** Determiners before a role noun that make it one known person ("the woman", "his lawyer"), not "a woman". */
const ROLE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'his', 'her', 'their']);
