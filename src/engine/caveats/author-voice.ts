/**
 * The lexical scan: one pass over each sentence's words, matching the subjectivity and hedge
 * lexicons (src/engine/data/subjectivity.ts, hedges.ts) and turning each hit into a caveat draft
 * with a span a reader can check and a reason that says what kind of cue it is. Three small
 * patterns sit beside the lexicons: vague attribution ("some who saw", "critics say"), a generic
 * "you" with a negative or deontic modal, and asserted superlatives ("the most effective leader").
 *
 * Span policy: a single loaded word or booster gets its own words (plus the noun it qualifies);
 * a cue that governs a whole statement (a prediction, a prescriptive "should", a first-person
 * remark, a vague "some who saw ...") gets its clause, from the cue (or the clause start) to the
 * next clause break, because the statement is what the editor has to weigh.
 *
 * Voice: a hit inside an attributed region (quotation or claim content) is the speaker's. Of
 * those only loaded language is kept (marked `attributed`, so a reader sees the speaker's charged
 * words without their counting against the author); the rest are dropped.
 *
 * Reporting idiom is not opinion (each rule from a false alarm in PolNeAR's news reports): a cue
 * before a closing tag ("..., officials said.") is the speaker's; a charged word in a reported
 * characterisation ("derided the deal as toothless", "accused him of ...") is kept as attributed;
 * named literal senses ("crude oil", "outstanding debts", "a kind of help"), measured degrees
 * ("very few", "deeply divided") and foreseen necessities ("would soon have to") are not flagged.
 *
 * Known limits: no part-of-speech tagging, so "the noun it qualifies" is the next lower-case
 * content word, and a word-sense ambiguity is resolved only where a rule names it (elsewhere "a
 * dull knife" is flagged like the evaluative sense); emotions the author ascribes to others
 * ("Ms. McCaskill was furious") are still flagged, as the worked examples ask ("the Kremlin is
 * fuming").
 */
import type { CaveatKind } from '../../schema/brief';
import type { Doc, Sentence } from '../document';
import {
  EVIDENCE_VERDICTS,
  HEDGES,
  IMPERSONAL_ATTRIBUTION,
  SPECULATION,
  VAGUE_SOURCES,
  VAGUE_VERBS,
} from '../data/hedges';
import {
  FIRST_PERSON,
  INTENSIFIERS,
  OPINION_PHRASES,
  FIRST_PERSON_STANCE,
  PRESCRIPTIVE,
  STANCE_MARKERS,
} from '../data/subjectivity';
import { LOADED_TERMS } from '../data/loaded-terms';
import type { Token } from '../text/word-tokens';
import { PhraseIndex, type Entry } from './lexicon';
import type { Regions } from './regions';

export interface Draft {
  start: number;
  end: number;
  kind: CaveatKind;
  voice: 'author' | 'attributed';
  reason: string;
}

type Cue =
  | 'stance'
  | 'intensifier'
  | 'loaded'
  | 'opinion'
  | 'prescriptive'
  | 'first-person'
  | 'speculation'
  | 'hedge'
  | 'impersonal'
  | 'verdict';

const LEXICON = new PhraseIndex<Cue>()
  .add('stance', STANCE_MARKERS)
  .add('intensifier', INTENSIFIERS)
  .add('loaded', LOADED_TERMS)
  .add('opinion', OPINION_PHRASES)
  .add('prescriptive', PRESCRIPTIVE)
  .add('first-person', FIRST_PERSON)
  .add('speculation', SPECULATION)
  .add('hedge', HEDGES)
  .add('impersonal', IMPERSONAL_ATTRIBUTION)
  .add('verdict', EVIDENCE_VERDICTS);

const VAGUE_HEADS = new Set(VAGUE_SOURCES);

/**
 * What a word can start, for the scan's one lookup per word: most words start nothing and cost
 * that single lookup. `entries` are its lexicon entries (longest first).
 */
interface WordCues {
  vague: boolean;
  you: boolean;
  most: boolean;
  entries: readonly Entry<Cue>[] | undefined;
}

/** Made on the first scan, not at module load (the Worker's cold start). */
let wordCues: ReadonlyMap<string, WordCues> | null = null;

