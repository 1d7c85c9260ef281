/**
 * The rules that turn a lexicon hit into a caveat draft, one case per kind of cue (stance,
 * booster, loaded term, opinion, prescription, first person, speculation, hedge, impersonal
 * attribution, verdict): each names the readings it lets pass (a literal sense, a measured
 * degree, a reported characterisation) and gives the span and the reason.
 */
import { timeForAnAct } from './time-to-act';
import { certaintyClaimed, certaintyDraft } from './certainty-claims';
import { mannerReading } from './manner-adverbs';
import type { CaveatKind } from '../../schema/brief';
import type { Sentence } from '../document';
import { FIRST_PERSON_STANCE } from '../data/subjectivity';
import type { Token } from '../text/word-tokens';
import {
  CLAUSE_INITIAL_ONLY,
  DETERMINERS,
  FUNCTION_WORDS,
  INVERSION_SUBJECTS,
  KIND_DETERMINERS,
  PREDICATE_BEFORE,
  REPORTED_OUGHT,
  SEEM_EXPERIENCERS,
  SAYING_AFTER_APPEAR,
  STANCE_GLUE,
} from '../data/caveat-words';
import {
  ACCUSE,
  ADMITTED_TO,
  GUILTY_BY,
  CHARACTERISE,
  COMMUNIST_LITERAL,
  CRUDE_BEFORE,
  CRUDE_LITERAL,
  GRADE_VERBS,
  KNOWN_AFTER_NEGATED_BOOSTER,
  LIE_PLACE,
  MEASURED_AFTER,
  MEASURED_AFTER_VERY,
  OUTSTANDING_LITERAL,
  VOLUME_NOUNS,
} from '../data/caveat-senses';
import { clauseEnd, clauseStart, isClauseInitial, isLower, isNumber, isRelativeWho, onlySpaceBetween } from './clauses';
import { MONTHS_AND_DAYS } from '../data/speaker-words';
import { countryOf, isPlace } from '../data/countries';
import type { Cue, Draft } from './author-voice';
import { lazyRegExp } from '../text/lazy-regexp';

const RE_STARTS_UPPER = lazyRegExp(String.raw`^\p{Lu}`, 'u');

const isNegator = (norm: string) => norm === 'not' || norm === 'never' || norm.endsWith("n't");

function draftOf(voice: Draft['voice'], start: number, end: number, kind: CaveatKind, reason: string): Draft {
  return { start, end, kind, voice, reason };
}

/** A booster ("very", "infinitely more") with what it grades: loaded language, the author's or a speaker's. */
function boosterDraft(voice: Draft['voice'], start: number, end: number, phrase: string, attributed: boolean): Draft {
  return draftOf(
    voice,
    start,
    end,
    'loaded-language',
    attributed
      ? `a booster (“${phrase}”), in the words of a quoted or reported speaker`
      : `a booster (“${phrase}”): it amplifies a judgement rather than measuring anything`,
  );
}

