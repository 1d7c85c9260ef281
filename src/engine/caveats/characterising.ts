/**
 * Characterising generalisations (CheckThat subjectivity recall on unseen text, issue 16): the
 * writer sums up a class of people or one person's conduct as a rule, with no evaluative word.
 * - characterising/always-generalisation: a bare plural of people opening the sentence, then
 *   "always", "never", "invariably" (after an optional modal) and a verb in the present: "Politicians
 *   always promise more than they deliver.", "Bankers will always look after themselves." A
 *   determiner ("The officials never ...") makes it a particular group; a past tense ("Officials
 *   never confirmed ...") a report of what happened; things ("Ferries never run on Sundays") or a
 *   time, place or routine after the verb ("Farmers always plant wheat in October") a timetable:
 *   all stay quiet.
 * - characterising/habit: "has a habit of", "a knack for", "a penchant for" before a verb in -ing:
 *   "The minister has a habit of blaming others." ("a history of heart problems" states a record.)
 * - characterising/right-mind: "Nobody in their right mind would ...", "Who in their right mind ...".
 * - characterising/habitual-conduct: a group or a person named by a pronoun ("they", "he", "she",
 *   "these people") opening the sentence, with "always"/"never" and a verb in the present that agrees
 *   with it ("They never admit their mistakes.", "He always blames the weather."), or "keep(s) (on)"
 *   and a verb in -ing ("They keep moving the goalposts.", "Voters keep rewarding it."). The writer
 *   states a pattern of conduct as fact. A past tense ("They never found ..."), "keep" with an object
 *   ("They keep the archive closed") and a time, place or routine after the verb ("They keep coming
 *   back every summer") stay quiet, as do things ("Prices keep rising": no people).
 * - characterising/they-present: "They" opening the sentence and a verb in the present ("They
 *   publish ...", "They want our children to ...", "They don't care about ..."): what an unnamed
 *   group does, stated as a rule; verbs that describe, report or plan stay quiet ("They include ...").
 * - characterising/denied-conduct: "he", "she", "it", "this" or "that" opening the sentence with the
 *   negated present of such a verb ("He doesn't marshal his evidence ...", "It doesn't touch the
 *   settlement", "This does not bode well"): what somebody fails to do, stated as a verdict. The
 *   affirmative singular present stays quiet (news writes "She says ...", "He proposes ...").
 * Both may follow a short fronted phrase closed by a comma ("And because of that ignorance, they
 * support ..."). A routine counts only in the verb's own clause (up to its first comma).
 * Outside quotations and claim content and not in a sentence with a verb of saying or a figure;
 * kind opinion.
 *
 * Linear: sentences without one of the trigger words are passed over by their bits.
 */
import type { Doc } from '../document';
import type { Token } from '../text/word-tokens';
import { GROUP_HEADS } from '../data/group-heads';
import {
  ALWAYS_WORDS,
  GENERIC_MODALS,
  HABIT_NOUNS,
  IRREGULAR_PASTS,
  NEUTRAL_PRESENTS,
  PARTICULAR_DETERMINERS,
  RIGHT_MIND_SUBJECTS,
  ROUTINE_WORDS,
} from '../data/characterising';
import { isAgentPlural } from '../attribution/cue';
import type { Draft } from './author-voice';
import type { Regions } from './regions';
import { SAYING_WORDS, eachTriggeredSentence, pushAuthorOpinion, triggerClass } from './sentence-words';