function buildWordCues(): ReadonlyMap<string, WordCues> {
  const map = new Map<string, WordCues>();
  const cues = (word: string): WordCues => {
    let c = map.get(word);
    if (!c) map.set(word, (c = { vague: false, you: false, most: false, entries: undefined }));
    return c;
  };
  for (const word of VAGUE_HEADS) cues(word).vague = true;
  cues('you').you = true;
  cues('most').most = true;
  for (const [word, entries] of LEXICON.firstWords()) cues(word).entries = entries;
  return map;
}
const VAGUE_VERB_SET = new Set(VAGUE_VERBS);
/** Words that may stand between a vague head and its verb ("some who saw", "many have argued"). */
const VAGUE_GLUE = new Set([
  'who',
  'have',
  'has',
  'had',
  'would',
  'will',
  'may',
  'might',
  'could',
  'also',
  'still',
  'now',
  'of',
  'them',
  'those',
  'us',
  'in',
  'the',
  'public',
]);

/** Stance markers that are ordinary words anywhere but the start of a clause ("Yes, ...", "Worse, ..."). */
const CLAUSE_INITIAL_ONLY = new Set([
  'imagine',
  'keep in mind',
  'yes',
  'worse',
  'naturally',
  'logically',
  'in short',
  'in reality',
  'in truth',
  'funny thing',
  'mind you',
  'rightly',
  'wrongly',
  'deliberately',
  'indeed',
  'certainly',
  'definitely',
]);

/** Function words: never "the noun a loaded adjective qualifies". */
const FUNCTION_WORDS = new Set(
  (
    'a an the this that these those his her its their our my your of in on at to for from by with about as into onto over under ' +
    'and or but nor so yet if than then when while because since though although is are was were be been being has have had do does did ' +
    'not no he she it they we you i me him them us who whom whose which what where how why there here all any some each every both ' +
    'more most less least very too also just only even still again up down out off now can could will would shall should may might must ' +
    'during after before against among between through without within across around behind beyond despite toward towards upon amid ' +
    'via like unlike near until per'
  ).split(' '),
);

/** Verbs of saying or thinking: what follows them in their sentence is somebody's reported words. */
const REPORTED_VERBS = new Set(
  (
    'decided decides agreed agree agrees said says say argued argues urged urges believe believes believed ' +
    'think thinks thought suggested suggests recommended recommends demanded demands insisted insists asked asks told ' +
    'wrote writes warned warns added noted stated announced ruled ' +
    // -ing forms ("recorded agreeing that Trump should resign", CheckThat dev; not those that are
    // nouns as often: "the writing on the wall", "a warning", PTC) and verbs the first
    // list lacked ("contended that ... she should not have to", "admitted ... needs to", PolNeAR).
    'saying arguing agreeing urging suggesting insisting demanding asking noting stating ' +
    'contended contends admitted admits acknowledged acknowledges conceded concedes concluded concludes predicted predicts predicting ' +
    'expects expected estimated estimates maintained maintains explained explains testified stressed ' +
    // Attitudes whose content is the holder's: "an investigator, who expressed alarm that it may be
    // linked to ...", "some analysts are concerned about an escalation, perhaps during exercises" (PolNeAR).
    'expressed alarm concerned concern concerns worried worries'
  ).split(' '),
);

/** Words before a "should" that make it an indirect question or somebody's reported view. */
const REPORTED_OUGHT = new Set([
  ...REPORTED_VERBS,
  ...'whether agreement reasons conclusion argument view belief position ruling opinion claim insistence demand suggestion recommendation'.split(
    ' ',
  ),
  // An indirect question: "forcing states to deal with how to clean up the mines and who should pay
  // for it" (PolNeAR dev, NYT); "debated what should be released".
  ...'how debate debated debating decide decided deciding determine determining'.split(' '),
]);

/** Cues whose statement is somebody else's when a verb of saying or thinking comes before them. */
const REPORTED_CONTEXT_CUES = new Set<Cue>(['speculation', 'hedge', 'opinion']);
const REPORTED_WINDOW = 10;

function reportedBefore(toks: Token[], i: number): boolean {
  for (let k = Math.max(0, i - REPORTED_WINDOW); k < i; k++) if (REPORTED_VERBS.has(toks[k].norm)) return true;
  return false;
}