export function toDraft(
  text: string,
  toks: Token[],
  i: number,
  n: number,
  cue: Cue,
  s: Sentence,
  attributed: boolean,
): Draft | null {
  const first = toks[i];
  const last = toks[i + n - 1];
  const next = toks[i + n];
  const phrase = text.slice(first.start, last.end);
  const voice = attributed ? 'attributed' : 'author';
  const who = attributed ? 'the speaker' : 'the author';
  switch (cue) {
    case 'stance': {
      if (CLAUSE_INITIAL_ONLY.has(entry(toks, i, n)) && !isClauseInitial(text, toks, i, s.start)) return null;
      if (mannerReading(text, toks, i, n)) return null; // "spoke frankly", "see more clearly": a manner
      // "rightly or wrongly" takes no side.
      if (first.norm === 'rightly' && next?.norm === 'or') return null;
      // "Yes, it is all legal" concedes a point; "Forty-three, yes; forty-four, no" and "said yes, yes"
      // report an answer.
      if (
        first.norm === 'yes' &&
        (text[last.end] !== ',' || (i > 0 && /^(yes|no|said|say|says|answered|replied)$/.test(toks[i - 1].norm)))
      )
        return null;
      return draftOf(voice, first.start, last.end, 'opinion', `${who} comments on the facts instead of reporting them`);
    }
    case 'intensifier': {
      // "infinitely more important", "utterly less convincing": the booster grades a comparison.
      const graded =
        next && (next.norm === 'more' || next.norm === 'less') && first.norm !== 'very' ? toks[i + n + 1] : undefined;
      if (graded && isLower(text, graded) && !FUNCTION_WORDS.has(graded.norm) && !isNumber(graded))
        return boosterDraft(voice, first.start, graded.end, phrase, attributed);
      if (!next || !isLower(text, next) || FUNCTION_WORDS.has(next.norm)) return null;
      // "the very people", "that very day": an emphatic determiner, not a booster.
      if (first.norm === 'very' && i > 0 && DETERMINERS.has(toks[i - 1].norm)) return null;
      // "very few watched", "very little time", "treated very differently" (PolNeAR dev news): a
      // quantity or a difference stated, not a judgement amplified.
      // "very much" before a noun phrase still grades a verdict ("very much a gamble").
      const after = toks[i + n + 1]?.norm ?? '';
      const muchOfThing = next.norm === 'much' && (after === 'a' || after === 'an' || DETERMINERS.has(after));
      if (first.norm === 'very' && MEASURED_AFTER_VERY.has(next.norm) && !muchOfThing) return null;
      // "a highly anticipated treaty", "deeply divided voters" (PolNeAR dev news): a degree the
      // report can stand behind, the wire's own idiom.
      if (MEASURED_AFTER.get(first.norm)?.has(next.norm)) return null;
      // "Why the ferry sank is not entirely clear": what is not yet known, not a judgement.
      if (i > 0 && isNegator(toks[i - 1].norm) && KNOWN_AFTER_NEGATED_BOOSTER.has(next.norm)) return null;
      // "statements were rated as mostly or entirely true" (PolNeAR dev): the raters' verdict.
      if (!attributed && characterisedAs(toks, i)) return null;
      return boosterDraft(voice, first.start, next.end, phrase, attributed);
    }
    case 'loaded': {
      const sense = attributed ? null : literalSense(text, toks, i, n);
      if (sense === 'literal') return null;
      // Take in the noun a loaded adjective qualifies ("relentless assault").
      const end =
        next &&
        isLower(text, next) &&
        !FUNCTION_WORDS.has(next.norm) &&
        !/ly$/.test(last.norm) &&
        onlySpaceBetween(text, last, next)
          ? next.end
          : last.end;
      if (sense === 'theirs') {
        return {
          start: first.start,
          end,
          kind: 'loaded-language',
          voice: 'attributed',
          reason: 'charged language in somebody’s characterisation that the author reports (“as …”, “accused … of”)',
        };
      }
      return draftOf(voice, first.start, end, 'loaded-language', loadedReason(attributed));
    }
    case 'opinion': {
      // "It is time for the annual review": a schedule, not a call to act (caveats/time-to-act.ts).
      if (last.norm === 'time' && !timeForAnAct(text, toks, i + n)) return null;
      const start = clauseStart(text, first.start, s.start);
      return draftOf(
        voice,
        start,
        Math.max(last.end, clauseEnd(text, last.end, s.end)),
        'opinion',
        `an evaluation (“${phrase}”) in the author’s voice, attributed to no source`,
      );
    }
    case 'prescriptive': {
      // "whether the video should be released", "decided she should share": somebody else's ought.
      for (let k = Math.max(0, i - 8); k < i; k++) if (REPORTED_OUGHT.has(toks[k].norm)) return null;
      // "should the justices deadlock": a condition, not a prescription. So is "Should Mr. Clarke's
      // company run into financial trouble" (PolNeAR dev, NYT): a name straight after "should".
      if (
        first.norm === 'should' &&
        next &&
        (INVERSION_SUBJECTS.has(next.norm) ||
          (n === 1 && RE_STARTS_UPPER.test(text[next.start]) && onlySpaceBetween(text, last, next)))
      )
        return null;
      // "will need to sign", "would then have to weigh", "would soon have to close" (PolNeAR dev):
      // a necessity foreseen, not a prescription.
      if (
        !/^(should|must|ought)/.test(first.norm) &&
        [toks[i - 1], toks[i - 2]].some((t) => t && /^(will|would|could|may|might|'ll|then)$/.test(t.norm))
      )
        return null;
      // "She didn't need to hear any more" (PolNeAR dev, AP): a narrated past, not advice.
      const p1 = toks[i - 1]?.norm;
      if (
        /^(need|have)/.test(first.norm) &&
        (/^(didn't|never|hadn't)$/.test(p1 ?? '') || (p1 === 'not' && /^(did|had)$/.test(toks[i - 2]?.norm ?? '')))
      )
        return null;
      // "the money it needs to provide food", "all the votes they have to win": a relative clause
      // naming what somebody requires, not the author's advice.
      if (n === 2 && /^(needs?|has|have) to$/.test(entry(toks, i, n)) && namesWhatIsNeeded(text, toks, i)) return null;
      // "The council must approve the budget by June 30", "applicants must be at least 18": a rule
      // with its deadline or threshold states a requirement, not the author's advice.
      if (statesRequirement(text, toks, i, n)) return null;
      const start = clauseStart(text, first.start, s.start);
      return draftOf(
        voice,
        start,
        Math.max(last.end, clauseEnd(text, last.end, s.end)),
        'opinion',
        `the author says what ought to happen (“${phrase}”): a prescription, not a report`,
      );
    }
    case 'first-person': {
      if (!isFirstPerson(text, toks, i)) return null;
      const verb = firstPersonStance(toks, i + 1);
      if (!verb) return null;
      const start = clauseStart(text, first.start, s.start);
      return draftOf(
        voice,
        start,
        Math.max(last.end, clauseEnd(text, last.end, s.end)),
        'opinion',
        `the author states a personal view in the first person (“${phrase} … ${verb.norm}”)`,
      );
    }
    case 'speculation':
      if (isRelativeWho(text, toks, i)) return null;
      // "more likely to vote": a comparison of rates, not a guess.
      if (
        /^(un)?likely$/.test(first.norm) &&
        i > 0 &&
        /^(more|less|most|least|as|equally|twice)$/.test(toks[i - 1].norm)
      )
        return null;
      // "perhaps tens of thousands": an approximation of a number, not a guess about what happens.
      if (
        isNumber(next) ||
        (next &&
          /^(tens|hundreds|thousands|millions|billions|dozens|as|more|less|fewer)$/.test(next.norm) &&
          /^(perhaps|possibly|maybe|probably)$/.test(first.norm))
      )
        return null;
      // "likely" guesses as a predicate ("is likely to", "will likely", "seems unlikely."); before a
      // noun it names a kind ("likely voters", the pollsters' sample; "unlikely images", odd ones).
      if (
        /^(un)?likely$/.test(first.norm) &&
        n === 1 &&
        !(i > 0 && PREDICATE_BEFORE.has(toks[i - 1].norm)) &&
        next &&
        next.norm !== 'to' &&
        next.norm !== 'that' &&
        onlySpaceBetween(text, last, next)
      )
        return null;
      if (certaintyClaimed(toks, i, n))
        return certaintyDraft(voice, first.start, Math.max(last.end, clauseEnd(text, last.end, s.end)), phrase);
      return draftOf(
        voice,
        first.start,
        Math.max(last.end, clauseEnd(text, last.end, s.end)),
        'speculation',
        `the author predicts or guesses (“${phrase}”); no source is given`,
      );
    case 'hedge': {
      if (isNumber(next)) return null; // "almost 200", "largely 3%": an approximation, not a hedge
      // "Trump appeared to suggest that ..." (PolNeAR news): the reporter's careful account of what
      // somebody said, not a softened claim of the author's own.
      if (
        n === 2 &&
        /^(appeared|appears|appear|seemed|seems|seem) to$/.test(entry(toks, i, n)) &&
        SAYING_AFTER_APPEAR.has(next?.norm ?? '')
      )
        return null;
      // "a different kind of help", "the sort of issue", "what kind of travel": a noun after a
      // determiner, not "it's kind of odd" (PolNeAR dev had a dozen of these in straight news).
      if (n === 2 && /^(kind|sort) of$/.test(entry(toks, i, n)) && i > 0 && KIND_DETERMINERS.has(toks[i - 1].norm))
        return null;
      // "may once have seemed far away to European citizens": how it looked to them, reported.
      if (/^(seems|seem|seemed)$/.test(first.norm) && seemsToSomebody(text, toks, i + 1)) return null;
      // "How much, if anything, do you pay": a quantity asked after, not a hedge.
      if (first.norm === 'if' && i > 0 && /^(much|what|how|many|little)$/.test(toks[i - 1].norm)) return null;
      return draftOf(
        voice,
        first.start,
        last.end,
        'hedge',
        'a hedge: the author softens or distances the statement without saying on whose word',
      );
    }
    case 'impersonal':
      return draftOf(
        voice,
        first.start,
        Math.max(last.end, clauseEnd(text, last.end, s.end)),
        'unattributed-claim',
        `attributed to nobody in particular (“${phrase}”): who says so?`,
      );
    case 'verdict':
      return draftOf(
        voice,
        first.start,
        Math.max(last.end, clauseEnd(text, last.end, s.end)),
        'unattributed-claim',
        `a verdict on the evidence (“${phrase}”) that the article does not source`,
      );
  }
}

/**
 * Word senses and constructions in which a charged word is not the author's charge (each seen in
 * PolNeAR's straight news or CheckThat dev OBJ sentences):
 * - a literal sense: "the planet choking on its own fumes", "a crude atomic bomb", "outstanding
 *   debts", "a poor communist country", "many turning to looting and rioting", "unleashed a
 *   series of tweets";
 * - somebody's characterisation: "derided the deal as toothless", "long regarded as racist",
 *   "flagged as problematic by her speaker's bureau", "accusing her of lying".
 */
/** A country or a known place ("communist Poland", "communist East Germany"). */
const namesPlace = (word: string) => RE_STARTS_UPPER.test(word) && (countryOf(word) !== undefined || isPlace(word));

function literalSense(text: string, toks: Token[], i: number, n: number): 'literal' | 'theirs' | null {
  const w = toks[i].norm;
  const next = toks[i + n]?.norm ?? '';
  const prev = toks[i - 1]?.norm ?? '';
  if (
    (w === 'fumes' || w === 'fume') &&
    (DETERMINERS.has(prev) || /^(own|of|toxic|exhaust|diesel|gas|and|a)$/.test(prev))
  )
    return 'literal';
  if (w === 'crude' && (CRUDE_LITERAL.has(next) || CRUDE_BEFORE.has(prev))) return 'literal';
  if (w === 'outstanding' && OUTSTANDING_LITERAL.has(next)) return 'literal';
  if (
    (w === 'communist' || w === 'communists') &&
    (COMMUNIST_LITERAL.has(next) || RE_STARTS_UPPER.test(text[toks[i].start]) || namesPlace(toks[i + n]?.text ?? ''))
  )
    return 'literal';
  // The figurative "looting the treasury" takes an object; the crime ("turned to looting") does not.
  if (
    /^(loot|looting|plunder|pillage)$/.test(w) &&
    !(DETERMINERS.has(next) || /^(a|an|public|taxpayers?|state)$/.test(next))
  )
    return 'literal';
  if (/^unleash/.test(w) && (next === 'a' || next === 'an') && VOLUME_NOUNS.has(toks[i + n + 1]?.norm ?? ''))
    return 'literal';
  // "never heard Trump utter a word": the verb, not "an utter disgrace".
  if (
    w === 'utter' &&
    (next === 'a' ||
      next === 'any' ||
      next === 'the' ||
      next === 'words' ||
      next === 'those' ||
      next === 'his' ||
      next === 'her')
  )
    return 'literal';
  // "the answer lies in", "which lies on the river": the verb; "secrecy and lies with", "deliberate
  // lies, in" are the noun.
  if (
    (w === 'lies' || w === 'lie') &&
    LIE_PLACE.has(next) &&
    onlySpaceBetween(text, toks[i], toks[i + 1]) &&
    !DETERMINERS.has(prev) &&
    !NOUN_LIES_BEFORE.has(prev)
  )
    return 'literal';
  // "was rated outstanding", "voted best": the grader's verdict, reported.
  if (GRADE_VERBS.has(prev) || (GRADE_VERBS.has(toks[i - 2]?.norm ?? '') && /^(as|the|most|least)$/.test(prev)))
    return 'theirs';
  if (characterisedAs(toks, i)) return 'theirs';
  // "accused him of sexually predatory behavior", "accusing her of lying", "Clinton blasted Trump
  // for hypocrisy"; a plea or admission names its charge: "pleaded guilty to lying to the FBI".
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const before = toks[k - 1]?.norm ?? '';
    const plea = before === 'guilty' && GUILTY_BY.has(toks[k - 2]?.norm ?? '');
    if (toks[k].norm === 'to' && (plea || ADMITTED_TO.has(before))) return 'theirs';
    if (toks[k].norm !== 'of' && toks[k].norm !== 'for') continue;
    for (let v = k - 1; v >= Math.max(0, k - 4); v--)
      if (ACCUSE.has(toks[v].norm) || (toks[k].norm === 'for' && CHARACTERISE.has(toks[v].norm))) return 'theirs';
    if (toks[k].norm === 'of' && plea) return 'theirs';
  }
  return null;
}

/** "as <charged word>" after a verb of characterising, within a few words ("rated as mostly or entirely true"). */
function characterisedAs(toks: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (toks[k].norm !== 'as') continue;
    for (let v = k - 1; v >= Math.max(0, k - 4); v--) if (CHARACTERISE.has(toks[v].norm)) return true;
  }
  return false;
}