const ALWAYS = new Set(ALWAYS_WORDS);
const MODALS = new Set(GENERIC_MODALS);
const HABITS = new Set(HABIT_NOUNS);
const MIND_SUBJECTS = new Set(RIGHT_MIND_SUBJECTS);
const PASTS = new Set(IRREGULAR_PASTS);
const ROUTINE = new Set(ROUTINE_WORDS);
const PARTICULAR = new Set(PARTICULAR_DETERMINERS);
const HAVE = new Set(['has', 'have', 'had', 'having']);
const POSSESSIVES = new Set(['their', 'his', 'her', 'its', "one's", 'your', 'our', 'my']);
const LEADS = new Set(['and', 'but', 'yet', 'so']);
const TRIGGER = triggerClass([
  ...ALWAYS_WORDS,
  ...HABIT_NOUNS,
  'mind',
  'minds',
  'keep',
  'keeps',
  'they',
  "doesn't",
  'does',
]);
const REASON = {
  always: 'a generalisation (“politicians always ...”): the author sums up a class of people as a rule',
  habit: 'a characterisation (“has a habit of ...”): the author sums up somebody’s conduct as a rule',
  mind: 'a verdict by idiom (“nobody in their right mind would ...”): the author rules a choice out',
  conduct:
    'a pattern of conduct stated as fact (“they never admit ...”, “they keep ...”): the author’s characterisation',
  present:
    'what an unnamed “they” does, stated in the present as fact (“They shriek over ...”): the author’s characterisation',
  denied: 'what somebody fails to do, stated in the present as fact (“He doesn’t marshal ...”): the author’s verdict',
};

/** A plural noun of people: "politicians", "bankers", "voters", "Democrats". */
const peoplePlural = (w: string) =>
  GROUP_HEADS.has(w) || (w.length > 4 && (isAgentPlural(w) || w.endsWith('ians') || w.endsWith('ans')));

export function characterising(doc: Doc, regions: Regions, drafts: Draft[]): void {
  eachTriggeredSentence(
    doc,
    TRIGGER,
    SAYING_WORDS,
    (toks) => {
      const found =
        generalisation(toks) ?? habit(toks) ?? rightMind(toks) ?? habitualConduct(toks) ?? theyPresent(doc.text, toks);
      if (!found) return;
      const [from, to, why] = found;
      pushAuthorOpinion(drafts, regions, toks, from, to, REASON[why], `characterising/${RULES[why]}`);
    },
    true, // nor a figure
  );
}

type Found = [number, number, keyof typeof REASON];
const RULES: Record<keyof typeof REASON, string> = {
  always: 'always-generalisation',
  habit: 'habit',
  mind: 'right-mind',
  conduct: 'habitual-conduct',
  present: 'they-present',
  denied: 'denied-conduct',
};

/** Rule characterising/always-generalisation. */
function generalisation(toks: readonly Token[]): Found | undefined {
  let k = LEADS.has(toks[0]?.norm) ? 1 : 0;
  const first = k;
  // One modifier before the head: "Career politicians", "All politicians".
  if (toks[k + 1] && !peoplePlural(toks[k].norm) && !PARTICULAR.has(toks[k].norm) && peoplePlural(toks[k + 1].norm))
    k++;
  if (!toks[k] || !peoplePlural(toks[k].norm)) return undefined;
  let j = k + 1;
  if (MODALS.has(toks[j]?.norm)) j++;
  if (!ALWAYS.has(toks[j]?.norm)) return undefined;
  const verb = toks[j + 1];
  if (!verb) return undefined;
  const modal = j > k + 1;
  // A verb in the present agreeing with a plural: no -ed, no -s ("always promise", "never learn").
  if (!modal && (/ed$/.test(verb.norm) || (/[^s]s$/.test(verb.norm) && verb.norm !== 'is'))) return undefined;
  if (!modal && PASTS.has(verb.norm)) return undefined;
  // A time, a place or a routine after the verb: "in October", "at the border", "before surgery".
  for (let m = j + 2; m < toks.length; m++) if (ROUTINE.has(toks[m].norm)) return undefined;
  return [first, j + 1, 'always'];
}