/**
 * Verbs of a sentence-final attribution tag: "It is increasingly unlikely that the review will be
 * complete by Election Day, F.B.I. officials said." (PolNeAR dev, NYT), "I just find it a ridiculous
 * argument,” said Steven Levitsky" (CheckThat dev, its opening quote mark cut off with the sentence).
 */
const TAG_VERBS = new Set(
  (
    'said says told added wrote argued warned noted explained acknowledged conceded concluded predicted insisted contended ' +
    'cautioned estimated reported believes think thinks suspect suspects according'
  ).split(' '),
);
/** What may follow a tag verb inside the tag ("officials said on Tuesday", "told reporters"). */
const TAG_TAIL = new Set([
  'on',
  'in',
  'at',
  'last',
  'this',
  'during',
  'after',
  'earlier',
  'later',
  'recently',
  'reporters',
  'me',
  'us',
  'him',
  'her',
  'them',
]);
const TAG_SUBJECT_MAX = 6;

function hasComma(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 44) return true;
  return false;
}

/**
 * The index of the first word after which the rest of the sentence is somebody's tagged words: a
 * comma (or comma and closing quote mark), at most six words of speaker, and a verb of saying that
 * ends the clause ("..., the analyst said." / "..., said Steven Levitsky, a Harvard ..."). A cue
 * before that comma is reported speech the attribution did not claim. `toks.length` when there is
 * no such tag. The verb must close its clause, so "Clearly, he said nothing" keeps its stance.
 */
function tagStart(text: string, toks: Token[], sentenceEnd: number): number {
  for (let k = 1; k < toks.length; k++) {
    if (!hasComma(text, toks[k - 1].end, toks[k].start)) continue;
    // "He blasted X, and added, “...”": a conjunction starts a new clause, not a tag.
    if (/^(and|but|then|or)$/.test(toks[k].norm)) continue;
    for (let v = k; v < toks.length && v <= k + TAG_SUBJECT_MAX; v++) {
      if (!TAG_VERBS.has(toks[v].norm)) continue;
      // A verb that opens a quotation introduces what follows: "..., he said: “...”".
      if (
        /^[\s,:]*["\u201c\u2018']/.test(text.slice(toks[v].end, toks[v].end + 4)) ||
        /^\s*:/.test(text.slice(toks[v].end, toks[v].end + 2))
      )
        continue;
      if (toks[v].norm === 'according') {
        if (toks[v + 1]?.norm === 'to') return k;
        continue;
      }
      let w = v + 1;
      // An inverted tag names its speaker after the verb: "..., said Steven Levitsky, a ...".
      const inverted = v === k && toks[w] !== undefined && /^\p{Lu}/u.test(text[toks[w].start]);
      while (
        w < toks.length &&
        w <= v + (inverted ? 4 : 3) &&
        (inverted || TAG_TAIL.has(toks[w].norm)) &&
        onlySpaceBetween(text, toks[w - 1], toks[w])
      )
        w++;
      const after =
        w < toks.length ? text.slice(toks[w - 1].end, toks[w].start) : text.slice(toks[w - 1].end, sentenceEnd);
      if (w >= toks.length || /[,;:.\u2014\u2013]/.test(after)) return k;
    }
  }
  return toks.length;
}

/** After "should", the subject of an inverted condition ("should the court deadlock", "should it fail"). */
const INVERSION_SUBJECTS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'this',
  'that',
  'these',
  'those',
  'any',
  'there',
  'anyone',
  'anything',
]);

/** Words before "likely" that make it a predicate: a guess ("is likely", "will likely", "most likely"). */
const PREDICATE_BEFORE = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  "it's",
  "'s",
  'seems',
  'seem',
  'seemed',
  'appears',
  'looks',
  'will',
  'would',
  'could',
  'may',
  'might',
  'very',
  'highly',
  'quite',
  'most',
  'increasingly',
  'all',
  'remains',
  'remain',
  'became',
  'becomes',
  'now',
  'also',
  'still',
]);

/** Verbs of saying after "appeared to": "appeared to suggest", "appeared to acknowledge". */
const SAYING_AFTER_APPEAR = new Set(
  'suggest acknowledge blame refer reference say endorse confirm deny mock contradict criticize criticise question dismiss concede admit threaten praise call accuse reject defend signal back support'.split(
    ' ',
  ),
);