/** Words before the noun "lies" ("secrecy and lies", "outright lies"), never before the verb. */
const NOUN_LIES_BEFORE = new Set(
  'and or nor of more many such big white outright blatant deliberate damned damn same own repeated told tell telling'.split(
    ' ',
  ),
);

/** The span is the phrase itself, so the reason says what it is, not what it says. */
export function loadedReason(attributed: boolean): string {
  return attributed
    ? 'charged language, in the words of a quoted or reported speaker'
    : 'charged language in the author’s own voice';
}

export function entry(toks: Token[], i: number, n: number): string {
  // (One word, most entries, is its own normal form: no copy.)
  if (n === 1) return toks[i].norm;
  let out = toks[i].norm;
  for (let k = i + 1; k < i + n; k++) out += ` ${toks[k].norm}`;
  return out;
}

const RELATIVE_SUBJECTS = new Set(['it', 'he', 'she', 'they', 'we', 'you', 'i']);
const NOUN_DETERMINERS = new Set([...DETERMINERS, 'a', 'an', 'all', 'every', 'any', 'some', 'whatever', 'enough']);
/**
 * "the money it needs to", "every vote he has to": a determiner, at most two words of noun
 * phrase and a pronoun subject before the verb, with nothing but spaces between, so the pronoun
 * opens a relative clause on the noun.
 */