/** Rule characterising/habit: "has a (nasty) habit of blaming". */
function habit(toks: readonly Token[]): Found | undefined {
  for (let i = 2; i < toks.length - 2; i++) {
    if (!HABITS.has(toks[i].norm)) continue;
    const prep = toks[i + 1].norm;
    if ((prep !== 'of' && prep !== 'for') || !/ing$/.test(toks[i + 2].norm)) continue;
    let k = i - 1;
    if (toks[k].norm !== 'a' && toks[k].norm !== 'an') k--;
    if (k < 1 || (toks[k].norm !== 'a' && toks[k].norm !== 'an') || !HAVE.has(toks[k - 1].norm)) continue;
    return [k - 1, i + 2, 'habit'];
  }
  return undefined;
}

/** Rule characterising/right-mind: "nobody in their right mind", "who in his right mind". */
function rightMind(toks: readonly Token[]): Found | undefined {
  for (let i = 3; i < toks.length; i++) {
    const w = toks[i].norm;
    if ((w !== 'mind' && w !== 'minds') || toks[i - 1].norm !== 'right') continue;
    if (!POSSESSIVES.has(toks[i - 2].norm) || toks[i - 3].norm !== 'in') continue;
    let k = i - 4;
    if (k >= 0 && toks[k].norm === 'one' && toks[k - 1]?.norm === 'no') k--;
    if (k < 0 || !MIND_SUBJECTS.has(toks[k].norm)) continue;
    return [k, i, 'mind'];
  }
  return undefined;
}

const DEMONSTRATIVES = new Set(['these', 'those', 'such']);
/** Plain nouns of people after a demonstrative: "these people", "those folks". */
const PEOPLE = new Set(['people', 'folks', 'folk', 'guys', 'types', 'elites']);
/** Words between the subject and the verb: "They just keep ...", "He simply never listens". */
const SOFTENERS = new Set(['just', 'simply', 'still', 'only', 'now', 'somehow', 'apparently']);

/** A verb in the present after "always"/"never": "-s" for "he"/"she", the bare form for "they". */
function presentAgreeing(w: string, singular: boolean): boolean {
  if (PASTS.has(w) || /ed$/.test(w)) return false;
  const s = /[^s]s$/.test(w) || /(?:ss|sh|ch|x|z)es$/.test(w);
  return singular ? s && w !== 'is' && w !== 'was' && w !== 'has' : !s;
}

/** Rule characterising/habitual-conduct: "They never admit ...", "They keep moving ...". */
function habitualConduct(toks: readonly Token[]): Found | undefined {
  const first = LEADS.has(toks[0]?.norm) ? 1 : 0;
  let k = first;
  const w = toks[k]?.norm;
  if (!w) return undefined;
  // "he"/"she" take a verb in -s; "they", "these people" and a bare plural of people the bare form.
  const singular = w === 'he' || w === 'she';
  const demonstrative =
    DEMONSTRATIVES.has(w) && !!toks[k + 1] && (PEOPLE.has(toks[k + 1].norm) || peoplePlural(toks[k + 1].norm));
  if (demonstrative) k++;
  const pronoun = singular || w === 'they' || demonstrative;
  if (!pronoun && !peoplePlural(w)) return undefined;
  let j = k + 1;
  while (SOFTENERS.has(toks[j]?.norm)) j++;
  const v = toks[j]?.norm;
  if (!v) return undefined;
  let end: number;
  if (v === (singular ? 'keeps' : 'keep')) {
    end = toks[j + 1]?.norm === 'on' ? j + 2 : j + 1;
    if (!toks[end] || !/..ing$/.test(toks[end].norm)) return undefined;
  } else {
    // "always"/"never" after a bare plural is the generalisation rule's; a verb agreeing here.
    if (!pronoun || !ALWAYS.has(v) || !toks[j + 1] || !presentAgreeing(toks[j + 1].norm, singular)) return undefined;
    end = j + 1;
  }
  for (let m = end + 1; m < toks.length; m++) if (ROUTINE.has(toks[m].norm)) return undefined;
  return [first, end, 'conduct'];
}