/** Words before "kind of"/"sort of" that make it a noun ("a kind of radar", "what kind of travel"). */
const KIND_DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'what',
  'which',
  'some',
  'any',
  'every',
  'each',
  'no',
  'one',
  'same',
  'different',
  'other',
  'another',
  'whatever',
  'precisely',
  'exactly',
  'right',
  'wrong',
  'new',
  'first',
  'only',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
]);

const DETERMINERS = new Set([
  'the',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
]);

// No period: inside a sentence a period is an abbreviation ("Dr. Christine Ford"); the sentence
// end bounds every clause anyway.
const CLAUSE_BREAK = new Set([',', ';', ':', '\u2014', '\u2013', '!', '?', '\u2026', '(', ')', '[', ']']);

/** Longest clause a caveat takes in: a run-on "sentence" (no punctuation at all) is cut here. */
const MAX_CLAUSE = 400;

/** Where the clause holding `pos` ends (exclusive), within the sentence. */
function clauseEnd(text: string, pos: number, limit: number): number {
  const stop = Math.min(limit, pos + MAX_CLAUSE);
  let i = pos;
  while (i < stop && !CLAUSE_BREAK.has(text[i]) && !(text[i] === '-' && text[i + 1] === '-')) i++;
  // Cut at a word boundary when the cap, not punctuation, ended the clause.
  if (i === stop && stop < limit) while (i > pos && !/\s/.test(text[i - 1])) i--;
  let end = trimEnd(text, pos, i);
  // The sentence's own full stop is not part of the statement.
  if (i === limit && end > pos && text[end - 1] === '.') end = trimEnd(text, pos, end - 1);
  return end;
}

/** Where the clause holding `pos` starts, within the sentence. */
function clauseStart(text: string, pos: number, floor: number): number {
  const stop = Math.max(floor, pos - MAX_CLAUSE);
  let i = pos;
  while (i > stop && !CLAUSE_BREAK.has(text[i - 1])) i--;
  if (i === stop && stop > floor) while (i < pos && !/\s/.test(text[i])) i++;
  while (i < pos && /\s/.test(text[i])) i++;
  return i;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s"'\u201c\u201d\u2018\u2019]/.test(text[end - 1])) end--;
  return end;
}