function namesWhatIsNeeded(text: string, toks: Token[], i: number): boolean {
  const subject = toks[i - 1];
  if (!subject || !RELATIVE_SUBJECTS.has(subject.norm) || !onlySpaceBetween(text, subject, toks[i])) return false;
  for (let k = i - 2; k >= Math.max(0, i - 4); k--) {
    const t = toks[k];
    if (!onlySpaceBetween(text, t, toks[k + 1])) return false;
    if (NOUN_DETERMINERS.has(t.norm)) return k < i - 2;
    if (!isLower(text, t) || FUNCTION_WORDS.has(t.norm)) return false;
  }
  return false;
}

/** Words after "by" that make it a deadline: a month, a weekday, a time of day, "the end of". */
/** Subjects that make a modal the author's own call ("we must", "I have to"). */
const FIRST_PERSON_SUBJECTS = new Set(['i', 'we', 'us', 'our', "we've", "we'll", 'you']);
const DEADLINE_AFTER_BY = new Set([...MONTHS_AND_DAYS, 'may', 'midnight', 'noon', 'then', 'the', 'next']);
const REQUIREMENT_LOOKAHEAD = 12;
/**
 * A modal's clause that names a deadline ("by June 30", "by 2027", "within 30 days", "no later
 * than") or a threshold ("at least 18"), with no first-person subject before the modal ("we must
 * cut emissions by 2030" stays the author's call): a stated rule or requirement. Looks at most
 * REQUIREMENT_LOOKAHEAD words ahead, within the clause.
 */