const NEUTRAL = new Set(NEUTRAL_PRESENTS);
/** Auxiliaries, modals and words that are no verb in the present after "They". */
const NOT_PRESENT = new Set(
  `are were was have had will would could can may might must should shall do did does didn't won't wouldn't
can't cannot couldn't also then too all both each alone themselves together there here`.split(/\s+/),
);
/** Adverbs between "They" and the verb: "They really don't like ...", "They simply ignore ...". */
/** Singular pronouns whose negated present counts: "He doesn't ...", "It does not ...", "This doesn't ...". */
const SINGULAR_SUBJECTS = new Set(['he', 'she', 'it', 'this', 'that']);
const THEY_ADVERBS = new Set([
  'just',
  'really',
  'simply',
  'only',
  'even',
  'now',
  'routinely',
  'openly',
  'merely',
  'often',
  'almost',
  'usually',
  'sometimes',
  'rarely',
  'seldom',
]);

/**
 * Rule characterising/they-present: "They" opening the sentence and a verb in the present ("They
 * shriek over ...", "They publish ...", "They don't like ..."): the writer says what an unnamed
 * group does as a rule. Verbs that describe, report, think or plan (data/characterising.ts
 * NEUTRAL_PRESENTS: "They include ...", "They use ...", "They argue that ..."), past tenses, a
 * routine after the verb ("They meet on Tuesdays") and sentences with a verb of saying or a figure
 * stay quiet.
 */
/** How far a fronted phrase may run before its comma: "And because of that ignorance, they ...". */
const MAX_FRONTED = 10;

/** The subject's index: after a lead word, or after the comma that closes a short fronted phrase. */
function subjectAfterFronting(text: string, toks: readonly Token[]): number {
  const first = LEADS.has(toks[0]?.norm) ? 1 : 0;
  if (toks[first]?.norm === 'they' || SINGULAR_SUBJECTS.has(toks[first]?.norm)) return first;
  for (let k = first + 1; k < toks.length && k <= MAX_FRONTED; k++)
    if (/[,;:\u2014\u2013"\u201c\u201d()]/.test(text.slice(toks[k - 1].end, toks[k].start)))
      return text.slice(toks[k - 1].end, toks[k].start).trim() === ',' ? k : -1;
  return -1;
}

function theyPresent(text: string, toks: readonly Token[]): Found | undefined {
  const first = subjectAfterFronting(text, toks);
  const subject = toks[first]?.norm;
  const singular = SINGULAR_SUBJECTS.has(subject);
  if (subject !== 'they' && !singular) return undefined;
  let j = first + 1;
  while (THEY_ADVERBS.has(toks[j]?.norm)) j++;
  const negated =
    toks[j]?.norm === (singular ? "doesn't" : "don't") ||
    (toks[j]?.norm === (singular ? 'does' : 'do') && toks[j + 1]?.norm === 'not');
  if (negated) j += toks[j].norm.endsWith("n't") ? 1 : 2;
  // "He doesn't ...", "It does not ...": only the negated present of a singular pronoun.
  else if (singular) return undefined;
  while (THEY_ADVERBS.has(toks[j]?.norm)) j++;
  const v = toks[j];
  if (!v || !/^\s+$/.test(text.slice(toks[j - 1].end, v.start))) return undefined;
  const w = v.norm;
  // "They never ...", "They always ...": the habitual-conduct rule's.
  if (!/^[a-z]{3,}$/.test(w) || NOT_PRESENT.has(w) || NEUTRAL.has(w) || PASTS.has(w) || ALWAYS.has(w)) return undefined;
  // The bare present: no -ed, -s, -ing or -ly ("They went", "They says", "They mostly ...").
  if (/(?:ed|[^s]s|ing|ly)$/.test(w)) return undefined;
  // A time, place or routine in the verb's own clause ("They meet on Tuesdays at the town hall").
  for (let m = j + 1; m < toks.length && !/,/.test(text.slice(toks[m - 1].end, toks[m].start)); m++)
    if (ROUTINE.has(toks[m].norm)) return undefined;
  return [first, j, singular ? 'denied' : 'present'];
}