function isClauseInitial(text: string, toks: Token[], i: number, sentenceStart: number): boolean {
  if (i === 0) return true;
  const between = text.slice(toks[i - 1].end, toks[i].start);
  if (/[,;:\u2014\u2013(]/.test(between)) return true;
  // After a leading conjunction: "But in fact ...", "And yes, ...".
  return i === 1 && /^(but|and|so|yet|still|now)$/.test(toks[0].norm) && toks[0].start === sentenceStart;
}

/** Spelled-out counts: "perhaps two fact checkers" approximates a number as "perhaps 2" does. */
const NUMBER_WORDS = new Set(
  'two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred hundreds thousand thousands million millions billion billions dozen dozens'.split(
    ' ',
  ),
);
const isNumber = (t: Token | undefined) => t !== undefined && (/^\d/.test(t.norm) || NUMBER_WORDS.has(t.norm));
const isLower = (text: string, t: Token) => /^\p{Ll}/u.test(text[t.start]);

export function scanSentence(doc: Doc, s: Sentence, regions: Regions, out: Draft[]): void {
  const { text } = doc;
  const toks = doc.words.range(s.start, s.end);
  let tag = -1;
  let i = 0;
  const cuesOf = (wordCues ??= buildWordCues());
  while (i < toks.length) {
    const tok = toks[i];
    const cues = cuesOf.get(tok.norm);
    if (cues === undefined) {
      i++;
      continue;
    }
    const vague = cues.vague ? vagueSource(text, toks, i, s, regions) : null;
    if (vague) {
      out.push(vague);
      i++;
      continue;
    }
    const generic = cues.you ? genericYou(text, toks, i, s, regions) : null;
    if (generic) {
      out.push(generic);
      i += 2;
      continue;
    }
    const superlative = cues.most ? superlativeAt(text, toks, i, regions) : null;
    if (superlative) {
      out.push(superlative);
      i += 2;
      continue;
    }
    const entry = cues.entries && LEXICON.match(cues.entries, text, toks, i);
    if (!entry) {
      i++;
      continue;
    }
    const n = entry.words.length;
    const first = tok;
    const last = toks[i + n - 1];
    const attributed = regions.overlaps(first.start, last.end);
    // In somebody else's words only charged language is reported: skip the rest before any work.
    if (attributed && entry.category !== 'loaded' && entry.category !== 'intensifier') {
      i += n;
      continue;
    }
    // Reported speech the attribution missed: "officials said the bill will likely pass".
    if (!attributed && REPORTED_CONTEXT_CUES.has(entry.category) && reportedBefore(toks, i)) {
      i += n;
      continue;
    }
    // "..., officials said.": everything before the tag is the speaker's. Charged words stay visible
    // as theirs; every other cue is dropped, as inside a quotation.
    if (tag < 0) tag = tagStart(text, toks, s.end);
    const tagged = !attributed && i + n <= tag && tag < toks.length;
    if (tagged && entry.category !== 'loaded' && entry.category !== 'intensifier') {
      i += n;
      continue;
    }
    const draft = toDraft(text, toks, i, n, entry.category, s, attributed || tagged);
    if (draft && (!(attributed || tagged) || draft.kind === 'loaded-language')) {
      // Charged words side by side are one loaded phrase ("Unleashes Firestorm", "relentless assault on").
      const prev = out[out.length - 1];
      if (
        prev &&
        draft.kind === 'loaded-language' &&
        prev.kind === 'loaded-language' &&
        prev.voice === draft.voice &&
        prev.end >= s.start &&
        /^\s*$/.test(text.slice(Math.min(prev.end, draft.start), draft.start))
      ) {
        prev.end = Math.max(prev.end, draft.end);
        prev.reason = loadedReason(prev.voice === 'attributed');
      } else out.push(draft);
    }
    i += n;
  }
}

function draftOf(voice: Draft['voice'], start: number, end: number, kind: CaveatKind, reason: string): Draft {
  return { start, end, kind, voice, reason };
}

function toDraft(
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
      if (!next || !isLower(text, next) || FUNCTION_WORDS.has(next.norm)) return null;
      // "the very people", "that very day": an emphatic determiner, not a booster.
      if (first.norm === 'very' && i > 0 && DETERMINERS.has(toks[i - 1].norm)) return null;
      // "very few watched", "very little time", "treated very differently" (PolNeAR dev news): a
      // quantity or a difference stated, not a judgement amplified.
      if (first.norm === 'very' && MEASURED_AFTER_VERY.has(next.norm)) return null;
      // "a highly anticipated treaty", "deeply divided voters" (PolNeAR dev news): a degree the
      // report can stand behind, the wire's own idiom.
      if (MEASURED_AFTER.get(first.norm)?.has(next.norm)) return null;
      // "statements were rated as mostly or entirely true" (PolNeAR dev): the raters' verdict.
      if (!attributed && characterisedAs(toks, i)) return null;
      return draftOf(
        voice,
        first.start,
        next.end,
        'loaded-language',
        attributed
          ? `a booster (“${phrase}”), in the words of a quoted or reported speaker`
          : `a booster (“${phrase}”): it amplifies a judgement rather than measuring anything`,
      );
    }
    case 'loaded': {
      const sense = attributed ? null : literalSense(text, toks, i, n);
      if (sense === 'literal') return null;
      if (sense === 'theirs') {
        const end =
          next &&
          isLower(text, next) &&
          !FUNCTION_WORDS.has(next.norm) &&
          !/ly$/.test(last.norm) &&
          onlySpaceBetween(text, last, next)
            ? next.end
            : last.end;
        return {
          start: first.start,
          end,
          kind: 'loaded-language',
          voice: 'attributed',
          reason: 'charged language in somebody’s characterisation that the author reports (“as …”, “accused … of”)',
        };
      }
      // Take in the noun a loaded adjective qualifies ("relentless assault").
      const end =
        next &&
        isLower(text, next) &&
        !FUNCTION_WORDS.has(next.norm) &&
        !/ly$/.test(last.norm) &&
        onlySpaceBetween(text, last, next)
          ? next.end
          : last.end;
      return draftOf(voice, first.start, end, 'loaded-language', loadedReason(attributed));
    }
    case 'opinion': {
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
          (n === 1 && /^\p{Lu}/u.test(text[next.start]) && onlySpaceBetween(text, last, next)))
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
        /^(appeared|appears|appear|seemed|seems|seem) to$/.test(entry(toks, i, n)) &&
        SAYING_AFTER_APPEAR.has(next?.norm ?? '')
      )
        return null;
      // "a different kind of help", "the sort of issue", "what kind of travel": a noun after a
      // determiner, not "it's kind of odd" (PolNeAR dev had a dozen of these in straight news).
      if (/^(kind|sort) of$/.test(entry(toks, i, n)) && i > 0 && KIND_DETERMINERS.has(toks[i - 1].norm)) return null;
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