function statesRequirement(text: string, toks: Token[], i: number, n: number): boolean {
  for (let k = Math.max(0, i - 4); k < i; k++) if (FIRST_PERSON_SUBJECTS.has(toks[k].norm)) return false;
  for (let k = i + n; k < toks.length && k < i + n + REQUIREMENT_LOOKAHEAD; k++) {
    if (/[,;:!?\u2014\u2013()]/.test(text.slice(toks[k - 1].end, toks[k].start))) return false;
    const w = toks[k].norm;
    const after = toks[k + 1];
    if (w === 'by' && after && (isNumber(after) || DEADLINE_AFTER_BY.has(after.norm))) {
      // "by the end of", "by the deadline": "the" counts only before a word of time.
      if (after.norm !== 'the') return true;
      if (/^(end|deadline|close|start|beginning|time)$/.test(toks[k + 2]?.norm ?? '')) return true;
    }
    if (w === 'within' && after && (isNumber(after) || /^(a|an|the)$/.test(after.norm))) return true;
    // "should avoid the area until further notice": an advisory in force, not the author's advice.
    if (w === 'until' && after?.norm === 'further' && toks[k + 2]?.norm === 'notice') return true;
    if (w === 'than' && toks[k - 1]?.norm === 'later' && toks[k - 2]?.norm === 'no') return true;
    if (w === 'least' && toks[k - 1]?.norm === 'at' && isNumber(after)) return true;
  }
  return false;
}