const MEASURED_AFTER_VERY = new Set([
  'few',
  'little',
  'different',
  'differently',
  'same',
  'first',
  'last',
  'next',
  'end',
  'beginning',
  'top',
  'bottom',
  'early',
  'least',
]);
const MEASURED_AFTER = new Map<string, Set<string>>([
  [
    'highly',
    new Set([
      'anticipated',
      'classified',
      'contagious',
      'regulated',
      'skilled',
      'trained',
      'educated',
      'contested',
      'competitive',
      'publicized',
      'publicised',
      'sensitive',
      'radioactive',
      'technical',
      'paid',
      'placed',
      'concentrated',
      'leveraged',
      'partisan',
      'infectious',
      'enriched',
    ]),
  ],
  [
    'deeply',
    new Set([
      'discounted',
      'divided',
      'split',
      'polarized',
      'polarised',
      'rooted',
      'entrenched',
      'indebted',
      'involved',
      'religious',
    ]),
  ],
]);

/** "unleashed a series of tweets": a volume of something, not a force let loose. */
const VOLUME_NOUNS = new Set([
  'series',
  'flurry',
  'torrent',
  'barrage',
  'wave',
  'string',
  'stream',
  'spate',
  'volley',
  'round',
]);
/** "a crude atomic bomb", "crude oil": the word for unrefined or primitive, not for vulgar. */
const CRUDE_LITERAL = new Set([
  'oil',
  'atomic',
  'nuclear',
  'bomb',
  'bombs',
  'device',
  'devices',
  'weapon',
  'weapons',
  'explosive',
  'explosives',
  'prices',
  'price',
  'futures',
  'production',
  'output',
  'exports',
  'imports',
  'stocks',
  'inventories',
  'supplies',
  'barrels',
  'benchmark',
  'estimate',
  'estimates',
  'map',
  'drawings',
]);
/** "outstanding debts", "outstanding warrants": unpaid or unresolved, not excellent. */
const OUTSTANDING_LITERAL = new Set([
  'debt',
  'debts',
  'loan',
  'loans',
  'balance',
  'balances',
  'bills',
  'bill',
  'warrant',
  'warrants',
  'shares',
  'stock',
  'issues',
  'questions',
  'claims',
  'payments',
  'obligations',
  'invoices',
  'tickets',
  'fines',
  'taxes',
  'votes',
  'ballots',
  'cases',
  'charges',
  'amount',
]);
/** "communist country", "Communist Party": a political system named, not an insult. */
const COMMUNIST_LITERAL = new Set([
  'country',
  'countries',
  'party',
  'parties',
  'state',
  'states',
  'government',
  'governments',
  'era',
  'bloc',
  'rule',
  'revolution',
  'system',
  'leader',
  'leaders',
  'china',
  'cuba',
  'vietnam',
  'north',
  'east',
  'youth',
  'guerrillas',
  'insurgency',
  'manifesto',
]);
/** Verbs whose "as ..." is somebody's characterisation ("derided the deal as toothless"). */
const CHARACTERISE = new Set(
  (
    'regard regards regarded regarding deride derides derided deriding describe describes described describing paint paints painted painting ' +
    'rate rates rated rating flag flags flagged flagging see sees seen saw view views viewed viewing denounce denounces denounced denouncing ' +
    'brand brands branded branding label labels labeled labelled labeling labelling dismiss dismisses dismissed dismissing portray portrays portrayed portraying ' +
    'characterize characterizes characterized characterise characterised cast casts casting condemn condemns condemned condemning criticize criticized criticised ' +
    'deem deems deemed consider considers considered call calls called blast blasted blasting slam slammed slamming attack attacked attacking'
  ).split(' '),
);
const ACCUSE = new Set([
  'accuse',
  'accuses',
  'accused',
  'accusing',
  'accusation',
  'accusations',
  'accuser',
  'accusers',
  'charged',
  'charging',
  'suspected',
  'suspecting',
  'convicted',
]);

/**
 * Word senses and constructions in which a charged word is not the author's charge (each seen in
 * PolNeAR's straight news or CheckThat dev OBJ sentences):
 * - a literal sense: "the planet choking on its own fumes", "a crude atomic bomb", "outstanding
 *   debts", "a poor communist country", "many turning to looting and rioting", "unleashed a
 *   series of tweets";
 * - somebody's characterisation: "derided the deal as toothless", "long regarded as racist",
 *   "flagged as problematic by her speaker's bureau", "accusing her of lying".
 */
function literalSense(text: string, toks: Token[], i: number, n: number): 'literal' | 'theirs' | null {
  const w = toks[i].norm;
  const next = toks[i + n]?.norm ?? '';
  const prev = toks[i - 1]?.norm ?? '';
  if (
    (w === 'fumes' || w === 'fume') &&
    (DETERMINERS.has(prev) || /^(own|of|toxic|exhaust|diesel|gas|and|a)$/.test(prev))
  )
    return 'literal';
  if (w === 'crude' && CRUDE_LITERAL.has(next)) return 'literal';
  if (w === 'outstanding' && OUTSTANDING_LITERAL.has(next)) return 'literal';
  if (
    (w === 'communist' || w === 'communists') &&
    (COMMUNIST_LITERAL.has(next) || /^\p{Lu}/u.test(text[toks[i].start]))
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
  if (characterisedAs(toks, i)) return 'theirs';
  // "accused him of sexually predatory behavior", "accusing her of lying", "Clinton blasted Trump
  // for hypocrisy".
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (toks[k].norm !== 'of' && toks[k].norm !== 'for') continue;
    for (let v = k - 1; v >= Math.max(0, k - 4); v--)
      if (ACCUSE.has(toks[v].norm) || (toks[k].norm === 'for' && CHARACTERISE.has(toks[v].norm))) return 'theirs';
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

/** The span is the phrase itself, so the reason says what it is, not what it says. */
function loadedReason(attributed: boolean): string {
  return attributed
    ? 'charged language, in the words of a quoted or reported speaker'
    : 'charged language in the author’s own voice';
}

function entry(toks: Token[], i: number, n: number): string {
  return toks
    .slice(i, i + n)
    .map((t) => t.norm)
    .join(' ');
}

function onlySpaceBetween(text: string, a: Token, b: Token): boolean {
  return /^\s+$/.test(text.slice(a.end, b.start));
}

const STANCE_VERBS = new Set(FIRST_PERSON_STANCE);
/** What may stand between "I"/"we" and the verb of opinion ("I'm not a fan", "I have to tell"). */
const STANCE_GLUE = new Set([
  'not',
  'a',
  'an',
  'really',
  'just',
  'do',
  "don't",
  'did',
  "didn't",
  'am',
  'have',
  'to',
  'would',
  'will',
  'can',
  'still',
  'also',
  'big',
  'huge',
  'never',
  'always',
  'may',
  'might',
  'must',
  'truly',
  'strongly',
  'firmly',
  'so',
  'too',
  'very',
  'quite',
  'all',
  'both',
  'certainly',
  'only',
]);

function firstPersonStance(toks: Token[], j: number): Token | undefined {
  for (let k = j; k < toks.length && k < j + 4; k++) {
    if (STANCE_VERBS.has(toks[k].norm)) return toks[k];
    if (!STANCE_GLUE.has(toks[k].norm)) return undefined;
  }
  return undefined;
}

/** "I" the pronoun, not a Roman numeral ("World War I"); "US" the country is not "us". */
function isFirstPerson(text: string, toks: Token[], i: number): boolean {
  const t = toks[i];
  const surface = text.slice(t.start, t.end);
  if (t.norm === 'us' && surface === 'US') return false;
  if (t.norm === 'i') {
    const prev = toks[i - 1];
    if (prev && /^\p{Lu}/u.test(text[prev.start]) && onlySpaceBetween(text, prev, t)) return false;
  }
  return true;
}

/** "some who saw the comment as a dig", "critics say", "many have argued": a claim on nobody's word. */
function vagueSource(text: string, toks: Token[], i: number, s: Sentence, regions: Regions): Draft | null {
  if (!VAGUE_HEADS.has(toks[i].norm)) return null;
  let j = i + 1;
  while (j < toks.length && j <= i + 3 && (VAGUE_GLUE.has(toks[j].norm) || VAGUE_HEADS.has(toks[j].norm))) j++;
  if (j >= toks.length || j > i + 3 || !VAGUE_VERB_SET.has(toks[j].norm)) return null;
  // Inside a quotation it is the speaker's vagueness. A claim whose content merely follows the head
  // ("some who saw [the comment as a dig]") is still the author's choice of source, so only the
  // head is checked.
  if (regions.overlaps(toks[i].start, toks[i].end)) return null;
  const end = Math.max(toks[j].end, clauseEnd(text, toks[j].end, s.end));
  const phrase = text.slice(toks[i].start, toks[j].end);
  return {
    start: toks[i].start,
    end,
    kind: 'unattributed-claim',
    voice: 'author',
    reason: `a view credited to unnamed people (“${phrase}”); the article does not say who`,
  };
}

/** Superlatives that are facts of record, not verdicts ("the most recent", "the most populous"). */
const FACTUAL_SUPERLATIVES = new Set([
  'recent',
  'populous',
  'common',
  'likely',
  'senior',
  'part',
  'votes',
  'seats',
  'money',
  'people',
  'time',
  // Rankings a count can settle (PolNeAR news: "the most widely seen record", "the most visible
  // examples", "one of the most prominent political figures").
  'widely',
  'visible',
  'prominent',
  'famous',
  'watched',
  'viewed',
  'expensive',
  'frequent',
  'frequently',
  'cited',
  'visited',
  'used',
  'read',
  'downloaded',
  // Polls and races rank these: "the most popular she had ever been", "the most vulnerable Republicans".
  'popular',
  'vulnerable',
]);

/** "the most effective leader", "one of the most compelling passages": a ranking the author asserts. */
function superlativeAt(text: string, toks: Token[], i: number, regions: Regions): Draft | null {
  if (toks[i].norm !== 'most' || i === 0 || toks[i - 1].norm !== 'the') return null;
  const adj = toks[i + 1];
  if (!adj || !isLower(text, adj) || FUNCTION_WORDS.has(adj.norm) || FACTUAL_SUPERLATIVES.has(adj.norm)) return null;
  if (regions.overlaps(toks[i - 1].start, adj.end)) return null;
  const noun = toks[i + 2];
  const end =
    noun && isLower(text, noun) && !FUNCTION_WORDS.has(noun.norm) && onlySpaceBetween(text, adj, noun)
      ? noun.end
      : adj.end;
  return {
    start: toks[i - 1].start,
    end,
    kind: 'opinion',
    voice: 'author',
    reason: 'a ranking the author asserts without a source',
  };
}

/**
 * Modals after a generic "you": the author generalises to the reader ("you can't review him
 * without ..."). Only the negative and deontic ones: "you can enroll", "you'll probably get" are
 * advice or narration (a personal-finance column on PolNeAR dev), not a verdict.
 */
const GENERIC_MODALS = new Set(["can't", 'cannot', "couldn't", "wouldn't", 'should', "shouldn't", 'must', 'therefore']);

function genericYou(text: string, toks: Token[], i: number, s: Sentence, regions: Regions): Draft | null {
  const t = toks[i];
  if (t.norm !== 'you') return null;
  const next = toks[i + 1];
  if (!next || !GENERIC_MODALS.has(next.norm)) return null;
  if (regions.overlaps(t.start, next.end)) return null;
  const start = clauseStart(text, t.start, s.start);
  return {
    start,
    end: Math.max(next.end, clauseEnd(text, next.end, s.end)),
    kind: 'opinion',
    voice: 'author',
    reason: `the author generalises to the reader (“${text.slice(t.start, next.end)}”): a view, not a report`,
  };
}