const EXPERIENCER_STARTS = new Set([...DETERMINERS, ...SEEM_EXPERIENCERS]);
/**
 * "seemed far away to European citizens", "seems odd to many": one to three words of predicate,
 * then "to" and the people it seemed so to (a capitalised name or a determiner), not an
 * infinitive ("seemed to capture", "seems likely to pass").
 */
function seemsToSomebody(text: string, toks: Token[], j: number): boolean {
  for (let k = j + 1; k < toks.length && k <= j + 3; k++) {
    if (!onlySpaceBetween(text, toks[k - 1], toks[k])) return false;
    if (toks[k].norm !== 'to') continue;
    const who = toks[k + 1];
    return !!who && (EXPERIENCER_STARTS.has(who.norm) || RE_STARTS_UPPER.test(text[who.start]));
  }
  return false;
}

const STANCE_VERBS = new Set(FIRST_PERSON_STANCE);
function firstPersonStance(toks: Token[], j: number): Token | undefined {
  for (let k = j; k < toks.length && k < j + 4; k++) {
    if (STANCE_VERBS.has(toks[k].norm)) return toks[k];
    if (!STANCE_GLUE.has(toks[k].norm)) return undefined;
  }
  return undefined;
}

/** "Still I believe", "Personally I think": an adverb opens the sentence, "I" is the pronoun. */
function openingAdverb(toks: Token[], k: number): boolean {
  return (
    k === 0 && /(?:ly|theless|ever)$|^(?:still|yet|so|but|and|now|here|today|then|thus|hence|also)$/.test(toks[k].norm)
  );
}

/** "I" the pronoun, not a Roman numeral ("World War I"); "US" the country is not "us". */
function isFirstPerson(text: string, toks: Token[], i: number): boolean {
  const t = toks[i];
  const surface = text.slice(t.start, t.end);
  if (t.norm === 'us' && surface === 'US') return false;
  if (t.norm === 'i') {
    const prev = toks[i - 1];
    if (
      prev &&
      RE_STARTS_UPPER.test(text[prev.start]) &&
      onlySpaceBetween(text, prev, t) &&
      !openingAdverb(toks, i - 1)
    )
      return false;
  }
  return true;
}
